import { findIndicator, indicatorIndex, plan, type Indicator } from "../model";
import { failure, success, type Result } from "../core/result";
import { parseTypedNumber } from "../core/validation/typed-number";
import { functionMessages as say } from "./messages";

/**
 * Turns what Excel passes (numbers, text, booleans, null for an omitted or empty argument, a matrix
 * for a range) into the core's types, or a failure saying what is accepted.
 */
const lookups = new Map<string, Result<Indicator>>();
const lookupCacheLimit = 10_000;

export function indicatorArgument(value: unknown): Result<Indicator> {
  if (typeof value !== "string" || value.trim() === "")
    return failure("invalidValue", say.indicatorMissing(value));
  const cached = lookups.get(value);
  if (cached) return cached;
  const found = findIndicator(indicatorIndex, value);
  const result: Result<Indicator> = found.ok
    ? success(found.indicator)
    : failure("notAvailable", say.indicatorNotFound(found.reason, value, found.candidates));
  if (lookups.size >= lookupCacheLimit) lookups.clear();
  lookups.set(value, result);
  return result;
}

/** A number, or text Excel users type for one: "2023", "2023年", "１２３．５", "1,234", "12%" (same reader as 校验). */
function numberFrom(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string") return null;
  const typed = parseTypedNumber(value);
  if (typed === null || !["", "%", "年", "月"].includes(typed.unit)) return null;
  return typed.unit === "%" ? typed.value / 100 : typed.value;
}

export function yearArgument(value: unknown): Result<number> {
  const year = numberFrom(value);
  return year !== null && Number.isInteger(year)
    ? success(year)
    : failure("invalidValue", say.yearInvalid(value, plan.years));
}

/** Omitted or empty → null (the whole year); otherwise an integer 1–12. */
export function monthArgument(value: unknown): Result<number | null> {
  if (value === null || value === undefined || value === "") return success(null);
  const month = numberFrom(value);
  const valid = month !== null && Number.isInteger(month) && month >= 1 && month <= 12;
  return valid ? success(month) : failure("invalidValue", say.monthInvalid(value));
}

export function actualArgument(value: unknown): Result<number> {
  if (value === null || value === undefined || value === "")
    return failure("notAvailable", say.actualMissing);
  const actual = numberFrom(value);
  return actual === null ? failure("invalidValue", say.actualInvalid(value)) : success(actual);
}

/** An optional threshold: omitted → the default. */
export function thresholdArgument(value: unknown, fallback: number): Result<number> {
  if (value === null || value === undefined || value === "") return success(fallback);
  const threshold = numberFrom(value);
  return threshold === null ? failure("invalidValue", say.thresholdInvalid(value)) : success(threshold);
}

/** An optional text filter: omitted or empty → null. */
export function filterArgument(value: unknown): Result<string | null> {
  if (value === null || value === undefined || value === "") return success(null);
  return typeof value === "string"
    ? success(value.trim())
    : failure("invalidValue", say.filterInvalid(value));
}
