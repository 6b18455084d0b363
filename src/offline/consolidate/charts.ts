/**
 * The 进度总览 charts as the page draws them (SVG), from the workbook's description alone: each
 * chart's categories and series are A1 ranges of its sheet, resolved here against the sheet's rows;
 * then the bars' geometry, pure, so the drawing only copies rectangles and labels into the DOM.
 */
import type { ReportChart, ReportSheet } from "../../consolidation/report-layout";
import { rate } from "../../consolidation/messages";
import { rectangleOf } from "../../template/address";

export interface ChartData {
  kind: ReportChart["kind"];
  title: string;
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  /** Whether the figures are rates (the cells' number format ends in %): labels then read 102.9%. */
  percent: boolean;
}

function columnOf(sheet: ReportSheet, range: string) {
  const { top, left, bottom } = rectangleOf(range);
  return Array.from({ length: bottom - top + 1 }, (_, i) => sheet.rows[top + i]?.[left]);
}

export function chartData(sheet: ReportSheet, chart: ReportChart): ChartData {
  const categories = columnOf(sheet, chart.categories).map((cell) => String(cell?.value ?? ""));
  const series = chart.series.map(({ name, values }) => ({
    name,
    values: columnOf(sheet, values).map((cell) => (typeof cell?.value === "number" ? cell.value : null)),
  }));
  const first = chart.series[0]
    ? columnOf(sheet, chart.series[0].values).find((cell) => cell?.numberFormat)
    : undefined;
  return {
    kind: chart.kind,
    title: chart.title,
    categories,
    series,
    percent: first?.numberFormat?.endsWith("%") ?? false,
  };
}

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  series: number;
  /** The figure's label (102.9%, 3), or — for no figure. */
  label: string;
  /** The bar is cut at the axis' end (a rate far above the others). */
  clipped: boolean;
}

export interface ChartGeometry {
  width: number;
  height: number;
  /** Where the bars start (after the category labels) and how wide the plot is. */
  plotLeft: number;
  plotWidth: number;
  categoryLabels: { text: string; y: number }[];
  bars: Bar[];
  /** Axis ticks: position and label. */
  ticks: { x: number; label: string }[];
  /** The axis' largest value. */
  axisMax: number;
}

const chartLayout = { width: 720, labelWidth: 250, rowGap: 8, barHeight: 12, top: 8, axisHeight: 22 };

const label = (value: number | null, percent: boolean) =>
  value === null ? "—" : percent ? rate(value) : String(value);

/** A rate axis runs to 120% at least and to 300% at most (a 10× typo does not squash every bar). */
function axisMaxOf(data: ChartData): number {
  const values = data.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  if (data.kind === "stackedBar") {
    const totals = data.categories.map((_, i) => data.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
    return Math.max(1, ...totals);
  }
  const largest = Math.max(0, ...values);
  return data.percent ? Math.min(3, Math.max(1.2, Math.ceil(largest * 10) / 10)) : Math.max(1, largest);
}

export function chartGeometry(
  data: ChartData,
  { width, labelWidth, rowGap, barHeight, top, axisHeight } = chartLayout,
): ChartGeometry {
  const plotLeft = labelWidth;
  const plotWidth = width - labelWidth - 56;
  const axisMax = axisMaxOf(data);
  const scale = (value: number) => (Math.min(value, axisMax) / axisMax) * plotWidth;
  const perCategory = data.kind === "stackedBar" ? 1 : data.series.length;
  const rowHeight = perCategory * barHeight + rowGap;
  const bars: Bar[] = [];
  data.categories.forEach((_, c) => {
    const rowTop = top + c * rowHeight;
    let stacked = 0;
    data.series.forEach((series, s) => {
      const value = series.values[c] ?? null;
      if (data.kind === "stackedBar") {
        const length = scale(value ?? 0);
        bars.push({
          x: plotLeft + scale(stacked),
          y: rowTop,
          width: length,
          height: barHeight,
          series: s,
          label: label(value, false),
          clipped: false,
        });
        stacked += value ?? 0;
        return;
      }
      bars.push({
        x: plotLeft,
        y: rowTop + s * barHeight,
        width: value === null ? 0 : scale(Math.max(0, value)),
        height: barHeight - 2,
        series: s,
        label: label(value, data.percent),
        clipped: value !== null && value > axisMax,
      });
    });
  });
  const plotHeight = top + data.categories.length * rowHeight;
  const steps = data.percent ? Math.round(axisMax / 0.2) : Math.min(axisMax, 5);
  const ticks = Array.from({ length: steps + 1 }, (_, i) => {
    const value = (axisMax * i) / steps;
    return {
      x: plotLeft + scale(value),
      label: data.percent ? `${Math.round(value * 100)}%` : String(Math.round(value * 10) / 10),
    };
  });
  return {
    width,
    height: plotHeight + axisHeight,
    plotLeft,
    plotWidth,
    categoryLabels: data.categories.map((text, c) => ({
      text,
      y: top + c * rowHeight + (perCategory * barHeight) / 2,
    })),
    bars,
    ticks,
    axisMax,
  };
}
