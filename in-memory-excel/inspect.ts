/**
 * Read-only views of a worksheet for assertions and previews (not part of Office.js).
 * Everything returned is a fresh plain copy; mutating it does not touch the workbook.
 */

import { columnIndex, formatAddress, formatRect, parseAddress, type Rect } from "./address";
import { CELL_EDGES, type CellEdge, type CellStyle } from "./cell-store";
import { chartSnapshots, type ChartSnapshot } from "./charts";
import type { Engine } from "./engine";
import { renderText } from "./number-format";
import { displayed, grid, mergeAreaAt } from "./range-ref";
import { columnWidth, rowHeight, type ProtectionOptions, type SheetState } from "./state";
import { cloneData, type CellScalar, type ValueType } from "./values";

export interface BorderSnapshot {
  readonly style: string;
  readonly color: string;
  readonly weight: string;
}

export interface ValidationSnapshot {
  readonly rule: Readonly<Record<string, unknown>> | null;
  readonly prompt: Readonly<Record<string, unknown>> | null;
  readonly errorAlert: Readonly<Record<string, unknown>> | null;
  readonly ignoreBlanks: boolean;
}

export interface CellSnapshot {
  /** e.g. "Sheet1!B2" */
  readonly address: string;
  /** What `values` returns: the constant, a formula's computed value, or "" */
  readonly value: CellScalar;
  readonly valueType: ValueType;
  /** The formula ("=…") or null for a constant */
  readonly formula: string | null;
  readonly text: string;
  readonly numberFormat: string;
  /** "#RRGGBB" or null when the cell has no fill */
  readonly fill: string | null;
  readonly fontBold: boolean;
  readonly fontItalic: boolean;
  readonly fontColor: string;
  readonly fontSize: number;
  readonly fontName: string;
  readonly horizontalAlignment: string;
  readonly verticalAlignment: string;
  readonly wrapText: boolean;
  readonly locked: boolean;
  /** null when the cell has neither a rule nor a prompt/alert */
  readonly validation: ValidationSnapshot | null;
  /** The merged area containing the cell, e.g. "A1:C1", or null */
  readonly merged: string | null;
  readonly borders: Readonly<Record<CellEdge, BorderSnapshot>>;
}

export interface ProtectionSnapshot {
  readonly protected: boolean;
  readonly password: string | null;
  readonly options: Readonly<ProtectionOptions>;
}

export interface SheetInspector {
  readonly name: string;
  readonly id: string;
  readonly position: number;
  readonly visibility: string;
  readonly tabColor: string;
  cell(address: string): CellSnapshot;
  /** Used range including formatted cells (like getUsedRange()), e.g. "A1:D20", or null when blank */
  readonly usedAddress: string | null;
  /** Used range of cells holding values or formulas (getUsedRange(true)) */
  readonly usedValuesAddress: string | null;
  readonly protection: ProtectionSnapshot;
  /** Only the page-layout properties that were set (plus printTitleRows/Columns, printArea) */
  readonly pageLayout: Readonly<Record<string, unknown>>;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** e.g. ["A1:C1", "B3:B4"] */
  readonly mergedAreas: readonly string[];
  /** Column width in points, by letters ("B") */
  columnWidth(column: string): number;
  /** Row height in points, by 1-based row number */
  rowHeight(row: number): number;
  /** Values from A1 to the bottom-right of the used values range, or of `address` when given */
  toMatrix(address?: string): CellScalar[][];
  /** Number of onChanged handlers registered on this sheet */
  readonly changeHandlerCount: number;
  /** The sheet's charts: type, title, each series' name and ranges (absolute, with the sheet), position */
  readonly charts: readonly ChartSnapshot[];
}

function cellRect(address: string): Rect {
  const parsed = parseAddress(address);
  if (!parsed || parsed.rect.rowCount !== 1 || parsed.rect.colCount !== 1) {
    throw new Error(`in-memory Excel: '${address}' is not a single-cell address`);
  }
  return parsed.rect;
}

function validationOf(style: CellStyle): ValidationSnapshot | null {
  if (!style.dvRule && !style.dvPrompt && !style.dvErrorAlert) return null;
  return {
    rule: cloneData(style.dvRule),
    prompt: cloneData(style.dvPrompt),
    errorAlert: cloneData(style.dvErrorAlert),
    ignoreBlanks: style.dvIgnoreBlanks,
  };
}

function bordersOf(style: CellStyle): Record<CellEdge, BorderSnapshot> {
  const out = {} as Record<CellEdge, BorderSnapshot>;
  for (const edge of CELL_EDGES) {
    out[edge] = {
      style: style[`border${edge}Style`],
      color: style[`border${edge}Color`],
      weight: style[`border${edge}Weight`],
    };
  }
  return out;
}

export function cellSnapshot(sheet: SheetState, row: number, col: number): CellSnapshot {
  const rect = { row, col, rowCount: 1, colCount: 1 };
  const rec = sheet.cells.peek(row, col);
  const style = sheet.cells.styleAt(row, col);
  const content = displayed(sheet, row, col);
  const merge = mergeAreaAt(sheet, row, col);
  return {
    address: formatAddress(sheet.name, rect),
    value: content.value,
    valueType: content.type,
    formula: rec?.formula ?? null,
    text: renderText(content, style.numberFormat),
    numberFormat: style.numberFormat,
    fill: style.fillColor,
    fontBold: style.fontBold,
    fontItalic: style.fontItalic,
    fontColor: style.fontColor,
    fontSize: style.fontSize,
    fontName: style.fontName,
    horizontalAlignment: style.horizontalAlignment,
    verticalAlignment: style.verticalAlignment,
    wrapText: style.wrapText,
    locked: style.locked,
    validation: validationOf(style),
    merged: merge ? formatRect(merge) : null,
    borders: bordersOf(style),
  };
}

export function inspectSheet(engine: Engine, sheet: SheetState): SheetInspector {
  return {
    get name() {
      return sheet.name;
    },
    id: sheet.id,
    get position() {
      return engine.state.sheets.indexOf(sheet);
    },
    get visibility() {
      return sheet.visibility;
    },
    get tabColor() {
      return sheet.tabColor;
    },
    cell(address: string) {
      const rect = cellRect(address);
      return cellSnapshot(sheet, rect.row, rect.col);
    },
    get usedAddress() {
      const rect = sheet.cells.usedRect(false);
      return rect ? formatRect(rect) : null;
    },
    get usedValuesAddress() {
      const rect = sheet.cells.usedRect(true);
      return rect ? formatRect(rect) : null;
    },
    get protection() {
      const p = sheet.protection;
      return { protected: p.protected, password: p.password, options: { ...p.options } };
    },
    get pageLayout() {
      return cloneData(Object.fromEntries(sheet.pageLayout));
    },
    get frozenRows() {
      return sheet.frozenRows;
    },
    get frozenColumns() {
      return sheet.frozenColumns;
    },
    get mergedAreas() {
      return sheet.merges.map((m) => formatRect(m));
    },
    columnWidth(column: string) {
      return columnWidth(sheet, columnIndex(column));
    },
    rowHeight(row: number) {
      return rowHeight(sheet, row - 1);
    },
    toMatrix(address?: string) {
      let rect: Rect | null;
      if (address !== undefined) {
        const parsed = parseAddress(address);
        if (!parsed) throw new Error(`in-memory Excel: '${address}' is not a valid address`);
        rect = parsed.rect;
      } else {
        const used = sheet.cells.usedRect(true);
        rect = used
          ? { row: 0, col: 0, rowCount: used.row + used.rowCount, colCount: used.col + used.colCount }
          : null;
      }
      return rect ? grid({ sheet, rect }, (r, c) => displayed(sheet, r, c).value) : [];
    },
    get changeHandlerCount() {
      return engine.events.count(sheet.id);
    },
    get charts() {
      return chartSnapshots(sheet);
    },
  };
}
