import type { Indicator, Plan } from "../model/types";
import { failure, success, type Result } from "./result";
import { expectedTargetOf, targetOf } from "./targets";
import { targetMessages as say } from "./target-messages";

export type Status = "达标" | "预警" | "滞后";

/** Default thresholds: 达标 at 100% of the reference, 预警 from 90%. */
export const defaultThresholds = { green: 1, amber: 0.9 } as const;

/** TARGET for a whole year, EXPECTED (序时进度) when a month is given. */
export function referenceOf(
  plan: Plan,
  indicator: Indicator,
  year: number,
  month: number | null,
): Result<number> {
  return month === null ? targetOf(plan, indicator, year) : expectedTargetOf(plan, indicator, year, month);
}

/** actual ÷ reference (reference ÷ actual where lower is better); 1 = 100%. */
export function attainmentOf(
  plan: Plan,
  indicator: Indicator,
  year: number,
  actual: number,
  month: number | null,
): Result<number> {
  const reference = referenceOf(plan, indicator, year, month);
  if (!reference.ok) return reference;
  if (indicator.direction === "lower") {
    return actual === 0
      ? failure("notAvailable", say.zeroActualLowerIsBetter(indicator))
      : success(reference.value / actual);
  }
  return reference.value === 0
    ? failure("notAvailable", say.zeroReference(indicator))
    : success(actual / reference.value);
}

/** How far the actual is short of the reference, in the indicator's unit (positive = behind). */
export function gapOf(plan: Plan, indicator: Indicator, year: number, actual: number, month: number | null) {
  const reference = referenceOf(plan, indicator, year, month);
  if (!reference.ok) return reference;
  return success(indicator.direction === "lower" ? actual - reference.value : reference.value - actual);
}

export function statusOf(attainment: number, green: number, amber: number): Status {
  if (attainment >= green) return "达标";
  return attainment >= amber ? "预警" : "滞后";
}

export function checkThresholds(green: number, amber: number): Result<{ green: number; amber: number }> {
  const valid = Number.isFinite(green) && Number.isFinite(amber) && amber <= green;
  return valid ? success({ green, amber }) : failure("invalidValue", say.thresholds(green, amber));
}
