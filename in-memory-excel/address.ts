/**
 * A1 addresses: parsing, formatting, sheet-name quoting and the naming rules Excel enforces.
 * Rows and columns are 0-based internally; a `Rect` is always a single rectangular area.
 */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rowCount: number;
  readonly colCount: number;
}

export interface ParsedAddress {
  /** The sheet prefix, unquoted, or null when the address had none. */
  readonly sheet: string | null;
  readonly rect: Rect;
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?([0-9]{1,7})$/;

type Part =
  { kind: "cell"; row: number; col: number } | { kind: "col"; col: number } | { kind: "row"; row: number };

function parsePart(text: string): Part | null {
  let m = CELL.exec(text);
  if (m) return { kind: "cell", col: columnIndex(m[1] ?? ""), row: Number(m[2]) - 1 };
  m = COLUMN.exec(text);
  if (m) return { kind: "col", col: columnIndex(m[1] ?? "") };
  m = ROW.exec(text);
  if (m) return { kind: "row", row: Number(m[1]) - 1 };
  return null;
}

function inGrid(rect: Rect): boolean {
  return (
    rect.row >= 0 &&
    rect.col >= 0 &&
    rect.rowCount >= 1 &&
    rect.colCount >= 1 &&
    rect.row + rect.rowCount <= MAX_ROWS &&
    rect.col + rect.colCount <= MAX_COLUMNS
  );
}

export function isInGrid(rect: Rect): boolean {
  return inGrid(rect);
}

function splitSheet(address: string): { sheet: string | null; local: string } | null {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  const prefix = address.slice(0, bang);
  const local = address.slice(bang + 1);
  if (prefix.startsWith("'")) {
    if (!prefix.endsWith("'") || prefix.length < 3) return null;
    const inner = prefix.slice(1, -1);
    if (/(^|[^'])'([^']|$)/.test(inner)) return null; // lone quote inside a quoted name
    return { sheet: inner.replace(/''/g, "'"), local };
  }
  if (prefix.length === 0 || /[\s'!]/.test(prefix)) return null;
  return { sheet: prefix, local };
}

/** Parses "A1", "$A$1", "A1:C3", "A:C", "1:3" with an optional "Sheet!" / "'My sheet'!" prefix. */
export function parseAddress(address: string): ParsedAddress | null {
  const split = splitSheet(address.trim());
  if (!split) return null;
  const pieces = split.local.split(":");
  if (pieces.length < 1 || pieces.length > 2) return null;
  const a = parsePart(pieces[0] ?? "");
  const b = pieces.length === 2 ? parsePart(pieces[1] ?? "") : a;
  if (!a || !b) return null;
  let rect: Rect;
  if (a.kind === "cell" && b.kind === "cell") {
    const row = Math.min(a.row, b.row);
    const col = Math.min(a.col, b.col);
    rect = { row, col, rowCount: Math.abs(a.row - b.row) + 1, colCount: Math.abs(a.col - b.col) + 1 };
  } else if (a.kind === "col" && b.kind === "col" && pieces.length === 2) {
    const col = Math.min(a.col, b.col);
    rect = { row: 0, col, rowCount: MAX_ROWS, colCount: Math.abs(a.col - b.col) + 1 };
  } else if (a.kind === "row" && b.kind === "row" && pieces.length === 2) {
    const row = Math.min(a.row, b.row);
    rect = { row, col: 0, rowCount: Math.abs(a.row - b.row) + 1, colCount: MAX_COLUMNS };
  } else {
    return null;
  }
  return inGrid(rect) ? { sheet: split.sheet, rect } : null;
}

export function isWholeColumns(rect: Rect): boolean {
  return rect.row === 0 && rect.rowCount === MAX_ROWS;
}

export function isWholeRows(rect: Rect): boolean {
  return rect.col === 0 && rect.colCount === MAX_COLUMNS;
}

/** "A1", "A1:C3", "A:C", "1:3" — with `$` markers when `absolute`. */
export function formatRect(rect: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  const lastRow = rect.row + rect.rowCount;
  const lastCol = rect.col + rect.colCount - 1;
  if (isWholeRows(rect)) return `${d}${rect.row + 1}:${d}${lastRow}`;
  if (isWholeColumns(rect)) return `${d}${columnLetters(rect.col)}:${d}${columnLetters(lastCol)}`;
  const first = `${d}${columnLetters(rect.col)}${d}${rect.row + 1}`;
  if (rect.rowCount === 1 && rect.colCount === 1) return first;
  return `${first}:${d}${columnLetters(lastCol)}${d}${lastRow}`;
}

const LOOKS_LIKE_A1 = /^[A-Za-z]{1,3}[0-9]+$/;
const LOOKS_LIKE_R1C1 = /^([Rr][0-9]*)?([Cc][0-9]*)?$/;

/**
 * Excel writes a sheet name bare when it is made of letters (any script), digits, `_` and `.`,
 * starts with a letter or `_`, and cannot be read as a cell reference; otherwise it quotes it
 * and doubles embedded apostrophes. So `附件2!A1` but `'My sheet'!A1`, `'2021'!A1`, `'A1'!A1`.
 */
export function quoteSheetName(name: string): string {
  const bare =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !LOOKS_LIKE_A1.test(name) && !LOOKS_LIKE_R1C1.test(name);
  return bare ? name : `'${name.replace(/'/g, "''")}'`;
}

export function formatAddress(sheetName: string, rect: Rect, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${formatRect(rect, absolute)}`;
}

/** Why Excel would refuse `name` as a worksheet name, or null when it is acceptable. */
export function sheetNameProblem(name: unknown): string | null {
  if (typeof name !== "string") return "a worksheet name must be a string";
  if (name.length === 0) return "a worksheet name cannot be empty";
  if (name.length > 31) return `worksheet name '${name}' is longer than 31 characters`;
  if (/[[\]:*?/\\]/.test(name)) return `worksheet name '${name}' contains one of [ ] : * ? / \\`;
  if (name.startsWith("'") || name.endsWith("'"))
    return `worksheet name '${name}' begins or ends with an apostrophe`;
  if (name.toLowerCase() === "history") return "'History' is a name Excel reserves";
  return null;
}

/** Why Excel would refuse `name` as a defined name, or null when it is acceptable. */
export function definedNameProblem(name: unknown): string | null {
  if (typeof name !== "string" || name.length === 0) return "a name must be a non-empty string";
  if (name.length > 255) return `name '${name}' is longer than 255 characters`;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u.test(name)) {
    return `name '${name}' must start with a letter, '_' or '\\' and contain no spaces or punctuation`;
  }
  if (/^[A-Za-z]{1,3}[0-9]{1,7}$/.test(name) && parseAddress(name))
    return `name '${name}' is a cell reference`;
  if (LOOKS_LIKE_R1C1.test(name)) return `name '${name}' is an R1C1 reference`;
  return null;
}

export function rectContains(outer: Rect, row: number, col: number): boolean {
  return (
    row >= outer.row &&
    row < outer.row + outer.rowCount &&
    col >= outer.col &&
    col < outer.col + outer.colCount
  );
}

export function rectsIntersect(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.col < b.col + b.colCount &&
    b.col < a.col + a.colCount
  );
}

export function rectInside(inner: Rect, outer: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rowCount <= outer.row + outer.rowCount &&
    inner.col + inner.colCount <= outer.col + outer.colCount
  );
}

export function intersection(a: Rect, b: Rect): Rect | null {
  if (!rectsIntersect(a, b)) return null;
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rowEnd = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const colEnd = Math.min(a.col + a.colCount, b.col + b.colCount);
  return { row, col, rowCount: rowEnd - row, colCount: colEnd - col };
}

export function cellCount(rect: Rect): number {
  return rect.rowCount * rect.colCount;
}
