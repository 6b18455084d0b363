import type { Indicator, Plan } from "../model/types";
import { attainmentOf, statusOf, type Status } from "./attainment";
import type { ReportingPeriod } from "./reporting-period";
import { expectedTargetOf, targetOf } from "./targets";

/** One line of the pane's progress list: where an indicator stands in the reporting period. */
export interface ProgressRow {
  indicator: Indicator;
  actual: number | null;
  target: number | null;
  /** 序时进度: the target at the end of the period's month. */
  expected: number | null;
  attainment: number | null;
  /** null when there is nothing to judge yet (no actual, or no target that year). */
  status: Status | null;
}

export interface Thresholds {
  green: number;
  amber: number;
}

const valueOf = <T>(result: { ok: true; value: T } | { ok: false }): T | null =>
  result.ok ? result.value : null;

/**
 * Progress of `indicators` in `period` from the actuals typed for the period's year (id → number).
 * Worst first: judged rows by attainment, then rows not yet reported, then rows without a target.
 */
export function progressOf(
  plan: Plan,
  indicators: readonly Indicator[],
  actuals: ReadonlyMap<string, number>,
  period: ReportingPeriod,
  thresholds: Thresholds,
): ProgressRow[] {
  const rows = indicators.map((indicator): ProgressRow => {
    const actual = actuals.get(indicator.id) ?? null;
    const target = valueOf(targetOf(plan, indicator, period.year));
    const expected = valueOf(expectedTargetOf(plan, indicator, period.year, period.month));
    const month = period.month === 12 ? null : period.month;
    const rate = actual === null ? null : valueOf(attainmentOf(plan, indicator, period.year, actual, month));
    const status = rate === null ? null : statusOf(rate, thresholds.green, thresholds.amber);
    return { indicator, actual, target, expected, attainment: rate, status };
  });
  const rank = (row: ProgressRow) => (row.attainment !== null ? 0 : row.target !== null ? 1 : 2);
  return rows.sort((a, b) => rank(a) - rank(b) || (a.attainment ?? 0) - (b.attainment ?? 0));
}
