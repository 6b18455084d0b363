/**
 * The 汇总 workbook as a pure description, for both writers (Office.js into the open workbook, exceljs
 * into a file): the template filled with the merged actuals, then 数据来源 (every value with its
 * provenance), 进度总览 (statuses by action and by unit, with the charts Excel draws) and 情况分析.
 * Text that came from a returned file is marked `untrusted`: writers keep it text, never a formula.
 */
import { unitsText } from "../core/indicator-list";
import { formatPeriod } from "../core/reporting-period";
import { factsOf } from "../core/units";
import type { Plan } from "../model/types";
import { cellAddress, rangeAddress } from "../template/address";
import { templateLayoutFor } from "../template/build-layout";
import { actualFormat, printedFormat } from "../template/number-formats";
import { rateFormat } from "../template/table-cells";
import { withActuals } from "../template/carry-actuals";
import { fonts, type CellLook } from "../template/styles";
import type { TemplateLayout } from "../template/types";
import { consolidationTexts as say } from "./messages";
import type { Consolidation, StatusCounts, StatusRow } from "./types";

export type ReportStyle =
  | "title"
  | "subtitle"
  | "heading"
  | "header"
  | "group"
  | "text"
  | "figure"
  | "达标"
  | "预警"
  | "滞后"
  | "未填报"
  | "paragraph";

export interface ReportCell {
  value: string | number | null;
  style: ReportStyle;
  numberFormat?: string;
  /** Came from a returned file: written as text whatever it starts with (=, +, -, @). */
  untrusted?: boolean;
}

export interface ReportChart {
  kind: "bar" | "stackedBar";
  title: string;
  /** A1 ranges on the same sheet. */
  categories: string;
  series: { name: string; values: string }[];
  /** Where the chart's top-left corner sits, and how many rows and columns it spans. */
  anchor: string;
  rows: number;
  columns: number;
}

/** Which report a sheet is: the Excel writer finds its own earlier sheets by it. */
export type ReportRole = "sources" | "overview" | "brief";

export interface ReportSheet {
  role: ReportRole;
  name: string;
  /** In characters. */
  columnWidths: number[];
  rows: ReportCell[][];
  merges: string[];
  charts: ReportChart[];
  /** Ranges that get a data bar (the 完成率 column: exceljs writes no charts). */
  dataBars: string[];
  frozenRows: number;
}

export interface ConsolidationWorkbook {
  /** The template for all lead units, each merged actual in its cell. */
  template: TemplateLayout;
  /** The merged actuals the template holds, by indicator and year (for a template already in a workbook). */
  actuals: { indicatorId: string; year: number; value: number }[];
  sheets: ReportSheet[];
}

/** How a report cell looks: face, weight and size, colours, alignment, a thin grid or none. */
export type ReportLook = CellLook & { horizontal: "left" | "center"; border: "grid" | "none" };

/** Fills and fonts of the report's styles (the template's own look where they share one). */
const looks: Record<ReportStyle, Omit<ReportLook, "font">> = {
  title: {
    bold: true,
    fontSize: 16,
    fontColor: null,
    fill: null,
    horizontal: "left",
    wrap: false,
    border: "none",
  },
  subtitle: {
    bold: false,
    fontSize: 10,
    fontColor: "#595959",
    fill: null,
    horizontal: "left",
    wrap: false,
    border: "none",
  },
  heading: {
    bold: true,
    fontSize: 12,
    fontColor: null,
    fill: null,
    horizontal: "left",
    wrap: false,
    border: "none",
  },
  header: {
    bold: true,
    fontSize: 10,
    fontColor: null,
    fill: "#D9E1F2",
    horizontal: "center",
    wrap: true,
    border: "grid",
  },
  group: {
    bold: true,
    fontSize: 10,
    fontColor: null,
    fill: "#F2F2F2",
    horizontal: "left",
    wrap: false,
    border: "grid",
  },
  text: {
    bold: false,
    fontSize: 10,
    fontColor: null,
    fill: null,
    horizontal: "left",
    wrap: true,
    border: "grid",
  },
  figure: {
    bold: false,
    fontSize: 10,
    fontColor: null,
    fill: null,
    horizontal: "center",
    wrap: false,
    border: "grid",
  },
  达标: {
    bold: true,
    fontSize: 10,
    fontColor: "#006100",
    fill: "#C6EFCE",
    horizontal: "center",
    wrap: false,
    border: "grid",
  },
  预警: {
    bold: true,
    fontSize: 10,
    fontColor: "#9C5700",
    fill: "#FFEB9C",
    horizontal: "center",
    wrap: false,
    border: "grid",
  },
  滞后: {
    bold: true,
    fontSize: 10,
    fontColor: "#9C0006",
    fill: "#FFC7CE",
    horizontal: "center",
    wrap: false,
    border: "grid",
  },
  未填报: {
    bold: false,
    fontSize: 10,
    fontColor: "#595959",
    fill: "#EDEDED",
    horizontal: "center",
    wrap: false,
    border: "grid",
  },
  paragraph: {
    bold: false,
    fontSize: 11,
    fontColor: null,
    fill: null,
    horizontal: "left",
    wrap: true,
    border: "none",
  },
};

/** Each report style's look, set in 黑体 when bold and 宋体 otherwise, as the template is. */
export const reportLooks = Object.fromEntries(
  Object.entries(looks).map(([style, look]) => [
    style,
    { ...look, font: look.bold ? fonts.hei : fonts.song },
  ]),
) as Record<ReportStyle, ReportLook>;

const text = (value: string | null, style: ReportStyle = "text"): ReportCell => ({ value, style });
const untrusted = (value: string | number | null): ReportCell => ({
  value,
  style: "text",
  untrusted: typeof value === "string",
});
const number = (value: number | null, numberFormat: string): ReportCell => ({
  value,
  style: "figure",
  numberFormat,
});
const header = (...titles: string[]) => titles.map((title) => text(title, "header"));
const blank: ReportCell[] = [];

function sourcesSheet(plan: Plan, result: Consolidation): ReportSheet {
  const names = new Map(plan.indicators.map((i) => [i.id, i]));
  const formatOf = (id: string) => factsOf(names.get(id)?.unit ?? "").numberFormat;
  const settled = { pick: "已选定（各文件不一致）", prefer: "按优先单位选定（各文件不一致）" };
  const rows: ReportCell[][] = [
    [text(say.sources.title(formatPeriod(result.period)), "title")],
    [text(say.sources.subtitle, "subtitle")],
    blank,
    [text(say.sources.valuesHeading, "heading")],
    header(
      "代码",
      "指标名称",
      "年份",
      "实绩",
      "来源文件",
      "填报单位",
      "工作表",
      "单元格",
      "原始内容",
      "说明",
    ),
    ...result.values.map((v) => [
      text(v.indicatorId),
      text(names.get(v.indicatorId)?.name ?? ""),
      number(v.year, "0"),
      number(v.value, formatOf(v.indicatorId)),
      untrusted(v.file),
      text(v.unit ?? say.allUnits),
      untrusted(v.sheet),
      text(v.cell),
      untrusted(v.raw === null || typeof v.raw === "boolean" ? String(v.raw ?? "") : v.raw),
      text(
        [
          v.settledBy ? settled[v.settledBy] : null,
          v.agreeing.length > 0 ? say.sources.agreeing(v.agreeing.length) : null,
        ]
          .filter(Boolean)
          .join("；") || null,
      ),
    ]),
    blank,
    [text(say.sources.conflictsHeading, "heading")],
    header("代码", "指标名称", "年份", "状态", "各文件的数值"),
    ...(result.conflicts.length === 0
      ? [[text(say.sources.noConflicts)]]
      : result.conflicts.map((c) => [
          text(c.indicatorId),
          text(names.get(c.indicatorId)?.name ?? ""),
          number(c.year, "0"),
          text(c.chosen === null ? say.sources.unsettled : say.sources.settled),
          untrusted(c.candidates.map((k) => `${k.file}：${k.value}`).join("；")),
        ])),
    blank,
    [text(say.sources.filesHeading, "heading")],
    header("文件", "填报单位", "SHA-256", "保存时间", "读取实绩", "采用数值", "错误", "说明"),
    ...result.files.map((f) => [
      untrusted(f.file),
      text(f.unit ?? say.allUnits),
      text(f.sha256),
      text(f.savedAt),
      number(f.actualsRead, "0"),
      number(f.figures, "0"),
      number(f.errors, "0"),
      text(f.used ? null : say.sources.superseded),
    ]),
    blank,
    [text(say.sources.missingHeading, "heading")],
    [
      text(
        result.missing.units.length === 0 ? say.allReported : say.notReportedUnits(result.missing.units),
        "paragraph",
      ),
    ],
    header("代码", "指标名称", "年份", "应报单位"),
    ...result.missing.indicators.map((m) => [
      text(m.indicatorId),
      text(names.get(m.indicatorId)?.name ?? ""),
      number(m.year, "0"),
      text(unitsText(m.units)),
    ]),
  ];
  return {
    role: "sources",
    name: say.sheets.sources,
    columnWidths: [9, 36, 7, 12, 28, 14, 20, 8, 16, 22],
    rows,
    merges: [],
    charts: [],
    dataBars: [],
    frozenRows: 0,
  };
}

/** 进度总览: the indicators grouped by action (one chart each), then the counts per unit (one chart). */
function overviewSheet(result: Consolidation): ReportSheet {
  const rows: ReportCell[][] = [
    [text(say.overview.title(formatPeriod(result.period)), "title")],
    [
      text(
        say.overview.subtitle(
          result.period.month === 12,
          `${Number((result.thresholds.green * 100).toFixed(1))}%`,
          `${Number((result.thresholds.amber * 100).toFixed(1))}%`,
        ),
        "subtitle",
      ),
    ],
    header(
      "行动",
      "代码",
      "指标名称",
      "单位",
      "牵头单位",
      "年度目标",
      say.reference(result.period.month === 12),
      "实绩",
      "完成率",
      "状态",
      "基准",
    ),
  ];
  const charts: ReportChart[] = [];
  const dataBars: string[] = [];
  const chartColumn = 12;
  let chartRow = 2;
  const statusCell = (row: StatusRow): ReportCell =>
    row.status === null ? text(say.overview.noTarget, "figure") : text(row.status, row.status);
  const categories = [...new Set(result.statuses.map((row) => row.category))];
  for (const category of categories) {
    const members = result.statuses.filter((row) => row.category === category);
    rows.push([text(category, "group")]);
    const first = rows.length;
    for (const row of members) {
      const format = factsOf(row.unit).numberFormat;
      rows.push([
        text(row.category),
        text(row.indicatorId),
        text(row.name),
        text(row.unit),
        text(unitsText(row.lead)),
        // Targets as the policy prints them (145 亿元, 9500 亩, 12%), actuals as the template shows them.
        number(row.target, row.target === null ? format : printedFormat(row.target, row.unit)),
        number(row.expected, format),
        number(row.actual, actualFormat(row.unit)),
        number(row.attainment, rateFormat),
        statusCell(row),
        number(1, "0%"),
      ]);
    }
    const last = rows.length - 1;
    dataBars.push(rangeAddress(first, 8, last, 8));
    charts.push({
      kind: "bar",
      title: say.overview.chartTitle(category),
      categories: rangeAddress(first, 2, last, 2),
      series: [
        { name: "完成率", values: rangeAddress(first, 8, last, 8) },
        { name: say.reference(result.period.month === 12), values: rangeAddress(first, 10, last, 10) },
      ],
      anchor: cellAddress(chartRow, chartColumn),
      rows: Math.max(12, members.length + 4),
      columns: 8,
    });
    chartRow += Math.max(12, members.length + 4) + 1;
  }
  rows.push(
    blank,
    [text(say.overview.unitsHeading, "heading")],
    header("牵头单位", "达标", "预警", "滞后", "未填报"),
  );
  const unitsFirst = rows.length;
  const counts = (c: StatusCounts) => [
    number(c.达标, "0"),
    number(c.预警, "0"),
    number(c.滞后, "0"),
    number(c.未填报, "0"),
  ];
  for (const { unit, counts: c } of result.byUnit) rows.push([text(unit), ...counts(c)]);
  const unitsLast = rows.length - 1;
  charts.push({
    kind: "stackedBar",
    title: say.overview.unitsChartTitle,
    categories: rangeAddress(unitsFirst, 0, unitsLast, 0),
    series: (["达标", "预警", "滞后", "未填报"] as const).map((status, index) => ({
      name: status,
      values: rangeAddress(unitsFirst, index + 1, unitsLast, index + 1),
    })),
    anchor: cellAddress(chartRow, chartColumn),
    rows: Math.max(12, result.byUnit.length + 4),
    columns: 8,
  });
  rows.push(
    blank,
    [text(say.overview.totalsHeading, "heading")],
    header("合计", "达标", "预警", "滞后", "未填报"),
    [text("全部指标"), ...counts(result.totals)],
  );
  return {
    role: "overview",
    name: say.sheets.overview,
    columnWidths: [9, 8, 36, 8, 16, 10, 10, 10, 9, 8, 6],
    rows,
    merges: [],
    charts,
    dataBars,
    frozenRows: 3,
  };
}

function briefSheet(result: Consolidation): ReportSheet {
  const [title = "", ...lines] = result.brief.split("\n");
  return {
    role: "brief",
    name: say.sheets.brief,
    columnWidths: [110],
    rows: [[text(title, "title")], ...lines.map((line) => [text(line === "" ? null : line, "paragraph")])],
    merges: [],
    charts: [],
    dataBars: [],
    frozenRows: 0,
  };
}

/**
 * Each 汇总's workbook, described once (the pane's preview and write, the offline page's view and
 * download ask for the same one); a result belongs to the plan it was consolidated with. The all-units
 * template is shared: every 汇总 fills a copy (withActuals copies, never mutates).
 */
const described = new WeakMap<Consolidation, ConsolidationWorkbook>();

export function consolidationWorkbook(plan: Plan, result: Consolidation): ConsolidationWorkbook {
  const known = described.get(result);
  if (known) return known;
  const layout = templateLayoutFor(plan, null, result.period);
  const carried = result.values.map((v) => ({
    indicatorId: v.indicatorId,
    year: v.year,
    value: v.value,
    sheet: v.sheet,
    address: v.cell,
  }));
  const workbook: ConsolidationWorkbook = {
    template: withActuals(layout, carried).layout,
    actuals: result.values.map(({ indicatorId, year, value }) => ({ indicatorId, year, value })),
    sheets: [sourcesSheet(plan, result), overviewSheet(result), briefSheet(result)],
  };
  described.set(result, workbook);
  return workbook;
}
