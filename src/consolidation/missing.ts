/**
 * What the task force has to chase (pure): lead units that sent nothing, and indicators with a
 * target up to the period that no file gave a figure for, with the units that should have.
 */
import { leadUnitsOf } from "../core/indicator-list";
import type { ReportingPeriod } from "../core/reporting-period";
import type { Plan } from "../model/types";
import { valueKey } from "./merge";
import type { MergedValue, MissingIndicator } from "./types";

export function missingOf(
  plan: Plan,
  period: ReportingPeriod,
  units: readonly (string | null)[],
  values: readonly MergedValue[],
  unsettled: ReadonlySet<string>,
): { units: string[]; indicators: MissingIndicator[] } {
  const sent = new Set(units);
  const coversAll = sent.has(null);
  const have = new Set(values.map((v) => valueKey(v.indicatorId, v.year)));
  const indicators = plan.indicators.flatMap((indicator) =>
    plan.years
      .filter((year) => year <= period.year && indicator.targets[String(year)] != null)
      .filter(
        (year) => !have.has(valueKey(indicator.id, year)) && !unsettled.has(valueKey(indicator.id, year)),
      )
      .map((year) => ({ indicatorId: indicator.id, year, units: indicator.lead })),
  );
  return { units: coversAll ? [] : leadUnitsOf(plan).filter((unit) => !sent.has(unit)), indicators };
}
