/** `--period YYYY-MM` as both tools take it: 2023-06 is 2023年1–6月, 2023-12 the whole year. */
import type { ReportingPeriod } from "../core/reporting-period";

export function periodOf(text: string): ReportingPeriod | null {
  const match = /^(\d{4})-(\d{1,2})$/.exec(text.trim());
  const [year, month] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  return month >= 1 && month <= 12 ? { year, month } : null;
}
