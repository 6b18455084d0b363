/**
 * Number formats as Excel, WPS and LibreOffice write them: whether a format shows a date or a time,
 * so that a date typed into a figure cell is told apart from a figure (2023/6/30 is the number 45107).
 */

/** Excel's built-in date and time formats, by id, where a file gives only the id. */
const builtInDateIds = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/**
 * True for "yyyy/m/d", "m/d/yy", "[$-804]yyyy\"年\"m\"月\"d\"日\"", "h:mm", "[h]:mm:ss"; false for
 * "General", "0.00", "0.0%", "@", "#,##0", and for letters inside quotes ("0.00\"亿元\"").
 */
export function isDateFormat(format: string | number | undefined): boolean {
  if (typeof format === "number") return builtInDateIds.has(format);
  if (format === undefined) return false;
  const known = judged.get(format);
  if (known !== undefined) return known;
  const answer = judgeFormat(format);
  // A workbook holds a handful of formats, asked about once per cell; an odd file's many are not kept.
  if (judged.size < 256) judged.set(format, answer);
  return answer;
}

const judged = new Map<string, boolean>();

function judgeFormat(format: string): boolean {
  const code = format
    .split(";")[0]! // the positive section decides how a figure shows
    .replace(/"[^"]*"/g, "") // quoted text
    .replace(/\\./g, "") // escaped characters
    .replace(/\[(?!h+\]|m+\]|s+\])[^\]]*\]/gi, ""); // [Red], [$-804]; not the elapsed [h] [mm] [ss]
  if (/^general$/i.test(code.trim())) return false;
  return /[ymdhs]|[年月日时分秒]/i.test(code.replace(/E[+-]/gi, ""));
}

/** Excel's serial number (1900 date system) as a date people read: 45107 → "2023/6/30". */
export function serialAsDate(serial: number): string {
  const day = Math.floor(serial);
  // Serial 60 is Excel's phantom 29 February 1900; later serials are one day ahead of the calendar.
  const date = new Date(Date.UTC(1899, 11, 30) + day * 86_400_000);
  return `${date.getUTCFullYear()}/${date.getUTCMonth() + 1}/${date.getUTCDate()}`;
}
