/**
 * A small renderer for `Range.text`: how a value looks under a number format (General fits the
 * 11 characters of a standard-width column).
 * Covers General, 0 / 0.00 / #,##0.00, percentages, quoted literal affixes ("0.00\"万元\""),
 * a second section for negatives, text "@" and simple date codes (yyyy mm dd h:mm:ss).
 * Anything it does not understand is rendered as General.
 */

import type { CellContent } from "./values";

/** Rounds half away from zero on the decimal representation (Excel's rounding, not toFixed's). */
function roundHalfAway(n: number, decimals: number): number {
  const sign = n < 0 ? -1 : 1;
  const shifted = Number(`${Math.abs(n)}e${decimals}`);
  return sign * Number(`${Math.round(shifted)}e-${decimals}`);
}

export function formatGeneral(n: number): string {
  const abs = Math.abs(n);
  if (Number.isInteger(n) && abs < 1e11) return String(n);
  if (abs >= 1e11 || abs < 1e-9) {
    const [mantissa = "0", exp = "0"] = n.toExponential(5).split("e");
    const trimmed = mantissa.replace(/\.?0+$/, "");
    const e = Number(exp);
    return `${trimmed}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  const digitsBeforePoint = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const decimals = Math.max(0, 10 - digitsBeforePoint);
  return String(roundHalfAway(n, decimals));
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

/** Removes quoted literals and escapes, returning the pattern core plus its literal prefix/suffix. */
function splitAffixes(section: string): { prefix: string; core: string; suffix: string } {
  let prefix = "";
  let suffix = "";
  let core = "";
  let i = 0;
  while (i < section.length) {
    const ch = section[i] ?? "";
    let literal: string | null = null;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      literal = section.slice(i + 1, end < 0 ? section.length : end);
      i = end < 0 ? section.length : end + 1;
    } else if (ch === "\\") {
      literal = section[i + 1] ?? "";
      i += 2;
    } else if (ch === "_" || ch === "*") {
      i += 2; // padding directives: render nothing
      continue;
    } else if (ch === "[") {
      const end = section.indexOf("]", i);
      i = end < 0 ? section.length : end + 1; // colour / condition codes
      continue;
    } else {
      if (/[0#?.,%Ee+\-/:ymdhsAP ]/.test(ch) && !(core === "" && /[ \-+/:]/.test(ch))) {
        core += ch;
        i++;
        continue;
      }
      literal = ch;
      i++;
    }
    if (core === "") prefix += literal;
    else suffix += literal;
  }
  return { prefix, core: core.trim(), suffix };
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function formatNumeric(n: number, core: string): string | null {
  const m = /^([#,0]*0|#)(\.(0+))?(%?)$/.exec(core);
  if (!m) return null;
  const percent = m[4] === "%";
  const decimals = m[3]?.length ?? 0;
  const grouped = (m[1] ?? "").includes(",");
  const scaled = percent ? n * 100 : n;
  const rounded = roundHalfAway(Math.abs(scaled), decimals);
  const [intDigits = "0", frac = ""] = rounded.toFixed(decimals).split(".");
  let int = (m[1] ?? "") === "#" && intDigits === "0" ? "" : intDigits;
  if (grouped) int = groupThousands(int);
  return `${int}${decimals > 0 ? `.${frac}` : ""}${percent ? "%" : ""}`;
}

const DAY_MS = 86_400_000;

function formatDate(serial: number, core: string): string | null {
  if (!/[yd]/i.test(core) && !/h/i.test(core)) return null;
  // Excel's 1900 date system, including its fictitious 1900-02-29 (serial 60).
  const days = Math.floor(serial);
  const epoch = Date.UTC(1899, 11, days > 60 ? 30 : 31);
  const date = new Date(epoch + days * DAY_MS + Math.round((serial - days) * DAY_MS));
  const pad = (v: number, width: number) => String(v).padStart(width, "0");
  const parts: Record<string, string> = {
    yyyy: String(date.getUTCFullYear()),
    yy: pad(date.getUTCFullYear() % 100, 2),
    mm: pad(date.getUTCMonth() + 1, 2),
    m: String(date.getUTCMonth() + 1),
    dd: pad(date.getUTCDate(), 2),
    d: String(date.getUTCDate()),
    hh: pad(date.getUTCHours(), 2),
    h: String(date.getUTCHours()),
    ss: pad(date.getUTCSeconds(), 2),
    nn: pad(date.getUTCMinutes(), 2),
  };
  // "mm" right after an hour code (or before seconds) means minutes.
  const normalized = core.replace(/(h+[^a-z]*)mm/gi, "$1nn").replace(/mm([^a-z]*s)/gi, "nn$1");
  return normalized.replace(/yyyy|yy|mm|m|dd|d|hh|h|ss|nn/gi, (code) => parts[code.toLowerCase()] ?? code);
}

/** The text Excel would display for `content` under `numberFormat` (ignoring column width). */
export function renderText(content: CellContent, numberFormat: string): string {
  switch (content.type) {
    case "Empty":
      return "";
    case "Boolean":
      return content.value ? "TRUE" : "FALSE";
    case "Error":
    case "String":
      return String(content.value);
    case "Double":
      break;
  }
  const n = content.value as number;
  if (numberFormat === "General") return formatGeneral(n);
  const sections = splitSections(numberFormat);
  const useNegative = n < 0 && sections.length > 1;
  const section = (useNegative ? sections[1] : sections[0]) ?? "General";
  if (/^general$/i.test(section.trim()) || section.trim() === "") return formatGeneral(n);
  if (section.trim() === "@") return formatGeneral(n);
  const { prefix, core, suffix } = splitAffixes(section);
  const body = formatNumeric(useNegative ? Math.abs(n) : n, core) ?? formatDate(n, core);
  if (body === null) return formatGeneral(n);
  const sign =
    n < 0 && !useNegative && /[0#]/.test(core) && Number(body.replace(/[^0-9]/g, "")) !== 0 ? "-" : "";
  return `${sign}${prefix}${body}${suffix}`;
}
