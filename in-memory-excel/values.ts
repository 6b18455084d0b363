/**
 * Cell values and how Excel interprets what an add-in (or a user) writes into a cell.
 *
 * Office.js ships values to Excel as JSON, and Excel then parses each entry like typed input:
 * "12" becomes the number 12, "TRUE" a boolean, "#N/A" an error, "=…"/"+…"/"-…" a formula,
 * "'text" a string without the apostrophe — unless the cell's number format is text ("@").
 * `null` (and whatever JSON turns into null: undefined, NaN, ±Infinity) leaves a cell unchanged.
 */

import { columnIndex, columnLetters } from "./address";

export type CellScalar = string | number | boolean;
export type ValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

export interface CellContent {
  readonly value: CellScalar;
  readonly type: ValueType;
}

export const EMPTY: CellContent = { value: "", type: "Empty" };

export const ERROR_LITERALS: readonly string[] = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#BUSY!",
  "#CONNECT!",
  "#UNKNOWN!",
  "#EXTERNAL!",
];

export function errorLiteral(text: string): string | null {
  const upper = text.toUpperCase();
  return ERROR_LITERALS.find((e) => e === upper) ?? null;
}

/** Describes a value of a known JS type; used for raw (test API) writes. */
export function describeScalar(value: CellScalar): CellContent {
  if (typeof value === "number") return { value, type: "Double" };
  if (typeof value === "boolean") return { value, type: "Boolean" };
  if (value === "") return EMPTY;
  const err = errorLiteral(value);
  return err ? { value: err, type: "Error" } : { value, type: "String" };
}

/** One entry of a values/formulas array after JSON transport and Excel's input parsing. */
export type ParsedInput =
  | { readonly kind: "skip"; readonly warning?: string }
  | { readonly kind: "content"; readonly content: CellContent; readonly autoFormat?: string }
  | { readonly kind: "formula"; readonly formula: string }
  | { readonly kind: "invalid"; readonly reason: string };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+(\.\d*)?|\.\d+)%$/;

/** What JSON.stringify does to an entry of a 2D array (Office.js's transport). */
export function jsonTransport(raw: unknown): { value: unknown; warning?: string } {
  if (raw === null) return { value: null };
  if (raw === undefined) return { value: null, warning: "undefined was sent as null (cell left unchanged)" };
  if (typeof raw === "number" && !Number.isFinite(raw)) {
    return { value: null, warning: `${String(raw)} was sent as null (cell left unchanged)` };
  }
  if (raw instanceof Date) {
    return {
      value: Number.isNaN(raw.getTime()) ? null : raw.toJSON(),
      warning: "a Date was sent as its ISO string (Excel stores it as text, not a date)",
    };
  }
  if (typeof raw === "function" || typeof raw === "symbol") {
    return { value: null, warning: `a ${typeof raw} was sent as null (cell left unchanged)` };
  }
  return { value: raw };
}

/** Parses one entry the way Excel parses input into a cell whose number format is `numberFormat`. */
export function parseInput(raw: unknown, numberFormat: string): ParsedInput {
  const { value, warning } = jsonTransport(raw);
  if (value === null) return warning === undefined ? { kind: "skip" } : { kind: "skip", warning };
  if (typeof value === "number")
    return { kind: "content", content: { value: Object.is(value, -0) ? 0 : value, type: "Double" } };
  if (typeof value === "boolean") return { kind: "content", content: { value, type: "Boolean" } };
  if (typeof value !== "string")
    return { kind: "invalid", reason: `a cell value cannot be a ${typeof value}` };
  return parseText(value, numberFormat);
}

export function parseText(text: string, numberFormat: string): ParsedInput {
  if (text === "") return { kind: "content", content: EMPTY };
  if (numberFormat === "@") return { kind: "content", content: { value: text, type: "String" } };
  if (text.startsWith("'")) {
    const rest = text.slice(1);
    return { kind: "content", content: rest === "" ? EMPTY : { value: rest, type: "String" } };
  }
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return { kind: "content", content: { value: Number(trimmed), type: "Double" } };
  if (PERCENT.test(trimmed)) {
    const body = trimmed.slice(0, -1);
    const decimals = body.includes(".") ? "0.00%" : "0%";
    return { kind: "content", content: { value: Number(body) / 100, type: "Double" }, autoFormat: decimals };
  }
  if (text.startsWith("=")) {
    if (text.length === 1) return { kind: "invalid", reason: "'=' alone is not a formula" };
    return { kind: "formula", formula: text };
  }
  if (text.startsWith("+") || text.startsWith("-")) return { kind: "formula", formula: `=${text}` };
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE")
    return { kind: "content", content: { value: upper === "TRUE", type: "Boolean" } };
  const err = errorLiteral(trimmed);
  if (err) return { kind: "content", content: { value: err, type: "Error" } };
  return { kind: "content", content: { value: text, type: "String" } };
}

/** What a 2D setter received: a scalar applied to every cell, or a grid that must match the range. */
export type GridInput =
  | { readonly kind: "scalar"; readonly value: unknown }
  | { readonly kind: "grid"; readonly rows: unknown[][] };

export function readGridInput(input: unknown, rowCount: number, colCount: number): GridInput | string {
  if (!Array.isArray(input)) {
    if (input !== null && typeof input === "object" && !(input instanceof Date)) return "expected a 2D array";
    return { kind: "scalar", value: input };
  }
  if (input.length !== rowCount) {
    return `the array has ${input.length} row(s) but the range has ${rowCount}`;
  }
  const rows: unknown[][] = [];
  for (let r = 0; r < input.length; r++) {
    const row: unknown = input[r];
    if (!Array.isArray(row)) return `row ${r} of the array is not an array`;
    if (row.length !== colCount)
      return `row ${r} of the array has ${row.length} column(s) but the range has ${colCount}`;
    rows.push(row);
  }
  return { kind: "grid", rows };
}

/**
 * Shifts the relative A1 references of `formula` by (dRow, dCol), as Excel does when one formula is
 * written to many cells. Text inside double quotes is left alone. Approximate: it does not know
 * defined names that look like references, and skips whole-column/row references.
 */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  const parts = formula.split('"');
  for (let i = 0; i < parts.length; i += 2) {
    parts[i] = (parts[i] ?? "").replace(
      /(^|[^A-Za-z0-9_.$'])(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_(!])/g,
      (_m: string, pre: string, colAbs: string, letters: string, rowAbs: string, digits: string) => {
        const col = colAbs ? columnIndex(letters) : columnIndex(letters) + dCol;
        const row = rowAbs ? Number(digits) : Number(digits) + dRow;
        if (col < 0 || row < 1) return `${pre}#REF!`;
        return `${pre}${colAbs}${columnLetters(col)}${rowAbs}${row}`;
      },
    );
  }
  return parts.join('"');
}

/** Deep copy of JSON-like data (arrays, plain objects, Dates, primitives). */
export function cloneData<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => cloneData(v)) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = cloneData(v);
    return out as T;
  }
  return value;
}
