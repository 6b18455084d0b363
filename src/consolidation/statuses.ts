/**
 * Where each indicator stands in the period, from the merged actuals: the same 序时进度, 完成率 and
 * 达标/预警/滞后 that BL.EXPECTED, BL.ATTAINMENT and BL.STATUS give (src/core), plus 未填报 where an
 * indicator has a target that year and no merged figure. Summed up by action and by lead unit.
 */
import type { Thresholds } from "../core/progress";
import { progressOf } from "../core/progress";
import type { ReportingPeriod } from "../core/reporting-period";
import type { Plan } from "../model/types";
import type { MergedValue, StatusCounts, StatusRow } from "./types";

const noCounts = (): StatusCounts => ({ 达标: 0, 预警: 0, 滞后: 0, 未填报: 0 });

export function statusesOf(
  plan: Plan,
  values: readonly MergedValue[],
  period: ReportingPeriod,
  thresholds: Thresholds,
): StatusRow[] {
  const actuals = new Map(values.filter((v) => v.year === period.year).map((v) => [v.indicatorId, v.value]));
  const rows = new Map(
    progressOf(plan, plan.indicators, actuals, period, thresholds).map((row) => [row.indicator.id, row]),
  );
  return plan.indicators.map((indicator): StatusRow => {
    const row = rows.get(indicator.id);
    const target = row?.target ?? null;
    const actual = row?.actual ?? null;
    return {
      indicatorId: indicator.id,
      name: indicator.name,
      unit: indicator.unit,
      category: indicator.category,
      lead: indicator.lead,
      target,
      expected: row?.expected ?? null,
      actual,
      attainment: row?.attainment ?? null,
      status: row?.status ?? (target !== null && actual === null ? "未填报" : null),
    };
  });
}

function count(rows: readonly StatusRow[]): StatusCounts {
  const counts = noCounts();
  for (const row of rows) if (row.status !== null) counts[row.status] += 1;
  return counts;
}

/** Counts per action (in the plan's order) and per lead unit (a co-led indicator counts for each). */
export function summarize(rows: readonly StatusRow[]) {
  const categories = [...new Set(rows.map((row) => row.category))];
  const units = [...new Set(rows.flatMap((row) => row.lead))];
  return {
    totals: count(rows),
    byCategory: categories.map((category) => ({
      category,
      counts: count(rows.filter((row) => row.category === category)),
    })),
    byUnit: units.map((unit) => ({ unit, counts: count(rows.filter((row) => row.lead.includes(unit))) })),
  };
}
