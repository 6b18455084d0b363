/**
 * Sparse cell storage for one worksheet.
 *
 * Cells that were never touched are not stored. Formatting written to a huge range (whole columns,
 * whole rows, the whole sheet) is not expanded cell by cell: it is kept as a "layer" that cells
 * created later inherit, and applied directly to the cells that already exist. Applying layers in
 * order at creation time and patches in order afterwards gives every cell the same result as if the
 * write had been applied to every cell.
 */

import { MAX_COLUMNS, cellCount, rectContains, type Rect } from "./address";
import { EMPTY, type CellContent } from "./values";

export type JsonRecord = Readonly<Record<string, unknown>>;

/** Per-cell border edges; Excel's EdgeTop/InsideHorizontal/… map onto these (see range-format.ts). */
export const CELL_EDGES = ["Top", "Bottom", "Left", "Right", "DiagonalDown", "DiagonalUp"] as const;
export type CellEdge = (typeof CELL_EDGES)[number];
export type BorderField = `border${CellEdge}${"Style" | "Color" | "Weight"}`;
type BorderFields = { readonly [K in BorderField]: string };

export const DEFAULT_BORDER = { Style: "None", Color: "#000000", Weight: "Thin" } as const;

interface BaseStyle {
  readonly numberFormat: string;
  readonly fillColor: string | null;
  readonly fontBold: boolean;
  readonly fontItalic: boolean;
  readonly fontUnderline: string;
  readonly fontStrikethrough: boolean;
  readonly fontColor: string;
  readonly fontSize: number;
  readonly fontName: string;
  readonly horizontalAlignment: string;
  readonly verticalAlignment: string;
  readonly wrapText: boolean;
  readonly indentLevel: number;
  readonly locked: boolean;
  readonly formulaHidden: boolean;
  readonly dvRule: JsonRecord | null;
  readonly dvPrompt: JsonRecord | null;
  readonly dvErrorAlert: JsonRecord | null;
  readonly dvIgnoreBlanks: boolean;
}

export type CellStyle = BaseStyle & BorderFields;

export type StylePatch = Partial<CellStyle>;

function defaultBorders(): BorderFields {
  const out: Record<string, string> = {};
  for (const edge of CELL_EDGES) {
    for (const part of ["Style", "Color", "Weight"] as const)
      out[`border${edge}${part}`] = DEFAULT_BORDER[part];
  }
  return out as BorderFields;
}

export const DEFAULT_STYLE: CellStyle = Object.freeze({
  numberFormat: "General",
  fillColor: null,
  fontBold: false,
  fontItalic: false,
  fontUnderline: "None",
  fontStrikethrough: false,
  fontColor: "#000000",
  fontSize: 11,
  fontName: "Calibri",
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
  indentLevel: 0,
  locked: true,
  formulaHidden: false,
  dvRule: null,
  dvPrompt: null,
  dvErrorAlert: null,
  dvIgnoreBlanks: true,
  ...defaultBorders(),
});

/** "Clear formats": every formatting property back to default, cell protection included, validation kept. */
export const FORMAT_RESET: StylePatch = Object.fromEntries(
  Object.entries(DEFAULT_STYLE).filter(([k]) => !k.startsWith("dv")),
) as StylePatch;

export const VALIDATION_RESET: StylePatch = {
  dvRule: null,
  dvPrompt: null,
  dvErrorAlert: null,
  dvIgnoreBlanks: true,
};

export interface CellRecord {
  /** The constant in the cell; EMPTY when it holds a formula. */
  content: CellContent;
  formula: string | null;
  /** A formula's result, set only through the test API (the emulator does not calculate). */
  computed: CellContent | null;
  style: CellStyle;
}

/** Ranges larger than this are formatted through a layer instead of cell by cell. */
const LAYER_THRESHOLD = 65_536;

const key = (row: number, col: number): number => row * MAX_COLUMNS + col;

export class CellStore {
  private readonly cells = new Map<number, CellRecord>();
  private readonly layers: Array<{ rect: Rect; patch: StylePatch }> = [];

  peek(row: number, col: number): CellRecord | undefined {
    return this.cells.get(key(row, col));
  }

  styleAt(row: number, col: number): CellStyle {
    const rec = this.cells.get(key(row, col));
    if (rec) return rec.style;
    let style: CellStyle = DEFAULT_STYLE;
    for (const layer of this.layers) {
      if (rectContains(layer.rect, row, col)) style = { ...style, ...layer.patch };
    }
    return style;
  }

  ensure(row: number, col: number): CellRecord {
    const k = key(row, col);
    let rec = this.cells.get(k);
    if (!rec) {
      rec = { content: EMPTY, formula: null, computed: null, style: this.styleAt(row, col) };
      this.cells.set(k, rec);
    }
    return rec;
  }

  /** Applies `patch` to every cell of `rect` (through a layer when the range is huge). */
  patchStyle(rect: Rect, patch: StylePatch): void {
    // Cells usually share style objects, so each distinct style is patched once and shared.
    const patched = new Map<CellStyle, CellStyle>();
    const apply = (rec: CellRecord) => {
      let next = patched.get(rec.style);
      if (!next) {
        next = { ...rec.style, ...patch };
        patched.set(rec.style, next);
      }
      rec.style = next;
    };
    if (cellCount(rect) <= LAYER_THRESHOLD) {
      forEachPosition(rect, (row, col) => apply(this.ensure(row, col)));
      return;
    }
    this.layers.push({ rect, patch });
    this.forEachExisting(rect, (_row, _col, rec) => apply(rec));
  }

  /** Visits the stored cells inside `rect` (cheap for huge ranges). */
  forEachExisting(rect: Rect, visit: (row: number, col: number, rec: CellRecord) => void): void {
    if (cellCount(rect) <= this.cells.size) {
      forEachPosition(rect, (row, col) => {
        const rec = this.cells.get(key(row, col));
        if (rec) visit(row, col, rec);
      });
      return;
    }
    for (const [k, rec] of this.cells) {
      const row = Math.floor(k / MAX_COLUMNS);
      const col = k % MAX_COLUMNS;
      if (rectContains(rect, row, col)) visit(row, col, rec);
    }
  }

  /** Bounding rectangle of cells holding a value/formula (and, unless valuesOnly, formatting). */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, rec] of this.cells) {
      const hasValue = rec.formula !== null || rec.content.type !== "Empty";
      if (!hasValue && (valuesOnly || isDefaultStyle(rec.style))) continue;
      const row = Math.floor(k / MAX_COLUMNS);
      const col = k % MAX_COLUMNS;
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
    if (bottom < 0) return null;
    return { row: top, col: left, rowCount: bottom - top + 1, colCount: right - left + 1 };
  }
}

export function forEachPosition(rect: Rect, visit: (row: number, col: number) => void): void {
  for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
    for (let c = rect.col; c < rect.col + rect.colCount; c++) visit(r, c);
  }
}

function isDefaultStyle(style: CellStyle): boolean {
  if (style === DEFAULT_STYLE) return true;
  for (const k of Object.keys(DEFAULT_STYLE) as Array<keyof CellStyle>) {
    if (style[k] !== DEFAULT_STYLE[k]) return false;
  }
  return true;
}
