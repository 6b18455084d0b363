/** 报告期: January to the end of `month` of `year` (1–6月 is month 6; a whole year is month 12). */
export interface ReportingPeriod {
  year: number;
  month: number;
}

export const samePeriod = (a: ReportingPeriod, b: ReportingPeriod): boolean =>
  a.year === b.year && a.month === b.month;

/** Share of the year elapsed at the end of the period: the 序时进度 factor (1–6月 → 0.5). */
export const elapsedShare = (month: number): number => month / 12;

/** As people write it: 2023年1–6月, 2023年1月 (not 1–1月), 2023年 for the whole year. */
export function formatPeriod({ year, month }: ReportingPeriod): string {
  if (month === 12) return `${year}年`;
  return month === 1 ? `${year}年1月` : `${year}年1–${month}月`;
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
