import type { Indicator, Plan } from "../model/types";
import { elapsedShare } from "./reporting-period";
import { remembered } from "./memo";
import { failure, success, type Result } from "./result";
import { targetMessages as say } from "./target-messages";

function planYear(plan: Plan, year: number): Result<number> {
  return plan.years.includes(year)
    ? success(year)
    : failure("invalidValue", say.yearOutsidePlan(year, plan.years));
}

/** The figure printed for that year (TARGET). */
export const targetOf = (plan: Plan, indicator: Indicator, year: number): Result<number> =>
  rememberedTarget(plan, indicator, year, 0);

const rememberedTarget = remembered((plan, indicator, year) => {
  const checked = planYear(plan, year);
  if (!checked.ok) return checked;
  const figure = indicator.targets[String(year)];
  return figure == null ? failure("notAvailable", say.noTargetThatYear(indicator, year)) : success(figure);
});

/** What the running total must reach by the end of `year` (CUMTARGET). */
export const cumulativeTargetOf = (plan: Plan, indicator: Indicator, year: number): Result<number> =>
  rememberedCumulative(plan, indicator, year, 0);

const rememberedCumulative = remembered((plan, indicator, year) => {
  if (indicator.kind === "amount" || indicator.kind === "ratio") {
    return failure("notAvailable", say.noRunningTotal(indicator));
  }
  if (indicator.kind !== "flow") return targetOf(plan, indicator, year);
  const checked = planYear(plan, year);
  if (!checked.ok) return checked;
  const figures = plan.years.filter((y) => y <= year).map((y) => indicator.targets[String(y)]);
  const printed = figures.filter((figure): figure is number => figure != null);
  return printed.length === 0
    ? failure("notAvailable", say.noTargetThatYear(indicator, year))
    : success(printed.reduce((sum, figure) => sum + figure, 0));
});

/** The 2020 baseline of 附件1 (BASELINE). */
export function baselineOf(indicator: Indicator): Result<number> {
  const baseline = indicator.annex1?.baseline2020;
  return baseline == null ? failure("notAvailable", say.noBaseline(indicator)) : success(baseline);
}

/** The figure the time-progress target starts from at the beginning of `year`. */
function startingPoint(plan: Plan, indicator: Indicator, year: number): Result<number> {
  const earlier = plan.years.filter((y) => y < year);
  if (indicator.kind === "cumulative") {
    const figures = earlier.map((y) => indicator.targets[String(y)]).filter((f): f is number => f != null);
    return success(figures[figures.length - 1] ?? 0);
  }
  const previous = earlier.length > 0 ? indicator.targets[String(year - 1)] : baselineInUnit(indicator);
  return previous == null
    ? failure("notAvailable", say.noPreviousFigure(indicator, year))
    : success(previous);
}

function baselineInUnit(indicator: Indicator): number | null {
  const annex1 = indicator.annex1;
  return annex1 && annex1.baselineUnit === indicator.unit ? annex1.baseline2020 : null;
}

/** 序时进度: the target at the end of `month` (EXPECTED); the whole year when month is 12. */
export const expectedTargetOf = remembered((plan, indicator, year, month) => {
  const target = targetOf(plan, indicator, year);
  if (!target.ok || indicator.kind === "ratio") return target;
  const share = elapsedShare(month);
  if (indicator.kind === "flow" || indicator.kind === "amount") return success(target.value * share);
  const start = startingPoint(plan, indicator, year);
  return start.ok ? success(start.value + (target.value - start.value) * share) : start;
});
