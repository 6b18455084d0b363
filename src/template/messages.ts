/** Every Chinese text the template puts into a workbook or shows about an insertion, in one place. */
import type { SheetRole } from "./types";

/** What a cell shows where the document prints no figure for that year. */
export const noFigure = "—";

export const sheetNames: Record<SheetRole, string> = {
  annex1: "附件1 四倍增、五跃升目标",
  annex2: "附件2 目标任务分解",
  body: "正文其他量化目标",
};

/** Which part of the document a sheet copies (for its subtitle). */
export const documentParts: Record<SheetRole, string> = {
  annex1: "附件1",
  annex2: "附件2",
  body: "正文",
};

export const bodyTitle = "正文其他量化目标";

export const allLeadUnits = "全部牵头单位";

/** The ideographic space that separates the parts of a Chinese subtitle. */
const gap = "\u3000";

export function subtitleOf(
  leadUnit: string | null,
  document: string,
  role: SheetRole,
  version: string,
): string {
  const parts = [
    `牵头单位：${leadUnit ?? allLeadUnits}`,
    `依据：${document} ${documentParts[role]}`,
    `模板版本：${version}`,
    "（只在“实绩”列填写，完成率自动计算）",
  ];
  return parts.join(gap);
}

/** How an actual cell's bounds read in a sentence: "不小于 0 的整数", "0% 到 100% 之间的百分数". */
export interface BoundsWording {
  integer: boolean;
  percent: boolean;
  min: number | null;
  max: number | null;
}

const asText = (value: number, percent: boolean) =>
  percent ? `${Number((value * 100).toPrecision(12))}%` : String(value);

function boundsPhrase({ integer, percent, min, max }: BoundsWording): string {
  const noun = integer ? "整数" : percent ? "百分数" : "数值";
  if (min !== null && max !== null)
    return `介于 ${asText(min, percent)} 和 ${asText(max, percent)} 之间的${noun}`;
  if (min !== null) return `不小于 ${asText(min, percent)} 的${noun}`;
  if (max !== null) return `不大于 ${asText(max, percent)} 的${noun}`;
  return percent ? "百分数（可为负数）" : `${noun}（可为负数）`;
}

export const validationTexts = {
  promptTitle: (year: number) => `${year}年实绩`,
  promptMessage(name: string, unit: string, year: number, bounds: BoundsWording): string {
    const ask = `${name}（${unit}）：填写 ${year} 年实绩数值。`;
    if (bounds.percent) return `${ask}按百分数填写，如 12.5%，应为${boundsPhrase(bounds)}。`;
    if (bounds.integer) return `${ask}应为${boundsPhrase(bounds)}。`;
    return ask;
  },
  errorTitle: "实绩填写有误",
  errorMessage: (name: string, unit: string, year: number, bounds: BoundsWording) =>
    `${name} ${year} 年实绩应为${boundsPhrase(bounds)}（单位：${unit}），不能填写文字。`,
};
