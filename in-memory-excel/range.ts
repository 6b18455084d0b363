/**
 * Excel.Range: address and size, values / formulas / numberFormat / text / valueTypes, the
 * sub-range accessors, merge / unmerge, clear and select. Formatting lives in range-format.ts.
 */

import {
  cellCount,
  formatAddress,
  intersection,
  isInGrid,
  isWholeColumns,
  isWholeRows,
  MAX_COLUMNS,
  MAX_ROWS,
  parseAddress,
  type Rect,
} from "./address";
import { FORMAT_RESET, forEachPosition, type CellStyle } from "./cell-store";
import type { Engine } from "./engine";
import { invalidArgument, invalidOperation, itemNotFound } from "./errors";
import { renderText } from "./number-format";
import { NULL_OBJECT, defineType, nodeOf, type Node, type Spec } from "./proxy";
import { dataValidationSpec, rangeFormatSpec } from "./range-format";
import {
  checkSheetAlive,
  clearContents,
  displayed,
  grid,
  rangeAddress,
  unmergeIntersecting,
  writeContents,
  type RangeRef,
} from "./range-ref";
import { worksheetSpec } from "./sheet";
import { assertCanWrite, findSheet } from "./state";
import { readGridInput } from "./values";

function integer(value: unknown, location: string, name: string): number {
  if (typeof value !== "number" || !Number.isInteger(value))
    throw invalidArgument(location, `${name} must be an integer`);
  return value;
}

function subRange(
  node: Node,
  member: string,
  args: readonly unknown[],
  compute: (p: RangeRef, location: string) => Rect,
): Node {
  return node.derive<RangeRef>(rangeSpec, member, args, (parent, location) => {
    const rect = compute(parent, location);
    if (!isInGrid(rect))
      throw invalidArgument(location, "the resulting range would lie outside the worksheet");
    return { sheet: parent.sheet, rect };
  });
}

/** Resolves a Range proxy or an address string given as an argument, relative to `base`'s sheet. */
export function rangeArgument(node: Node, value: unknown, base: RangeRef, location: string): RangeRef {
  const other = nodeOf(value);
  if (other) {
    if (other.ctx !== node.ctx)
      throw invalidArgument(location, "the range comes from another request context");
    const target = other.resolve(location);
    if (target === NULL_OBJECT) throw invalidArgument(location, "the range is a null object");
    return target as RangeRef;
  }
  if (typeof value === "string") {
    const parsed = parseAddress(value);
    if (!parsed) throw invalidArgument(location, `'${value}' is not a valid address`);
    const sheet = parsed.sheet === null ? base.sheet : findSheet(node.engine.state, parsed.sheet);
    if (!sheet) throw invalidArgument(location, `no worksheet named '${parsed.sheet ?? ""}'`);
    return { sheet, rect: parsed.rect };
  }
  throw invalidArgument(location, "expected a Range or an address string");
}

function readValues(ref: RangeRef, engine: Engine): unknown[][] {
  let uncomputed = 0;
  const rows = grid(ref, (r, c) => {
    const rec = ref.sheet.cells.peek(r, c);
    if (rec?.formula != null && rec.computed === null) uncomputed++;
    return displayed(ref.sheet, r, c).value;
  });
  if (uncomputed > 0) {
    engine.warn(
      `Range.values ${rangeAddress(ref)}: ${uncomputed} formula cell(s) read as "" — the emulator does not calculate (use setComputedValue)`,
    );
  }
  return rows;
}

function writeNumberFormat(ref: RangeRef, input: unknown, location: string): void {
  const { sheet, rect } = ref;
  const g = readGridInput(input, rect.rowCount, rect.colCount);
  if (typeof g === "string") throw invalidArgument(location, g);
  assertCanWrite(sheet, rect, "format", location);
  if (g.kind === "scalar") {
    if (g.value === null || g.value === undefined) return;
    if (typeof g.value !== "string") throw invalidArgument(location, "a number format must be a string");
    sheet.cells.patchStyle(rect, { numberFormat: g.value });
    return;
  }
  for (const row of g.rows) {
    for (const f of row) {
      if (f !== null && f !== undefined && typeof f !== "string")
        throw invalidArgument(location, "a number format must be a string");
    }
  }
  // Cells that had one style and get one format share the patched style (as patchStyle shares within a
  // range), so later formatting of the range patches a few styles instead of one per cell.
  const shared = new Map<string, Map<CellStyle, CellStyle>>();
  forEachPosition(rect, (r, c) => {
    const f = g.rows[r - rect.row]?.[c - rect.col];
    if (typeof f !== "string") return;
    const rec = sheet.cells.ensure(r, c);
    const byStyle = shared.get(f) ?? new Map<CellStyle, CellStyle>();
    shared.set(f, byStyle);
    const next = byStyle.get(rec.style) ?? { ...rec.style, numberFormat: f };
    byStyle.set(rec.style, next);
    rec.style = next;
  });
}

const CLEAR_KINDS = ["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks", "ResetContents"];

function clear(engine: Engine, ref: RangeRef, applyTo: unknown, location: string): void {
  const kind = applyTo === undefined ? "All" : String(applyTo);
  if (!CLEAR_KINDS.includes(kind))
    throw invalidArgument(location, `applyTo must be one of ${CLEAR_KINDS.join(", ")}`);
  const { sheet, rect } = ref;
  const contents = kind === "All" || kind === "Contents" || kind === "ResetContents";
  const formats = kind === "All" || kind === "Formats";
  if (contents) assertCanWrite(sheet, rect, "contents", location);
  if (formats) assertCanWrite(sheet, rect, "format", location);
  const single = cellCount(rect) === 1;
  const before = single ? displayed(sheet, rect.row, rect.col) : undefined;
  if (contents) clearContents(sheet, rect);
  if (formats) {
    sheet.cells.patchStyle(rect, FORMAT_RESET);
    unmergeIntersecting(sheet, rect);
  }
  if (contents) {
    engine.recordApiChange({
      sheetId: sheet.id,
      rect,
      ...(single ? { before, after: displayed(sheet, rect.row, rect.col) } : {}),
    });
  }
}

function merge(ref: RangeRef, across: unknown, location: string): void {
  const { sheet, rect } = ref;
  assertCanWrite(sheet, rect, "merge", location);
  const areas: Rect[] =
    across === true
      ? Array.from({ length: rect.rowCount }, (_, i) => ({ ...rect, row: rect.row + i, rowCount: 1 }))
      : [rect];
  for (const area of areas) {
    if (cellCount(area) < 2) continue;
    unmergeIntersecting(sheet, area);
    // Excel keeps only the upper-left value of a merged area.
    sheet.cells.forEachExisting(area, (r, c, rec) => {
      if (r === area.row && c === area.col) return;
      rec.content = { value: "", type: "Empty" };
      rec.formula = null;
      rec.computed = null;
    });
    sheet.merges.push(area);
  }
}

export const rangeSpec: Spec = defineType<RangeRef>({
  name: "Range",
  check: (ref, location) => checkSheetAlive(ref.sheet, location),
  scalars: {
    address: { get: (ref) => rangeAddress(ref) },
    addressLocal: { get: (ref) => rangeAddress(ref) },
    cellCount: { get: (ref) => cellCount(ref.rect) },
    rowIndex: { get: (ref) => ref.rect.row },
    columnIndex: { get: (ref) => ref.rect.col },
    rowCount: { get: (ref) => ref.rect.rowCount },
    columnCount: { get: (ref) => ref.rect.colCount },
    isEntireColumn: { get: (ref) => isWholeColumns(ref.rect) },
    isEntireRow: { get: (ref) => isWholeRows(ref.rect) },
    values: {
      get: (ref, engine) => readValues(ref, engine),
      set: (ref, value, engine, location) => writeContents(engine, ref, value, location),
    },
    formulas: {
      get: (ref) =>
        grid(ref, (r, c) => {
          const rec = ref.sheet.cells.peek(r, c);
          return rec?.formula ?? rec?.content.value ?? "";
        }),
      set: (ref, value, engine, location) => writeContents(engine, ref, value, location),
    },
    numberFormat: {
      get: (ref) => grid(ref, (r, c) => ref.sheet.cells.styleAt(r, c).numberFormat),
      set: (ref, value, _engine, location) => writeNumberFormat(ref, value, location),
    },
    text: {
      get: (ref) =>
        grid(ref, (r, c) =>
          renderText(displayed(ref.sheet, r, c), ref.sheet.cells.styleAt(r, c).numberFormat),
        ),
    },
    valueTypes: { get: (ref) => grid(ref, (r, c) => displayed(ref.sheet, r, c).type) },
  },
  navs: {
    format: {
      spec: () => rangeFormatSpec,
      make: (parent) => parent.derive<RangeRef>(rangeFormatSpec, "format", [], (ref) => ref),
    },
    dataValidation: {
      spec: () => dataValidationSpec,
      make: (parent) => parent.derive<RangeRef>(dataValidationSpec, "dataValidation", [], (ref) => ref),
    },
    worksheet: {
      spec: () => worksheetSpec,
      make: (parent) => parent.derive<RangeRef>(worksheetSpec, "worksheet", [], (ref) => ref.sheet),
    },
  },
  methods: {
    getCell: (node, row, column) =>
      subRange(node, "getCell", [row, column], ({ rect }, l) => ({
        row: rect.row + integer(row, l, "row"),
        col: rect.col + integer(column, l, "column"),
        rowCount: 1,
        colCount: 1,
      })),
    getOffsetRange: (node, rowOffset, columnOffset) =>
      subRange(node, "getOffsetRange", [rowOffset, columnOffset], ({ rect }, l) => ({
        ...rect,
        row: rect.row + integer(rowOffset, l, "rowOffset"),
        col: rect.col + integer(columnOffset, l, "columnOffset"),
      })),
    getResizedRange: (node, deltaRows, deltaColumns) =>
      subRange(node, "getResizedRange", [deltaRows, deltaColumns], ({ rect }, l) => ({
        ...rect,
        rowCount: rect.rowCount + integer(deltaRows, l, "deltaRows"),
        colCount: rect.colCount + integer(deltaColumns, l, "deltaColumns"),
      })),
    getRow: (node, index) =>
      subRange(node, "getRow", [index], ({ rect }, l) => {
        const i = integer(index, l, "row");
        if (i < 0 || i >= rect.rowCount) throw invalidArgument(l, `row ${i} is outside the range`);
        return { ...rect, row: rect.row + i, rowCount: 1 };
      }),
    getColumn: (node, index) =>
      subRange(node, "getColumn", [index], ({ rect }, l) => {
        const i = integer(index, l, "column");
        if (i < 0 || i >= rect.colCount) throw invalidArgument(l, `column ${i} is outside the range`);
        return { ...rect, col: rect.col + i, colCount: 1 };
      }),
    getEntireRow: (node) =>
      subRange(node, "getEntireRow", [], ({ rect }) => ({ ...rect, col: 0, colCount: MAX_COLUMNS })),
    getEntireColumn: (node) =>
      subRange(node, "getEntireColumn", [], ({ rect }) => ({ ...rect, row: 0, rowCount: MAX_ROWS })),
    getLastRow: (node) =>
      subRange(node, "getLastRow", [], ({ rect }) => ({
        ...rect,
        row: rect.row + rect.rowCount - 1,
        rowCount: 1,
      })),
    getLastColumn: (node) =>
      subRange(node, "getLastColumn", [], ({ rect }) => ({
        ...rect,
        col: rect.col + rect.colCount - 1,
        colCount: 1,
      })),
    getLastCell: (node) =>
      subRange(node, "getLastCell", [], ({ rect }) => ({
        row: rect.row + rect.rowCount - 1,
        col: rect.col + rect.colCount - 1,
        rowCount: 1,
        colCount: 1,
      })),
    getRowsAbove: (node, count = 1) =>
      subRange(node, "getRowsAbove", [count], ({ rect }, l) => {
        const n = integer(count, l, "count");
        return { ...rect, row: rect.row - n, rowCount: n };
      }),
    getRowsBelow: (node, count = 1) =>
      subRange(node, "getRowsBelow", [count], ({ rect }, l) => ({
        ...rect,
        row: rect.row + rect.rowCount,
        rowCount: integer(count, l, "count"),
      })),
    getColumnsBefore: (node, count = 1) =>
      subRange(node, "getColumnsBefore", [count], ({ rect }, l) => {
        const n = integer(count, l, "count");
        return { ...rect, col: rect.col - n, colCount: n };
      }),
    getColumnsAfter: (node, count = 1) =>
      subRange(node, "getColumnsAfter", [count], ({ rect }, l) => ({
        ...rect,
        col: rect.col + rect.colCount,
        colCount: integer(count, l, "count"),
      })),
    getBoundingRect: (node, other) =>
      node.derive<RangeRef>(rangeSpec, "getBoundingRect", [other], (ref, l) => {
        const o = rangeArgument(node, other, ref, l);
        if (o.sheet !== ref.sheet) throw invalidArgument(l, "the ranges are on different worksheets");
        const row = Math.min(ref.rect.row, o.rect.row);
        const col = Math.min(ref.rect.col, o.rect.col);
        const rowEnd = Math.max(ref.rect.row + ref.rect.rowCount, o.rect.row + o.rect.rowCount);
        const colEnd = Math.max(ref.rect.col + ref.rect.colCount, o.rect.col + o.rect.colCount);
        return { sheet: ref.sheet, rect: { row, col, rowCount: rowEnd - row, colCount: colEnd - col } };
      }),
    getIntersection: (node, other) =>
      node.derive<RangeRef>(rangeSpec, "getIntersection", [other], (ref, l) => {
        const o = rangeArgument(node, other, ref, l);
        const rect = o.sheet === ref.sheet ? intersection(ref.rect, o.rect) : null;
        if (!rect) throw itemNotFound(l, "the ranges do not intersect");
        return { sheet: ref.sheet, rect };
      }),
    getIntersectionOrNullObject: (node, other) =>
      node.deriveOrNull<RangeRef>(rangeSpec, "getIntersectionOrNullObject", [other], (ref, l) => {
        const o = rangeArgument(node, other, ref, l);
        const rect = o.sheet === ref.sheet ? intersection(ref.rect, o.rect) : null;
        return rect ? { sheet: ref.sheet, rect } : NULL_OBJECT;
      }),
    getUsedRange: (node, valuesOnly) =>
      node.derive<RangeRef>(rangeSpec, "getUsedRange", [valuesOnly], (ref, l) => {
        const used = ref.sheet.cells.usedRect(valuesOnly === true);
        const rect = used ? intersection(used, ref.rect) : null;
        if (!rect) throw itemNotFound(l, `no used cells in ${rangeAddress(ref)}`);
        return { sheet: ref.sheet, rect };
      }),
    getUsedRangeOrNullObject: (node, valuesOnly) =>
      node.deriveOrNull<RangeRef>(rangeSpec, "getUsedRangeOrNullObject", [valuesOnly], (ref) => {
        const used = ref.sheet.cells.usedRect(valuesOnly === true);
        const rect = used ? intersection(used, ref.rect) : null;
        return rect ? { sheet: ref.sheet, rect } : NULL_OBJECT;
      }),
    merge: (node, across) => {
      node.queue<RangeRef>("merge", (ref, _e, l) => merge(ref, across, l));
    },
    unmerge: (node) => {
      node.queue<RangeRef>("unmerge", (ref, _e, l) => {
        assertCanWrite(ref.sheet, ref.rect, "merge", l);
        unmergeIntersecting(ref.sheet, ref.rect);
      });
    },
    clear: (node, applyTo) => {
      node.queue<RangeRef>("clear", (ref, engine, l) => clear(engine, ref, applyTo, l));
    },
    select: (node) => {
      node.queue<RangeRef>("select", (ref, engine, l) => {
        if (ref.sheet.visibility !== "Visible")
          throw invalidOperation(l, `worksheet '${ref.sheet.name}' is hidden`);
        engine.state.activeSheetId = ref.sheet.id;
        engine.state.selection = { sheetId: ref.sheet.id, rect: ref.rect };
      });
    },
    calculate: (node) => {
      node.queue<RangeRef>("calculate", () => undefined);
    },
  },
});

export function describeRange(ref: RangeRef): string {
  return formatAddress(ref.sheet.name, ref.rect);
}
