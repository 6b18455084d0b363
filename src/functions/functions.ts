/**
 * 年度目标：附件中该指标该年的目标值。
 * @customfunction TARGET
 * @param indicator 指标代码（如 "A2-05"）或指标名称
 * @param year 年份，2021–2025
 * @returns 该年目标值
 */
export function target(indicator: string, year: number): number {
  throw new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, `尚未实现：${indicator} ${year}`);
}
