/**
 * What a typed 实绩 becomes, as Excel reads a cell formatted as a number: a plain number (thousands
 * separators in groups of three allowed) is a number, "12%" is 0.12, an empty input is a blank cell;
 * anything else stays the text typed (约60, １２３, 63亿元, a date), for the validator to judge. And
 * back: what the input shows for a cell's content (0.12 in a % row shows as 12%).
 */
import { factsOf } from "../../core/units";
import { shown } from "../../core/validation/messages";
import { tidy } from "../../core/validation/typed-number";
import type { RawCellValue } from "../../core/validation/types";

const PLAIN_NUMBER =
  /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?(?:e[+-]?\d+)?|[+-]?\.\d+(?:e[+-]?\d+)?)(%?)$/i;

export function typedRaw(text: string): RawCellValue {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const match = PLAIN_NUMBER.exec(trimmed);
  if (!match) return text;
  const value = Number((match[1] ?? "").replace(/,/g, ""));
  if (!Number.isFinite(value)) return text;
  return match[2] === "%" ? tidy(value / 100) : value;
}

/** The input's text for a cell's content in a row of `unit`. */
export function inputTextOf(raw: RawCellValue, unit: string): string {
  if (raw === null) return "";
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  if (typeof raw === "string") return raw;
  return factsOf(unit).percent ? `${shown(raw * 100)}%` : shown(raw);
}
