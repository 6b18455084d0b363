/** A1 notation for the layout's 0-based rows and columns, and sheet references in formulas. */

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(column: number): string {
  let rest = column + 1;
  let letters = "";
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** (6, 5) → "F7". */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/** (3, 0, 43, 19) → "A4:T44". */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  return `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}

/** (2, 0, 43, 19) → "$A$3:$T$44". */
export function absoluteRange(top: number, left: number, bottom: number, right: number): string {
  const corner = (row: number, column: number) => `$${columnLetter(column)}$${row + 1}`;
  return `${corner(top, left)}:${corner(bottom, right)}`;
}

/** A sheet name as formulas quote it: always in single quotes, quotes inside doubled. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export interface Rectangle {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "F7" → { row: 6, column: 5 } (0-based). */
export function parseCell(address: string): { row: number; column: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!match) throw new Error(`不是 A1 单元格地址：${address}`);
  const [, letters = "", digits = ""] = match;
  const column = [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(digits) - 1, column };
}

/** "E4:E44" (or "E4") → its 0-based corners. */
export function rectangleOf(range: string): Rectangle {
  const [first = "", second = first] = range.split(":");
  const start = parseCell(first);
  const end = parseCell(second);
  return { top: start.row, left: start.column, bottom: end.row, right: end.column };
}
