import { factsOf } from "../../units";
import { findingAt } from "../finding";
import { findingMessages as say } from "../messages";
import type { Finding } from "../types";
import type { FigureCheck } from "./context";

/**
 * Only a figure a hair away from a whole number is "obviously a rounding" (a formula's 24.9999999 shown as
 * 25): that one gets the whole number as its suggestion; 25.5 家 could be 25 or 26, so no suggestion.
 */
const ROUNDING_NOISE = 1e-6;

export function countNotWhole({ cell, indicator, value: n }: FigureCheck): Finding[] {
  if (!factsOf(indicator.unit).integer || Number.isInteger(n)) return [];
  const whole = Math.round(n);
  const suggestion = Math.abs(n - whole) <= ROUNDING_NOISE ? whole : null;
  const message = say.countNotWhole(indicator, cell.year, n, suggestion);
  return [findingAt(cell, indicator.unit, "count-not-whole", message, suggestion)];
}

/** A count or an amount below its lower bound (0): no suggestion, the sign may be the only typo or not. */
export function belowMinimum({ cell, indicator, value: n }: FigureCheck): Finding[] {
  const min = indicator.actualRange.min;
  if (min === null || n >= min) return [];
  return [findingAt(cell, indicator.unit, "negative", say.negative(indicator, cell.year, n, min))];
}
