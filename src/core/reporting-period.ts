/** 报告期: January to the end of `month` of `year` (1–6月 is month 6; a whole year is month 12). */
export interface ReportingPeriod {
  year: number;
  month: number;
}

/** Share of the year elapsed at the end of the period: the 序时进度 factor (1–6月 → 0.5). */
export const elapsedShare = (month: number): number => month / 12;

export function formatPeriod({ year, month }: ReportingPeriod): string {
  return month === 12 ? `${year}年` : `${year}年1–${month}月`;
}

/** The period staff most likely report: through the last complete month, within the plan's years. */
export function defaultPeriod(years: readonly number[], today: Date): ReportingPeriod {
  const first = years[0] ?? today.getFullYear();
  const last = years[years.length - 1] ?? today.getFullYear();
  const month = today.getMonth(); // 0-based: the last complete month is the previous one
  const year = month === 0 ? today.getFullYear() - 1 : today.getFullYear();
  if (year > last) return { year: last, month: 12 };
  if (year < first) return { year: first, month: 12 };
  return { year, month: month === 0 ? 12 : month };
}
