/** Validators for property inputs: each returns the accepted value or a reason Excel would refuse it. */

import { normalizeColor } from "./colors";
import { invalidArgument } from "./errors";

export type Checked<T> = { value: T } | { error: string };
export type Check<T> = (input: unknown) => Checked<T>;

export const oneOf =
  (values: readonly string[]): Check<string> =>
  (v) =>
    typeof v === "string" && values.includes(v)
      ? { value: v }
      : { error: `expected one of ${values.join(", ")}` };

export const bool: Check<boolean> = (v) =>
  typeof v === "boolean" ? { value: v } : { error: "expected a boolean" };

export const color: Check<string> = (v) => {
  const c = normalizeColor(v);
  return c
    ? { value: c }
    : { error: `'${String(v)}' is not a colour Excel accepts (#RRGGBB or an HTML colour name)` };
};

export const numberIn =
  (min: number, max: number, integerOnly = false): Check<number> =>
  (v) =>
    typeof v === "number" && v >= min && v <= max && (!integerOnly || Number.isInteger(v))
      ? { value: v }
      : { error: `expected a${integerOnly ? "n integer" : " number"} between ${min} and ${max}` };

export const nonEmptyString: Check<string> = (v) =>
  typeof v === "string" && v !== "" ? { value: v } : { error: "expected a non-empty string" };

export const anyString: Check<string> = (v) =>
  typeof v === "string" ? { value: v } : { error: "expected a string" };

/** Returns the accepted value or throws InvalidArgument at `location`. */
export function accept<T>(check: Check<T>, value: unknown, location: string): T {
  const result = check(value);
  if ("error" in result) throw invalidArgument(location, result.error);
  return result.value;
}

/**
 * Checks an options object against `defaults` (same keys, same primitive types) and returns the
 * defaults overridden by the input.
 */
export function checkedObject(
  defaults: Readonly<Record<string, unknown>>,
  input: unknown,
  enums: Readonly<Record<string, readonly string[]>> = {},
): Checked<Record<string, unknown>> {
  if (input === null || typeof input !== "object" || Array.isArray(input))
    return { error: "expected an object" };
  const out: Record<string, unknown> = { ...defaults };
  for (const [k, v] of Object.entries(input as Record<string, unknown>)) {
    if (!(k in defaults))
      return { error: `unknown property '${k}' (expected ${Object.keys(defaults).join(", ")})` };
    if (v === undefined) continue;
    if (typeof v !== typeof defaults[k]) return { error: `'${k}' must be a ${typeof defaults[k]}` };
    const allowed = enums[k];
    if (allowed && !allowed.includes(String(v)))
      return { error: `'${k}' must be one of ${allowed.join(", ")}` };
    out[k] = v;
  }
  return { value: out };
}
