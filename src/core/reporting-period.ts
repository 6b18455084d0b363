/** 报告期: January to the end of `month` of `year` (1–6月 is month 6; a whole year is month 12). */
export interface ReportingPeriod {
  year: number;
  month: number;
}

/** Share of the year elapsed at the end of the period: the 序时进度 factor (1–6月 → 0.5). */
export const elapsedShare = (month: number): number => month / 12;

/** Whether (year, month) falls after the reporting period, i.e. cannot be reported yet. */
export function isAfter(period: ReportingPeriod, year: number, month = 12): boolean {
  return year > period.year || (year === period.year && month > period.month);
}

export function formatPeriod({ year, month }: ReportingPeriod): string {
  return month === 12 ? `${year}年` : `${year}年1–${month}月`;
}
