/**
 * What a Range proxy resolves to (a sheet and one rectangle) and the cell-level reads and writes
 * shared by Range, its format objects and the test API.
 */

import {
  cellCount,
  formatAddress,
  formatRect,
  parseAddress,
  rectContains,
  rectsIntersect,
  type Rect,
} from "./address";
import { forEachPosition, type CellStyle } from "./cell-store";
import type { Engine } from "./engine";
import { invalidArgument, itemNotFound } from "./errors";
import { assertCanWrite, findName, findSheet, sheetById, type SheetState, type WorkbookState } from "./state";
import { EMPTY, parseInput, readGridInput, shiftFormula, type CellContent, type ParsedInput } from "./values";

export interface RangeRef {
  readonly sheet: SheetState;
  readonly rect: Rect;
}

export function checkSheetAlive(sheet: SheetState, location: string): void {
  if (sheet.deleted) throw itemNotFound(location, `worksheet '${sheet.name}' has been deleted`);
}

export function rangeAddress(ref: RangeRef): string {
  return formatAddress(ref.sheet.name, ref.rect);
}

/** Resolves `worksheet.getRange(address)`; a sheet prefix must name this sheet. */
export function rangeOnSheet(sheet: SheetState, address: unknown, location: string): RangeRef {
  if (typeof address !== "string") throw invalidArgument(location, "the address must be a string");
  const parsed = parseAddress(address);
  if (!parsed) throw invalidArgument(location, `'${address}' is not a valid single-area A1 address`);
  if (parsed.sheet !== null && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
    throw invalidArgument(location, `'${address}' refers to another sheet than '${sheet.name}'`);
  }
  return { sheet, rect: parsed.rect };
}

/** Resolves "Sheet!A1:B2", "A1:B2" (on `sheet`) or a defined name that refers to a range. */
export function resolveReference(wb: WorkbookState, sheet: SheetState | null, text: string): RangeRef | null {
  const trimmed = text.trim().replace(/^=/, "");
  const parsed = parseAddress(trimmed);
  if (parsed) {
    const target = parsed.sheet === null ? sheet : (findSheet(wb, parsed.sheet) ?? null);
    return target ? { sheet: target, rect: parsed.rect } : null;
  }
  const name = findName(wb, trimmed);
  if (name && !name.deleted && name.ref.kind === "range") {
    const target = sheetById(wb, name.ref.sheetId);
    return target && !target.deleted ? { sheet: target, rect: name.ref.rect } : null;
  }
  return null;
}

/** What a cell shows as its value: the constant, or a formula's computed result (EMPTY if none). */
export function displayed(sheet: SheetState, row: number, col: number): CellContent {
  const rec = sheet.cells.peek(row, col);
  if (!rec) return EMPTY;
  if (rec.formula !== null) return rec.computed ?? EMPTY;
  return rec.content;
}

export function contentsOf(ref: RangeRef): CellContent[] {
  const out: CellContent[] = [];
  forEachPosition(ref.rect, (r, c) => out.push(displayed(ref.sheet, r, c)));
  return out;
}

export function grid<T>(ref: RangeRef, read: (row: number, col: number) => T): T[][] {
  const rows: T[][] = [];
  for (let r = ref.rect.row; r < ref.rect.row + ref.rect.rowCount; r++) {
    const row: T[] = [];
    for (let c = ref.rect.col; c < ref.rect.col + ref.rect.colCount; c++) row.push(read(r, c));
    rows.push(row);
  }
  return rows;
}

export function mergeAreaAt(sheet: SheetState, row: number, col: number): Rect | null {
  return sheet.merges.find((m) => rectContains(m, row, col)) ?? null;
}

/**
 * The styles present in `rect`. Every cell for ordinary ranges; for huge ranges (whole columns)
 * the stored cells plus a few untouched positions — an approximation that is exact unless layers
 * of whole-column formatting overlap in complicated ways.
 */
export function stylesIn(sheet: SheetState, rect: Rect): CellStyle[] {
  const styles: CellStyle[] = [];
  if (cellCount(rect) <= 65_536) {
    forEachPosition(rect, (r, c) => styles.push(sheet.cells.styleAt(r, c)));
    return styles;
  }
  sheet.cells.forEachExisting(rect, (_r, _c, rec) => styles.push(rec.style));
  const lastRow = rect.row + rect.rowCount - 1;
  const lastCol = rect.col + rect.colCount - 1;
  for (const [r, c] of [
    [lastRow, lastCol],
    [lastRow, rect.col],
    [rect.row, lastCol],
  ] as const) {
    if (!sheet.cells.peek(r, c)) styles.push(sheet.cells.styleAt(r, c));
  }
  return styles;
}

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The common value of `pick` over the range, or null when cells differ (Excel's rule). */
export function uniformStyle<T>(sheet: SheetState, rect: Rect, pick: (style: CellStyle) => T): T | null {
  const styles = stylesIn(sheet, rect);
  const first = styles[0];
  if (!first) return null;
  const value = pick(first);
  return styles.every((s) => same(pick(s), value)) ? value : null;
}

/** Writes a values/formulas/… 2D input (or a scalar for every cell) as Excel parses input. */
export function writeContents(engine: Engine, ref: RangeRef, input: unknown, location: string): void {
  const { sheet, rect } = ref;
  const gridInput = readGridInput(input, rect.rowCount, rect.colCount);
  if (typeof gridInput === "string") throw invalidArgument(location, gridInput);
  assertCanWrite(sheet, rect, "contents", location);
  const parsed: ParsedInput[] = [];
  forEachPosition(rect, (r, c) => {
    const raw = gridInput.kind === "scalar" ? gridInput.value : gridInput.rows[r - rect.row]?.[c - rect.col];
    let entry = parseInput(raw, sheet.cells.styleAt(r, c).numberFormat);
    if (entry.kind === "invalid") {
      throw invalidArgument(
        location,
        `${formatAddress(sheet.name, { row: r, col: c, rowCount: 1, colCount: 1 })}: ${entry.reason}`,
      );
    }
    if (entry.kind === "formula" && gridInput.kind === "scalar") {
      entry = { kind: "formula", formula: shiftFormula(entry.formula, r - rect.row, c - rect.col) };
    }
    parsed.push(entry);
  });
  const single = cellCount(rect) === 1;
  const before = single ? displayed(sheet, rect.row, rect.col) : undefined;
  const warnings = new Map<string, number>();
  let i = 0;
  forEachPosition(rect, (r, c) => {
    const entry = parsed[i++];
    if (!entry || entry.kind === "invalid") return;
    if (entry.kind === "skip") {
      if (entry.warning) warnings.set(entry.warning, (warnings.get(entry.warning) ?? 0) + 1);
      return;
    }
    const rec = sheet.cells.ensure(r, c);
    rec.computed = null;
    if (entry.kind === "formula") {
      rec.formula = entry.formula;
      rec.content = EMPTY;
      return;
    }
    rec.formula = null;
    rec.content = entry.content;
    if (entry.autoFormat && rec.style.numberFormat === "General")
      rec.style = { ...rec.style, numberFormat: entry.autoFormat };
  });
  for (const [warning, count] of warnings) {
    engine.warn(`${location} ${rangeAddress(ref)}: ${count} entr${count === 1 ? "y" : "ies"}: ${warning}`);
  }
  const after = single ? displayed(sheet, rect.row, rect.col) : undefined;
  engine.recordApiChange({ sheetId: sheet.id, rect, ...(single ? { before, after } : {}) });
}

export function clearContents(sheet: SheetState, rect: Rect): void {
  sheet.cells.forEachExisting(rect, (_r, _c, rec) => {
    rec.content = EMPTY;
    rec.formula = null;
    rec.computed = null;
  });
}

export function unmergeIntersecting(sheet: SheetState, rect: Rect): void {
  sheet.merges = sheet.merges.filter((m) => !rectsIntersect(m, rect));
}

export function describeRect(sheet: SheetState, rect: Rect): string {
  return `${sheet.name}!${formatRect(rect)}`;
}
