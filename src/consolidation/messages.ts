/** The words of 汇总: figures as the policy prints them, the 情况分析, the sheet titles. */
import { allLeadUnits } from "../template/messages";
import { factsOf } from "../core/units";

/**
 * A figure in its unit as the policy prints it: 145 亿元, 9500 亩, 12%, 2 家 — no trailing zeros, at
 * most two decimals (a 序时进度 of a count may be 22.5 家: it is not rounded to a whole number).
 */
export function figure(value: number, unit: string): string {
  if (factsOf(unit).percent) return `${round(value * 100, 2)}%`;
  return `${round(value, 2)} ${unit}`;
}

/** A 完成率 to one decimal: 102.9%. */
/** One 附件1 indicator in the 终期评估, its figures already worded. */
export interface AssessedLine {
  year: number;
  /** Its number within its group (四倍增 or 五跃升). */
  n: number;
  name: string;
  base: string;
  target: string;
  actual: string;
  reached: boolean | null;
  attainment: string | null;
}

export const rate = (value: number): string => `${(Math.round(value * 1000) / 10).toFixed(1)}%`;

const round = (value: number, digits: number) => String(Number(value.toFixed(digits)));

export const times = (value: number): string => `${value.toFixed(2)} 倍`;

export const consolidationTexts = {
  sheets: { sources: "数据来源", overview: "进度总览", brief: "情况分析" },
  briefTitle: (period: string) => `${period}制造业高质量发展目标推进情况分析`,
  overall: (judged: number, counts: { 达标: number; 预警: number; 滞后: number; 未填报: number }) =>
    `本期有目标的 ${judged} 项指标中：达标 ${counts.达标} 项，预警 ${counts.预警} 项，滞后 ${counts.滞后} 项，未填报 ${counts.未填报} 项。`,
  byCategory: (category: string, counts: { 达标: number; 预警: number; 滞后: number; 未填报: number }) =>
    `${category}：达标 ${counts.达标} 项，预警 ${counts.预警} 项，滞后 ${counts.滞后} 项，未填报 ${counts.未填报} 项。`,
  behindHeading: "二、滞后指标",
  noneBehind: "本期没有滞后指标。",
  /** The reference a 完成率 is taken against: 序时进度 within the year, the year's target for the whole year. */
  reference: (wholeYear: boolean) => (wholeYear ? "年度目标" : "序时进度"),
  behind: (
    reference: string,
    n: number,
    name: string,
    lead: string,
    actual: string,
    expected: string,
    attainment: string,
    gap: string,
  ) => `${n}. ${name}（${lead}）：实绩 ${actual}，序时进度 ${expected}，完成率 ${attainment}，差 ${gap}。`,
  warningHeading: "三、预警指标",
  noneWarning: "本期没有预警指标。",
  warning: (n: number, name: string, lead: string, attainment: string) =>
    `${n}. ${name}（${lead}）：完成率 ${attainment}。`,
  reportingHeading: "四、报送情况",
  reported: (files: number, units: number) => `本期收到 ${units} 个单位的 ${files} 个文件。`,
  notReportedUnits: (units: string[]) => `未报送单位：${units.join("、")}。`,
  allReported: "各牵头单位均已报送。",
  missingThisYear: (unit: string, names: string[]) =>
    `${unit}本期未填报 ${names.length} 项：${names.join("、")}。`,
  missingEarlier: (count: number, years: string) => `往年（${years}）实绩另缺 ${count} 项，见“数据来源”。`,
  unsettled: (count: number) => `另有 ${count} 处各文件数值不一致、尚未确认，未计入。`,
  finalHeading: (year: number) => `五、终期评估（附件1“四倍增、五跃升”，${year}年）`,
  fourfoldHeading: "（一）四倍增",
  fivefoldHeading: "（二）五跃升",
  fourfold: (
    { year, n, name, base, target, actual, reached, attainment }: AssessedLine,
    multiple: string | null,
  ) =>
    `${n}. ${name}：2020年基数 ${base}，${year}年目标 ${target}，${year}年实绩 ${actual}` +
    (multiple === null ? "" : `，为基数的 ${multiple}，${reached ? "实现翻一番" : "未实现翻一番"}`) +
    (attainment === null ? "" : `，完成目标的 ${attainment}`) +
    (multiple === null && reached !== null ? `，${reached ? "已达到" : "未达到"}目标` : "") +
    "。",
  fivefold: ({ year, n, name, base, target, actual, reached, attainment }: AssessedLine) =>
    `${n}. ${name}：2020年基数 ${base}，${year}年目标 ${target}，${year}年实绩 ${actual}` +
    (attainment === null ? "" : `，完成目标的 ${attainment}`) +
    (reached === null ? "" : `，${reached ? "已达到" : "未达到"} ${year} 年目标水平`) +
    "。",
  allUnits: allLeadUnits,
  sources: {
    title: (period: string) => `数据来源（${period}）`,
    subtitle: "汇总所用的每个数值来自哪个文件、哪个单元格；原始内容为文件中的原样。",
    valuesHeading: "一、汇总所用数值",
    agreeing: (count: number) => `另有 ${count} 个文件数值相同`,
    conflictsHeading: "二、各文件数值不一致",
    noConflicts: "无。",
    unsettled: "未确认（未汇总）",
    settled: "已选定",
    filesHeading: "三、交回的文件",
    superseded: "同一单位有较新的文件，未采用",
    missingHeading: "四、未报送与未填报",
  },
  overview: {
    title: (period: string) => `进度总览（${period}）`,
    subtitle: (wholeYear: boolean, green: string, amber: string) =>
      `完成率 = 实绩 ÷ ${wholeYear ? "年度目标" : "序时进度目标"}（越低越好的指标为其倒数）；达标 ≥ ${green}，预警 ≥ ${amber}。`,
    noTarget: "本年无目标",
    chartTitle: (category: string) => `${category}：完成率`,
    unitsHeading: "各牵头单位指标状态",
    unitsChartTitle: "各牵头单位指标状态（项）",
    totalsHeading: "合计",
  },
  notGiven: "未填报",
  noBase: "附件1 未列",
};
