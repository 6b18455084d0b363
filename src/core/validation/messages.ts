import type { Indicator } from "../../model/types";
import { formatPeriod, type ReportingPeriod } from "../reporting-period";
import { factsOf } from "../units";
import type { RawCellValue } from "./types";

/** A number as shown in a message: at most 12 significant digits, no floating-point noise. */
export const shown = (n: number): string => String(Number(n.toPrecision(12)));
const percent = (n: number): string => `${shown(n * 100)}%`;
const actual = (i: Indicator, year: number) => `“${i.name}”${year}年实绩`;
const target = (i: Indicator, year: number) => `“${i.name}”${year}年目标`;
const isPercent = (i: Indicator) => factsOf(i.unit).percent;

/** A cell's content as quoted in a message: text in quotes, numbers as numbers. */
export function shownRaw(raw: RawCellValue): string {
  if (typeof raw === "string") return `“${raw}”`;
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  return raw === null ? "空白" : shown(raw);
}

/** A figure in the row's unit: "70 亿元", "0.12（12%）". */
const inUnit = (i: Indicator, n: number) =>
  isPercent(i) ? `${shown(n)}（${percent(n)}）` : `${shown(n)} ${i.unit}`;

/** What the cell should hold, with an example taken from the text when it has a number in it. */
function expected(i: Indicator, example: number | null = null): string {
  const facts = factsOf(i.unit);
  const what = facts.percent
    ? "请填写百分数（12% 或 0.12 均可）"
    : facts.integer
      ? `请填写整数（单位：${i.unit}）`
      : `请填写以${i.unit}为单位的数值`;
  if (example === null) return what;
  return `${what}，如 ${facts.percent ? `${shown(example)}%` : shown(example)}`;
}

export const findingMessages = {
  excelError: (i: Indicator, year: number, error: string) =>
    `${actual(i, year)}是错误值 ${error}：请检查公式，或直接填写数值。`,
  textNotNumber: (i: Indicator, year: number, text: string, example: number | null) =>
    `${actual(i, year)}“${text}”不是数字：${expected(i, example)}${example === null ? "；暂无数据请留空" : ""}。`,
  unitMismatch: (i: Indicator, year: number, text: string, unit: string) =>
    `${actual(i, year)}“${text}”的单位“${unit}”与本行单位“${i.unit}”不符：${expected(i)}。`,
  numberAsText: (i: Indicator, year: number, text: string, value: number | null, cellIsText: boolean) =>
    `${actual(i, year)}“${text}”是文本，不能参与计算：` +
    (value === null ? "请改填数值（百分数填 12% 或 0.12）" : `应填数值 ${inUnit(i, value)}`) +
    `${cellIsText ? "（单元格格式为“文本”，修正时一并改为数值格式）" : ""}。`,
  percentScale: (i: Indicator, year: number, n: number, suggestion: number | null) =>
    `${actual(i, year)}为 ${shown(n)}，即 ${percent(n)}，可能漏了“%”` +
    (suggestion === null
      ? "：请核对（百分数填 12% 或 0.12）。"
      : `：若指 ${shown(n)}%，应填 ${shown(suggestion)}。`),
  /** `whole`: the figure was read as a whole percent (150 for 150%), else as a fraction (1.5). */
  shareAbove100: (i: Indicator, year: number, n: number, whole: boolean) =>
    `${actual(i, year)}为 ${whole ? `${shown(n)}，即使按 ${shown(n)}% 理解也` : `${percent(n)}，`}超过 100%：` +
    "占比、比重不能超过 100%，请核对。",
  countNotWhole: (i: Indicator, year: number, n: number, suggestion: number | null) =>
    `${actual(i, year)} ${shown(n)} 不是整数：“${i.unit}”只能是整数` +
    (suggestion === null ? "，请核对后填写整数。" : `，应为 ${shown(suggestion)}。`),
  negative: (i: Indicator, year: number, n: number, min: number) =>
    `${actual(i, year)}为 ${shown(n)}：该指标不能${min === 0 ? "为负数" : `小于 ${shown(min)}`}，请核对。`,
  cumulativeDecrease: (i: Indicator, year: number, n: number, earlierYear: number, earlier: number) =>
    `${actual(i, year)} ${shown(n)} 低于 ${earlierYear}年实绩 ${shown(earlier)}：` +
    `${i.kind === "cumulative" ? "累计数" : "累计数量（年末拥有数）"}通常不会减少，请核对是否填错或口径有变。`,
  offTargetMagnitude: (
    i: Indicator,
    year: number,
    n: number,
    reference: { value: number; label: string },
    fix: { value: number; unit: string } | null,
  ) =>
    `${actual(i, year)} ${shown(n)} ` +
    (n > reference.value
      ? `是${reference.label} ${shown(reference.value)} 的 ${Math.round(n / reference.value)} 倍`
      : `不到${reference.label} ${shown(reference.value)} 的十分之一`) +
    `，可能单位有误：` +
    (fix === null
      ? `请核对单位（${i.unit}）和数量级。`
      : `若按${fix.unit}填写，应为 ${inUnit(i, fix.value)}。`),
  yearTarget: "年度目标",
  expectedTarget: (period: ReportingPeriod) => `${formatPeriod(period)}序时进度目标`,
  afterPeriod: (i: Indicator, year: number, raw: RawCellValue, period: ReportingPeriod) =>
    `${actual(i, year)}已填写 ${shownRaw(raw)}，但报告期为 ${formatPeriod(period)}：` +
    `${year}年实绩尚未到填报时间，请确认是否填错了年份。`,
  notReported: (i: Indicator, year: number, period: ReportingPeriod) =>
    `${actual(i, year)}尚未填写（报告期 ${formatPeriod(period)}` +
    `${year === period.year && period.month < 12 ? `，填截至 ${period.month} 月底的实绩` : ""}）。`,
  targetChanged: (i: Indicator, year: number, raw: RawCellValue, model: number | null, source: string) =>
    model === null
      ? `${target(i, year)}为 ${shownRaw(raw)}，但${source}该年没有目标：应为“—”，目标值不能修改。`
      : `${target(i, year)}为 ${shownRaw(raw)}，与${source}不符：应为 ${inUnit(i, model)}，目标值不能修改。`,
  source: (document: string, i: Indicator) => `${document}${i.annex === null ? "正文" : `附件${i.annex}`}`,
};

/** Why a file could not be opened, by Node's error code. */
const fileReasons: Record<string, string> = {
  ENOENT: "文件不存在",
  EISDIR: "这是文件夹，不是文件",
  EACCES: "没有读取权限",
};

/** Reading a workbook back and reporting on it (the CLI and the pane). */
export const workbookMessages = {
  noIdColumn: (sheet: string) => `工作表“${sheet}”的表头中没有“代码”列，无法按代码找到指标。`,
  noYearColumns: (sheet: string, years: readonly number[]) =>
    `工作表“${sheet}”的表头中没有 ${years[0]}–${years[years.length - 1]} 年的“××年目标”“××年实绩”列。`,
  badTableName: (name: string, reference: string) =>
    `名称 ${name} 指向的“${reference}”不是本工作簿中的区域。`,
  notTemplate: (names: string[]) =>
    `不是填报模板：没有名称 ${names.join("、")}，也没有含“代码”和“××年实绩”的表头行。`,
  unreadable: (reason: string) => `无法读取：${reason}。`,
  fileReasons,
  notXlsx: (detail: string) => `不是有效的 .xlsx 文件（${detail}），请用 Excel 或 WPS 另存为 .xlsx`,
  foundByHeaders: "未找到模板的名称（WPS 等另存时可能丢失），已按表头“代码”“××年实绩”找到表格。",
  cellRef: (sheet: string, address: string) => `'${sheet.replace(/'/g, "''")}'!${address}`,
  fileHeading: (file: string, period: ReportingPeriod) => `【${file}】报告期 ${formatPeriod(period)}`,
  fileFailed: (file: string, reason: string) => `【${file}】${reason}`,
  severityHeading: (severity: string, count: number) => `${severity}（${count} 条）`,
  suggestion: (value: number) => `（建议改为 ${shown(value)}）`,
  unknownRowsHeading: (count: number) => `未识别的行（${count} 行，未校验）`,
  unknownRow: (code: string) => `代码“${code}”不在目标模型中`,
  summary: (errors: number, warnings: number, notes: number) =>
    errors + warnings + notes === 0
      ? "合计：未发现问题。"
      : `合计：错误 ${errors} 条，警告 ${warnings} 条，提示 ${notes} 条。`,
  usage: [
    "用法：npm run validate-workbook -- 文件.xlsx [文件2.xlsx …] [--period YYYY-MM] [--json]",
    "  --period  报告期，如 2023-06 表示 2023年1–6月（默认：上一个完整月份）",
    "  --json    以 JSON 数组输出全部问题",
    "退出码：0 无错误；1 发现错误；2 有文件不是模板或无法读取。",
  ].join("\n"),
  badArguments: (detail: string) => `参数有误：${detail}`,
  badPeriod: (text: string) => `报告期“${text}”无效：应为 YYYY-MM，如 2023-06（1–6月）或 2023-12（全年）。`,
  noFiles: "请至少给出一个 .xlsx 文件。",
};
