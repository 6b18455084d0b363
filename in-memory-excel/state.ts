/**
 * The workbook's data (what Excel would hold), free of any proxy or Office.js concern, plus the
 * rules that guard it: sheet lookup, protection checks, column widths and row heights.
 */

import { cellCount, formatAddress, type Rect } from "./address";
import { CellStore, forEachPosition } from "./cell-store";
import type { ChartState } from "./charts";
import { accessDenied, invalidArgument } from "./errors";

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface ProtectionOptions {
  allowAutoFilter: boolean;
  allowDeleteColumns: boolean;
  allowDeleteRows: boolean;
  allowEditObjects: boolean;
  allowEditScenarios: boolean;
  allowFormatCells: boolean;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  allowInsertColumns: boolean;
  allowInsertHyperlinks: boolean;
  allowInsertRows: boolean;
  allowPivotTables: boolean;
  allowSort: boolean;
  selectionMode: string;
}

export const DEFAULT_PROTECTION_OPTIONS: Readonly<ProtectionOptions> = Object.freeze({
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
  selectionMode: "Normal",
});

export interface ProtectionState {
  protected: boolean;
  password: string | null;
  options: ProtectionOptions;
}

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export interface SheetState {
  readonly id: string;
  name: string;
  visibility: Visibility;
  tabColor: string;
  showGridlines: boolean;
  deleted: boolean;
  readonly cells: CellStore;
  merges: Rect[];
  /** Charts on the sheet, in the order they were added (they go with the sheet). */
  readonly charts: ChartState[];
  protection: ProtectionState;
  frozenRows: number;
  frozenColumns: number;
  /** Page-layout properties that were set (unset ones read as Excel's defaults). */
  readonly pageLayout: Map<string, unknown>;
  readonly columnWidths: Map<number, number>;
  readonly rowHeights: Map<number, number>;
  allColumnsWidth: number | null;
  allRowsHeight: number | null;
}

export type NameRef = { kind: "range"; sheetId: string; rect: Rect } | { kind: "constant"; formula: string };

export interface NameState {
  readonly name: string;
  ref: NameRef;
  comment: string;
  visible: boolean;
  deleted: boolean;
}

export interface CustomPropertyState {
  readonly key: string;
  value: unknown;
  deleted: boolean;
}

export interface WorkbookState {
  readonly sheets: SheetState[];
  readonly names: NameState[];
  readonly customProperties: CustomPropertyState[];
  readonly documentProperties: Map<string, unknown>;
  activeSheetId: string;
  selection: { sheetId: string; rect: Rect };
  calculationMode: string;
  sheetsCreated: number;
  chartsCreated: number;
}

export function createSheet(wb: WorkbookState, name: string): SheetState {
  wb.sheetsCreated += 1;
  const hex = wb.sheetsCreated.toString(16).toUpperCase().padStart(4, "0");
  const sheet: SheetState = {
    id: `{00000000-${hex}-0000-0000-000000000000}`,
    name,
    visibility: "Visible",
    tabColor: "",
    showGridlines: true,
    deleted: false,
    cells: new CellStore(),
    merges: [],
    charts: [],
    protection: { protected: false, password: null, options: { ...DEFAULT_PROTECTION_OPTIONS } },
    frozenRows: 0,
    frozenColumns: 0,
    pageLayout: new Map(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    allColumnsWidth: null,
    allRowsHeight: null,
  };
  wb.sheets.push(sheet);
  return sheet;
}

export function createWorkbookState(sheetNames: readonly string[]): WorkbookState {
  const wb: WorkbookState = {
    sheets: [],
    names: [],
    customProperties: [],
    documentProperties: new Map(),
    activeSheetId: "",
    selection: { sheetId: "", rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } },
    calculationMode: "Automatic",
    sheetsCreated: 0,
    chartsCreated: 0,
  };
  for (const name of sheetNames) createSheet(wb, name);
  const first = wb.sheets[0];
  if (first) {
    wb.activeSheetId = first.id;
    wb.selection = { sheetId: first.id, rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } };
  }
  return wb;
}

/** Finds a live sheet by name (case-insensitive) or by id. */
export function findSheet(wb: WorkbookState, key: string): SheetState | undefined {
  const lower = key.toLowerCase();
  return wb.sheets.find((s) => s.id === key || s.name.toLowerCase() === lower);
}

export function sheetById(wb: WorkbookState, id: string): SheetState | undefined {
  return wb.sheets.find((s) => s.id === id);
}

export function visibleSheets(wb: WorkbookState): SheetState[] {
  return wb.sheets.filter((s) => s.visibility === "Visible");
}

export function activeSheet(wb: WorkbookState): SheetState {
  const sheet = sheetById(wb, wb.activeSheetId) ?? wb.sheets[0];
  if (!sheet) throw invalidArgument("Workbook", "the workbook has no worksheet");
  return sheet;
}

export function findName(wb: WorkbookState, name: string): NameState | undefined {
  const lower = name.toLowerCase();
  return wb.names.find((n) => n.name.toLowerCase() === lower);
}

export function findCustomProperty(wb: WorkbookState, key: string): CustomPropertyState | undefined {
  const lower = key.toLowerCase();
  return wb.customProperties.find((p) => p.key.toLowerCase() === lower);
}

export type WriteKind = "contents" | "format" | "columns" | "rows" | "validation" | "locking" | "merge";

/**
 * Throws AccessDenied when Excel would refuse `kind` of change to `rect` on a protected sheet:
 * cell contents, formats, validation and merges of locked cells; column widths / row heights unless
 * the protection allows formatting columns / rows; and any change of the locked flag itself.
 */
export function assertCanWrite(sheet: SheetState, rect: Rect, kind: WriteKind, location: string): void {
  const { protection } = sheet;
  if (!protection.protected) return;
  const where = formatAddress(sheet.name, rect);
  const denied = (why: string) =>
    accessDenied(location, `${where}: ${why} on protected sheet '${sheet.name}'`);
  switch (kind) {
    case "locking":
      throw denied("cell locking cannot change");
    case "columns":
      if (protection.options.allowFormatColumns) return;
      throw denied("column widths cannot change unless allowFormatColumns");
    case "rows":
      if (protection.options.allowFormatRows) return;
      throw denied("row heights cannot change unless allowFormatRows");
    case "format":
      if (protection.options.allowFormatCells) return;
      break;
    default:
      break;
  }
  const locked = firstLockedCell(sheet, rect);
  if (locked) throw denied(`cell ${locked} is locked`);
}

function firstLockedCell(sheet: SheetState, rect: Rect): string | null {
  let found: string | null = null;
  const check = (row: number, col: number) => {
    if (found === null && sheet.cells.styleAt(row, col).locked) {
      found = formatAddress(sheet.name, { row, col, rowCount: 1, colCount: 1 });
    }
  };
  if (cellCount(rect) === 1) check(rect.row, rect.col);
  else forEachPosition(rect, check);
  return found;
}

export function columnWidth(sheet: SheetState, col: number): number {
  return sheet.columnWidths.get(col) ?? sheet.allColumnsWidth ?? DEFAULT_COLUMN_WIDTH;
}

export function rowHeight(sheet: SheetState, row: number): number {
  return sheet.rowHeights.get(row) ?? sheet.allRowsHeight ?? DEFAULT_ROW_HEIGHT;
}

export function setColumnWidths(sheet: SheetState, rect: Rect, width: number, wholeSheet: boolean): void {
  if (wholeSheet) {
    sheet.columnWidths.clear();
    sheet.allColumnsWidth = width;
    return;
  }
  for (let c = rect.col; c < rect.col + rect.colCount; c++) sheet.columnWidths.set(c, width);
}

export function setRowHeights(sheet: SheetState, rect: Rect, height: number, wholeSheet: boolean): void {
  if (wholeSheet) {
    sheet.rowHeights.clear();
    sheet.allRowsHeight = height;
    return;
  }
  for (let r = rect.row; r < rect.row + rect.rowCount; r++) sheet.rowHeights.set(r, height);
}
