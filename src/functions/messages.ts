import type { Indicator } from "../model";

const shown = (value: unknown): string =>
  Array.isArray(value) ? "一个区域" : typeof value === "string" ? `“${value}”` : String(value);
const names = (candidates: Indicator[]) => candidates.map((c) => `${c.id} ${c.name}`).join("；");

/** Chinese messages for arguments the worksheet functions cannot use. */
export const functionMessages = {
  indicatorMissing: (value: unknown) =>
    `指标 ${shown(value)} 无效：请填写指标代码（如 "A2-05"）或指标名称（文本）。可用 =BL.INDICATORS() 列出全部指标。`,
  indicatorNotFound: (reason: "unknown" | "ambiguous", query: string, candidates: Indicator[]) =>
    reason === "ambiguous"
      ? `“${query}”对应多个指标，请改用代码：${names(candidates)}。`
      : `找不到指标“${query}”。最接近的是：${names(candidates)}。`,
  yearInvalid: (value: unknown, years: number[]) =>
    `年份 ${shown(value)} 无效，应为 ${years[0]}–${years[years.length - 1]} 的整数年份。`,
  monthInvalid: (value: unknown) =>
    `月份 ${shown(value)} 无效，应为 1–12 的整数（1–6月填 6），省略表示全年。`,
  actualMissing: "尚未填报实绩：实绩单元格为空。",
  actualInvalid: (value: unknown) => `实绩 ${shown(value)} 不是数字，请填写数值（百分比填 0.12 或 12%）。`,
  thresholdInvalid: (value: unknown) => `阈值 ${shown(value)} 不是数字，应为小数（如 0.9 表示 90%）。`,
  filterInvalid: (value: unknown) => `筛选条件 ${shown(value)} 应为文本，如 "区经信局" 或 "提质增效"。`,
  outOfRange: "结果超出 Excel 可表示的范围，请检查实绩的数量级和单位。",
  unexpected: (error: unknown) =>
    `计算出错：${error instanceof Error ? error.message : String(error)}。请把公式和参数告知工作专班。`,
};
