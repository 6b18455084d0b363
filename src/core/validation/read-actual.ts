import type { RawCellValue } from "./types";
import { isExcelError } from "./error-values";
import { parseTypedNumber, tidy } from "./typed-number";
import { factorInto } from "./typed-unit";

/** What an actual cell holds, read against its row's unit. Reading never changes the cell. */
export type Reading =
  | { kind: "blank" }
  | { kind: "excel-error"; error: string }
  | { kind: "number"; value: number }
  /** Text that is a number once separators, full-width digits and a fitting unit (`unit`) are read. */
  | { kind: "number-as-text"; value: number; text: string; unit: string }
  /** Text that is no number (`unit` set when it is a number with a unit that does not fit the row). */
  | { kind: "text"; text: string; unit?: string };

/** The number an actual stands for, if any (a number typed as text counts as its number). */
export const figureOf = (reading: Reading): number | null =>
  reading.kind === "number" || reading.kind === "number-as-text" ? reading.value : null;

export function readActual(raw: RawCellValue, rowUnit: string): Reading {
  if (raw === null || (typeof raw === "string" && raw.trim() === "")) return { kind: "blank" };
  if (typeof raw === "number") {
    return Number.isFinite(raw) ? { kind: "number", value: raw } : { kind: "text", text: String(raw) };
  }
  if (typeof raw === "boolean") return { kind: "text", text: raw ? "TRUE" : "FALSE" };
  if (isExcelError(raw)) return { kind: "excel-error", error: raw.trim().toUpperCase() };
  const typed = parseTypedNumber(raw);
  if (typed === null) return { kind: "text", text: raw };
  const factor = factorInto(rowUnit, typed.unit);
  if (factor === null) return { kind: "text", text: raw, unit: typed.unit };
  const value = tidy(typed.value * factor);
  return Number.isFinite(value)
    ? { kind: "number-as-text", value, text: raw, unit: typed.unit }
    : { kind: "text", text: raw };
}
