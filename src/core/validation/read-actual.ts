import { isExcelError } from "./error-values";
import { isDateFormat } from "./number-formats";
import { parseTypedNumber, tidy } from "./typed-number";
import { factorInto } from "./typed-unit";
import type { RawCellValue } from "./types";

/** What an actual cell holds, read against its row's unit. Reading never changes the cell. */
export type Reading =
  | { kind: "blank" }
  | { kind: "excel-error"; error: string }
  | { kind: "number"; value: number }
  /** A number shown as a date (its format): a date typed into a figure cell, never a figure. */
  | { kind: "date"; serial: number }
  /**
   * Text that is a number once separators, full-width digits and a fitting unit (`unit`) are read;
   * `note` is a word in brackets after it ("63（初步）"), which is a remark, not a unit.
   */
  | { kind: "number-as-text"; value: number; text: string; unit: string; note?: string }
  /** Text that is no number (`unit` set when it is a number with a unit that does not fit the row). */
  | { kind: "text"; text: string; unit?: string; date?: boolean };

/** The number an actual stands for, if any (a number typed as text counts as its number). */
export const figureOf = (reading: Reading): number | null =>
  reading.kind === "number" || reading.kind === "number-as-text" ? reading.value : null;

/** Dates as people type them as text: 2023年6月30日, 2023/6/30, 2023-06-30, 2023.6.30, 6月30日, 2023年6月. */
const DATE_TEXT =
  /^(?:\d{4}\s*[年/.-]\s*\d{1,2}\s*(?:[月/.-]\s*\d{1,2}\s*日?|月)|\d{1,2}\s*月\s*\d{1,2}\s*日)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$/;
export const isDateText = (text: string): boolean => DATE_TEXT.test(text.normalize("NFKC").trim());

export function readActual(raw: RawCellValue, rowUnit: string, numberFormat = "General"): Reading {
  if (raw === null || (typeof raw === "string" && raw.trim() === "")) return { kind: "blank" };
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { kind: "text", text: String(raw) };
    return isDateFormat(numberFormat) ? { kind: "date", serial: raw } : { kind: "number", value: raw };
  }
  if (typeof raw === "boolean") return { kind: "text", text: raw ? "TRUE" : "FALSE" };
  if (isExcelError(raw)) return { kind: "excel-error", error: raw.trim().toUpperCase() };
  if (isDateText(raw)) return { kind: "text", text: raw, date: true };
  const typed = parseTypedNumber(raw);
  if (typed === null) return { kind: "text", text: raw };
  const factor = factorInto(rowUnit, typed.unit);
  // Words in brackets after a number are a remark on it (初步, 快报, 预计, 估算 …), not a unit.
  if (factor === null && typed.bracketed && typed.unit !== "")
    return { kind: "number-as-text", value: tidy(typed.value), text: raw, unit: "", note: typed.unit };
  if (factor === null) return { kind: "text", text: raw, unit: typed.unit };
  const value = tidy(typed.value * factor);
  return Number.isFinite(value)
    ? { kind: "number-as-text", value, text: raw, unit: typed.unit }
    : { kind: "text", text: raw };
}
