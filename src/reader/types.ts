/**
 * The reader of returned workbooks: what it is given (a workbook as plain data, from a file or from
 * Excel) and what it gives back (the template's tables, every actual with its cell, and notes on what
 * it met). Pure: no Office.js, no exceljs.
 */
import type { RawCellValue, Severity, TemplateCell } from "../core/validation/types";
import type { CarriedRemark } from "../template/carry-remarks";
import type { SheetRole } from "../template/types";

/** A rectangle of a sheet as Excel gives it (header row first): values, formulas, number formats. */
export interface TableToRead {
  sheet: string;
  /** A1 address of the table's top-left cell (the first header cell), e.g. "A3". */
  topLeft: string;
  /** Values as Excel gives them ("" for empty, errors as "#DIV/0!", a formula's last result). */
  values: RawCellValue[][];
  numberFormats: string[][];
  /** Formulas as Excel gives them: the formula ("=…") where a cell has one, else its constant. */
  formulas: RawCellValue[][];
}

/** One sheet of a workbook, read on demand (only the rectangles the reader asks for). */
export interface SheetView {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  /** The used area: rows and columns from A1. */
  rowCount: number;
  columnCount: number;
  /** The cells of a rectangle (0-based, inclusive). */
  read(top: number, left: number, bottom: number, right: number): TableToRead;
}

/** A defined name as the file holds it: workbook-scoped (`sheetScope` null) or scoped to one sheet. */
export interface DefinedName {
  name: string;
  sheetScope: string | null;
  /** What the name refers to, e.g. "'附件2 目标任务分解'!$A$3:$T$44" or "#REF!". */
  reference: string;
}

/** A returned workbook as plain data: its sheets in order, its names, the template's record. */
export interface WorkbookView {
  sheets: SheetView[];
  names: DefinedName[];
  /** Custom document properties, and the rows of the template's information sheet (BL.planId …). */
  properties: Record<string, string>;
}

/** Stable codes for what the reader says about a file (the CLI's --json and the pane rely on them). */
export type ReadNoteCode =
  | "found-by-headers"
  | "copy-of-table"
  | "ambiguous-name"
  | "broken-name"
  | "edited-header"
  | "repeated-header"
  | "missing-year-column"
  | "missing-row"
  | "repeated-row"
  | "typed-in-display"
  | "other-plan"
  | "conflict"
  | "duplicate-return";

/** Something the reader met that is not a cell's figure: a copy, a deleted row, an edited header. */
export interface ReadNote {
  code: ReadNoteCode;
  severity: Severity;
  message: string;
  sheet: string | null;
  address: string | null;
  indicatorId: string | null;
  year: number | null;
}

/** A row whose 代码 the plan does not know: reported, not validated. */
export interface UnknownRow {
  sheet: string;
  address: string;
  code: string;
}

/** One template table as read: its role, every actual and target cell, and what was odd about it. */
export interface TableRead {
  role: SheetRole;
  sheet: string;
  actuals: TemplateCell[];
  targets: TemplateCell[];
  /** The 备注（情况说明） typed beside the figures, by indicator. */
  remarks: CarriedRemark[];
  unknownRows: UnknownRow[];
  notes: ReadNote[];
}

/** What the template says about itself (its properties), when the file still holds them. */
export interface TemplateRecord {
  planId: string | null;
  version: string | null;
  /** The lead unit the template was made for; null for all units. */
  leadUnit: string | null;
  /** Who the task force asked to report the indicators without a printed lead unit (B-06, B-07). */
  assignments: Readonly<Record<string, string>>;
}
