/**
 * Numbers as people type them into a cell formatted as text, or with a unit after them:
 * "150亿元", "1,234", "１２３．５" (full-width, from Chinese input methods), "12%", "-3.5".
 */

/** A number typed as text, and whatever was typed after it ("" when nothing). */
export interface TypedNumber {
  value: number;
  unit: string;
  /** Whether what followed the number was in brackets ("63（初步）", "150（亿元）"). */
  bracketed: boolean;
}

// Thousands separators only in groups of three: "1,5" is not read as 1.5 or 15, it is left as text.
const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?(?:e[+-]?\d+)?|\.\d+(?:e[+-]?\d+)?`;
const NUMBER_THEN_UNIT = new RegExp(String.raw`^([+-]?)(${NUMBER})(\D*)$`, "i");
const BRACKETED = /^[([【〔](.*)[)\]】〕]$/;

/** The text as compared: NFKC (full-width digits, ．，％（）), no whitespace, U+2212 minus as "-". */
export const compactText = (text: string): string =>
  text
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/\u2212/g, "-");

/** Reads a number at the start of the text and the unit after it; null when the text is not one. */
export function parseTypedNumber(text: string): TypedNumber | null {
  const match = NUMBER_THEN_UNIT.exec(compactText(text));
  if (!match) return null;
  const [, sign = "", digits = "", unit = ""] = match;
  const value = Number(sign + digits.replace(/,/g, ""));
  const bracketed = BRACKETED.test(unit);
  return Number.isFinite(value) ? { value, unit: unit.replace(BRACKETED, "$1"), bracketed } : null;
}

/**
 * The one number written in a text ("约150" → 150), for an example in a message; null when there are
 * several ("截至6月底35亿": 6 is no figure), or none.
 */
export function soleNumberIn(text: string): number | null {
  const found = compactText(text).match(new RegExp(NUMBER, "gi")) ?? [];
  const value = found.length === 1 ? Number(found[0]!.replace(/,/g, "")) : NaN;
  return Number.isFinite(value) ? value : null;
}

/** Drops binary floating-point noise from a conversion: 0.1 × 3 is 0.3, not 0.30000000000000004. */
export const tidy = (value: number): number => Number(value.toPrecision(15));
