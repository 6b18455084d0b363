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
  dateNotFigure: (i: Indicator, year: number, date: string) =>
    `${actual(i, year)}“${date}”是日期，不是数值：${expected(i)}。`,
  numberWithNote: (i: Indicator, year: number, text: string, note: string, value: number | null) =>
    `${actual(i, year)}“${text}”中的“${note}”是说明，不是单位：实绩单元格只填数字` +
    (value === null ? "" : `，应填 ${inUnit(i, value)}`) +
    "；说明请写在备注或情况说明中。",
  formulaNoResult: (i: Indicator, year: number, formula: string) =>
    `${actual(i, year)}是公式 ${formula}，但文件中没有它的计算结果（保存前未计算）：` +
    "请在 Excel 或 WPS 中打开，确认数值后保存再交。",
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
