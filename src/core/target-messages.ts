import type { Indicator } from "../model/types";

/** Chinese messages of the target calculations (shown as #N/A / #VALUE! text and in the pane). */
const label = (indicator: Indicator) => `“${indicator.name}”（${indicator.id}）`;

export const targetMessages = {
  yearOutsidePlan: (year: unknown, years: number[]) =>
    `年份 ${String(year)} 不在规划期内，应为 ${years[0]}–${years[years.length - 1]} 的整数年份。`,
  monthOutOfRange: (month: unknown) =>
    `月份 ${String(month)} 无效，应为 1–12 的整数（1–6月填 6），省略表示全年。`,
  noTargetThatYear: (indicator: Indicator, year: number) =>
    `${label(indicator)}在 ${year} 年没有目标（附件中为“—”）。`,
  noRunningTotal: (indicator: Indicator) =>
    `${label(indicator)}是${indicator.kind === "ratio" ? "比率类" : "年度规模类"}指标，没有累计目标；请用 TARGET 取该年目标。`,
  noPreviousFigure: (indicator: Indicator, year: number) =>
    `${label(indicator)}缺少 ${year - 1} 年的目标或 2020 年基数，无法计算 ${year} 年的序时进度。`,
  noBaseline: (indicator: Indicator) => `${label(indicator)}在附件1中没有 2020 年基数。`,
  zeroReference: (indicator: Indicator) => `${label(indicator)}的参照值为 0，无法计算完成率。`,
  zeroActualLowerIsBetter: (indicator: Indicator) =>
    `${label(indicator)}越低越好，实绩为 0 时无法计算完成率。`,
  actualNotNumber: (actual: unknown) =>
    `实绩“${String(actual)}”不是数字，请填写数值（百分比填 0.12 或 12%）。`,
  thresholds: (green: unknown, amber: unknown) =>
    `阈值无效：达标线 ${String(green)}、预警线 ${String(amber)} 应为数字，且预警线不高于达标线（默认 1 与 0.9）。`,
};
