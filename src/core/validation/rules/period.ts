import { findingAt } from "../finding";
import { findingMessages as say } from "../messages";
import type { Finding } from "../types";
import type { ActualCheck } from "./context";

/**
 * after-period: anything in a year after the reporting period's (the period's own year is partial but
 * expected). not-reported: a blank year up to and including the period's own year, because in 2023年1–6月
 * staff still owe the 1–6月 figure; years the plan prints "—" (no target) are not asked for.
 */
export function periodFindings({ period, cell, indicator, reading }: ActualCheck): Finding[] {
  const { year } = cell;
  if (reading.kind !== "blank") {
    if (year <= period.year) return [];
    return [
      findingAt(cell, indicator.unit, "after-period", say.afterPeriod(indicator, year, cell.raw, period)),
    ];
  }
  const hasTarget = indicator.targets[String(year)] != null;
  // A formula without a result is blank but not unreported: the reading rule says what to do.
  if (year > period.year || !hasTarget || cell.formula !== undefined) return [];
  return [findingAt(cell, indicator.unit, "not-reported", say.notReported(indicator, year, period))];
}
