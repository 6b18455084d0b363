/** Every Chinese text the template puts into a workbook or shows about an insertion, in one place. */
import { taskForce } from "../core/indicator-list";
import type { SheetRole } from "./types";

/** What a cell shows where the document prints no figure for that year. */
export const noFigure = "—";

export const sheetNames: Record<SheetRole, string> = {
  annex1: "附件1 四倍增、五跃升目标",
  annex2: "附件2 目标任务分解",
  body: "正文其他量化目标",
};

/** Which part of the document a sheet copies (for its 依据). */
export const documentParts: Record<SheetRole, string> = {
  annex1: "附件1",
  annex2: "附件2",
  body: "正文",
};

export const bodyTitle = "正文其他量化目标";

export const allLeadUnits = "全部牵头单位";

/** The ideographic space that separates the parts of a Chinese line. */
const gap = "\u3000";

/** The line under the title: who fills it in, for which period, from which document. */
export const infoTexts = {
  unit: (leadUnit: string | null) => `填报单位：${leadUnit ?? allLeadUnits}`,
  basis: (document: string, role: SheetRole) => `依据：${document} ${documentParts[role]}`,
};

/** 牵头单位 of a row: as printed; where the document names none, who the task force says reports it. */
export const leadTexts = {
  printed: (lead: string[]) => lead.join("、"),
  unassigned: `${taskForce}（文件未明确）`,
  assigned: (unit: string) => `${unit}（${taskForce}指定）`,
};

/** The 填报说明 under each table: colours, units and percentages, where 附件1's actuals come from. */
export const noteTexts = {
  heading: "填报说明：",
  colours:
    "1. 白色单元格为填报项（各年“实绩”、“备注（情况说明）”和表下签署栏），灰色单元格为目标、公式和自动带入的数，不能修改。",
  colours1:
    "1. 本表各年“实绩”自动取自附件2 同一指标的实绩（灰色，不能修改），请在附件2 中填写；完成率自动计算。",
  period: (period: string | null) =>
    `2. “××年实绩”填该年截至报告期末的数（${period === null ? "报告期见表头" : `本表报告期：${period}`}），口径与同一行的目标相同：目标是累计数的填累计数，是总量的填报告期末的总量。`,
  units: "3. 只填数字，单位见“单位”列（亿元、万元、亩等，不带单位）；百分数可填 12% 或 0.12，均为 12%。",
  remark:
    "4. 完成率 = 实绩 ÷ 目标，自动计算；未达到目标或序时进度的，请在“备注（情况说明）”中写明原因和下一步措施。",
  remark1: "2. 未达到目标或序时进度的，请在附件2 该指标的“备注（情况说明）”中写明原因和措施。",
  linked: "5. 附件1 的实绩自动取自本表，无需另填。",
};

/** The sign-off block: who fills in, checks and stamps the return, and when. */
export const signOffLabels = {
  unit: "填报单位（盖章）：",
  preparer: "填报人：",
  phone: "联系电话：",
  reviewer: "审核人：",
  date: "填报日期：",
};

/** Page header and footer words (the codes around them are in print.ts). */
export const pageTexts = {
  unitAndPeriod: (leadUnit: string | null, period: string) =>
    [`填报单位：${leadUnit ?? allLeadUnits}`, `报告期：${period}`].join(gap),
  pageOf: "第 &P 页 共 &N 页",
};

/** Document properties of a template file. */
export const documentTexts = {
  subject: (document: string) => `${document} 目标任务填报`,
  title: (title: string, leadUnit: string | null) => `${title}（${leadUnit ?? allLeadUnits}）`,
};

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
