/**
 * Charts (`worksheet.charts`): a minimal imitation of what an add-in builds a chart with — add, name,
 * title, series with their values and category ranges, position, delete. Charts live on their sheet
 * and go with it. Nothing is drawn: a chart is the ranges it was given, so a test can check them.
 */

import { formatAddress, formatRect } from "./address";
import { accept, anyString, bool, oneOf } from "./checks";
import { queueResult } from "./context";
import { accessDenied, invalidArgument, itemNotFound } from "./errors";
import { NULL_OBJECT, defineType, nodeOf, type Node, type Spec } from "./proxy";
import type { RangeRef } from "./range-ref";
import { rangeOnSheet } from "./range-ref";
import type { SheetState } from "./state";

/** The chart types the imitation accepts (Excel.ChartType has many more: they are refused, not guessed). */
export const CHART_TYPES = [
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "Line",
  "LineMarkers",
  "Pie",
  "XYScatter",
  "Area",
] as const;

export interface ChartSeriesState {
  name: string;
  /** The ranges as given: values and category (x-axis) values; null until set. */
  values: RangeRef | null;
  xAxisValues: RangeRef | null;
  deleted: boolean;
}

export interface ChartState {
  readonly id: string;
  readonly sheet: SheetState;
  name: string;
  chartType: string;
  title: { text: string; visible: boolean };
  series: ChartSeriesState[];
  /** Top-left and bottom-right cells (A1, no sheet) once setPosition was called. */
  position: { start: string; end: string | null } | null;
  deleted: boolean;
}

export interface ChartSnapshot {
  readonly name: string;
  readonly chartType: string;
  readonly title: string;
  readonly series: ReadonlyArray<{ name: string; values: string | null; xAxisValues: string | null }>;
  readonly position: { start: string; end: string | null } | null;
}

function rangeArgument(node: Node, sheet: SheetState, value: unknown, location: string): RangeRef {
  const other = nodeOf(value);
  if (other) {
    if (other.ctx !== node.ctx)
      throw invalidArgument(location, "the range comes from another request context");
    const target = other.resolve(location);
    if (target === NULL_OBJECT) throw invalidArgument(location, "the range is a null object");
    return target as RangeRef;
  }
  return rangeOnSheet(sheet, value, location);
}

/** A1 cell for setPosition: a Range (its top-left cell) or an address on the chart's sheet. */
function cellArgument(node: Node, sheet: SheetState, value: unknown, location: string): string {
  const ref = rangeArgument(node, sheet, value, location);
  if (ref.sheet !== sheet) throw invalidArgument(location, "the cell must be on the chart's worksheet");
  return formatRect({ ...ref.rect, rowCount: 1, colCount: 1 });
}

/** Series Excel makes from a source range (G44): one per column ("Columns", or "Auto" when taller than wide), else per row. */
function seriesFrom(source: RangeRef, seriesBy: string): ChartSeriesState[] {
  const { rect } = source;
  const byColumns = seriesBy === "Columns" || (seriesBy === "Auto" && rect.rowCount >= rect.colCount);
  const count = byColumns ? rect.colCount : rect.rowCount;
  return Array.from({ length: count }, (_, i) => ({
    name: `Series${i + 1}`,
    values: {
      sheet: source.sheet,
      rect: byColumns
        ? { row: rect.row, col: rect.col + i, rowCount: rect.rowCount, colCount: 1 }
        : { row: rect.row + i, col: rect.col, rowCount: 1, colCount: rect.colCount },
    },
    xAxisValues: null,
    deleted: false,
  }));
}

const liveSeries = (chart: ChartState) => chart.series.filter((s) => !s.deleted);

function checkChart(chart: ChartState, location: string): void {
  if (chart.deleted || chart.sheet.deleted)
    throw itemNotFound(location, `the chart '${chart.name}' has been deleted`);
}

export const chartTitleSpec: Spec = defineType<ChartState>({
  name: "ChartTitle",
  check: checkChart,
  scalars: {
    text: {
      get: (c) => c.title.text,
      set: (c, value, _e, l) => {
        c.title.text = accept(anyString, value, l);
      },
    },
    visible: {
      get: (c) => c.title.visible,
      set: (c, value, _e, l) => {
        c.title.visible = accept(bool, value, l);
      },
    },
  },
});

export const chartSeriesSpec: Spec = defineType<{ chart: ChartState; series: ChartSeriesState }>({
  name: "ChartSeries",
  check: ({ chart, series }, location) => {
    checkChart(chart, location);
    if (series.deleted) throw itemNotFound(location, "the series has been deleted");
  },
  scalars: {
    name: {
      get: ({ series }) => series.name,
      set: ({ series }, value, _e, l) => {
        series.name = accept(anyString, value, l);
      },
    },
  },
  methods: {
    setValues: (node, source) => {
      node.queue<{ chart: ChartState; series: ChartSeriesState }>("setValues", ({ chart, series }, _e, l) => {
        series.values = rangeArgument(node, chart.sheet, source, l);
      });
    },
    setXAxisValues: (node, source) => {
      node.queue<{ chart: ChartState; series: ChartSeriesState }>(
        "setXAxisValues",
        ({ chart, series }, _e, l) => {
          series.xAxisValues = rangeArgument(node, chart.sheet, source, l);
        },
      );
    },
    delete: (node) => {
      node.queue<{ chart: ChartState; series: ChartSeriesState }>("delete", ({ series }) => {
        series.deleted = true;
      });
    },
  },
});

export const chartSeriesCollectionSpec: Spec = defineType<ChartState>({
  name: "ChartSeriesCollection",
  check: checkChart,
  scalars: { count: { get: (c) => liveSeries(c).length } },
  collection: {
    itemSpec: () => chartSeriesSpec,
    list: (c) =>
      liveSeries(c).map((series, i) => ({ target: { chart: c, series }, path: `series.getItemAt(${i})` })),
  },
  methods: {
    add: (node, name, index) =>
      node.queueCreate<ChartState>(chartSeriesSpec, "add", [name, index], (chart, _e, l) => {
        const series: ChartSeriesState = {
          name: name === undefined ? `Series${liveSeries(chart).length + 1}` : accept(anyString, name, l),
          values: null,
          xAxisValues: null,
          deleted: false,
        };
        const live = liveSeries(chart);
        if (index === undefined || index === live.length) chart.series.push(series);
        else {
          if (typeof index !== "number" || !Number.isInteger(index) || index < 0 || index > live.length)
            throw invalidArgument(l, `index must be an integer from 0 to ${live.length}`);
          chart.series.splice(chart.series.indexOf(live[index] as ChartSeriesState), 0, series);
        }
        return { chart, series };
      }),
    getItemAt: (node, index) =>
      node.derive<ChartState>(chartSeriesSpec, "getItemAt", [index], (chart, l) => {
        const series = typeof index === "number" ? liveSeries(chart)[index] : undefined;
        if (!series) throw invalidArgument(l, `no series at index ${String(index)}`);
        return { chart, series };
      }),
    getCount: (node) => queueResult<ChartState, number>(node, "getCount", (c) => liveSeries(c).length),
  },
});

export const chartSpec: Spec = defineType<ChartState>({
  name: "Chart",
  check: checkChart,
  scalars: {
    id: { get: (c) => c.id },
    name: {
      get: (c) => c.name,
      set: (c, value, _e, l) => {
        const text = accept(anyString, value, l);
        if (text === "") throw invalidArgument(l, "a chart name cannot be empty");
        c.name = text;
      },
    },
    chartType: {
      get: (c) => c.chartType,
      set: (c, value, _e, l) => {
        c.chartType = accept(oneOf(CHART_TYPES), value, l);
      },
    },
  },
  navs: {
    title: {
      spec: () => chartTitleSpec,
      make: (parent) => parent.derive<ChartState>(chartTitleSpec, "title", [], (c) => c),
    },
    series: {
      spec: () => chartSeriesCollectionSpec,
      make: (parent) => parent.derive<ChartState>(chartSeriesCollectionSpec, "series", [], (c) => c),
    },
  },
  methods: {
    setPosition: (node, startCell, endCell) => {
      node.queue<ChartState>("setPosition", (chart, _e, l) => {
        chart.position = {
          start: cellArgument(node, chart.sheet, startCell, l),
          end: endCell === undefined ? null : cellArgument(node, chart.sheet, endCell, l),
        };
      });
    },
    delete: (node) => {
      node.queue<ChartState>("delete", (chart) => {
        chart.deleted = true;
        chart.sheet.charts.splice(chart.sheet.charts.indexOf(chart), 1);
      });
    },
  },
});

/** `worksheet.charts`. */
export const chartCollectionSpec: Spec = defineType<SheetState>({
  name: "ChartCollection",
  scalars: { count: { get: (s) => s.charts.length } },
  collection: {
    itemSpec: () => chartSpec,
    list: (s) => s.charts.map((c) => ({ target: c, path: `charts.getItem(${JSON.stringify(c.name)})` })),
  },
  methods: {
    add: (node, type, sourceData, seriesBy) =>
      node.queueCreate<SheetState>(chartSpec, "add", [type, sourceData, seriesBy], (sheet, engine, l) => {
        const chartType = accept(oneOf(CHART_TYPES), type, l);
        const by = seriesBy === undefined ? "Auto" : accept(oneOf(["Auto", "Columns", "Rows"]), seriesBy, l);
        if (sheet.protection.protected && !sheet.protection.options.allowEditObjects)
          throw accessDenied(
            l,
            `charts cannot be added to protected sheet '${sheet.name}' unless allowEditObjects`,
          );
        const source = rangeArgument(node, sheet, sourceData, l);
        engine.state.chartsCreated += 1;
        const chart: ChartState = {
          id: `{C0000000-${engine.state.chartsCreated.toString(16).toUpperCase().padStart(4, "0")}-0000-0000-000000000000}`,
          sheet,
          name: `Chart ${sheet.charts.length + 1}`,
          chartType,
          title: { text: "", visible: true },
          series: seriesFrom(source, by),
          position: null,
          deleted: false,
        };
        sheet.charts.push(chart);
        return chart;
      }),
    getItem: (node, name) =>
      node.derive<SheetState>(chartSpec, "getItem", [name], (sheet, l) => {
        const found = sheet.charts.find((c) => c.name === name);
        if (!found) throw itemNotFound(l, `no chart named '${String(name)}' on '${sheet.name}'`);
        return found;
      }),
    getItemOrNullObject: (node, name) =>
      node.deriveOrNull<SheetState>(
        chartSpec,
        "getItemOrNullObject",
        [name],
        (sheet) => sheet.charts.find((c) => c.name === name) ?? NULL_OBJECT,
      ),
    getItemAt: (node, index) =>
      node.derive<SheetState>(chartSpec, "getItemAt", [index], (sheet, l) => {
        const found = typeof index === "number" ? sheet.charts[index] : undefined;
        if (!found) throw invalidArgument(l, `no chart at index ${String(index)}`);
        return found;
      }),
    getCount: (node) => queueResult<SheetState, number>(node, "getCount", (s) => s.charts.length),
  },
});

const addressOf = (ref: RangeRef | null) => (ref ? formatAddress(ref.sheet.name, ref.rect, true) : null);

export function chartSnapshots(sheet: SheetState): ChartSnapshot[] {
  return sheet.charts.map((chart) => ({
    name: chart.name,
    chartType: chart.chartType,
    title: chart.title.text,
    series: liveSeries(chart).map((s) => ({
      name: s.name,
      values: addressOf(s.values),
      xAxisValues: addressOf(s.xAxisValues),
    })),
    position: chart.position ? { ...chart.position } : null,
  }));
}
