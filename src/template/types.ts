/**
 * The template as a pure description: what each sheet holds, cell by cell, generated from the model.
 * The Excel writer (src/excel) and the .xlsx exporter (src/xlsx) only copy this into a workbook;
 * readers find their way back by the header texts and the workbook names below, never by position.
 */

import type { Assignments } from "../core/indicator-list";
import type { ReportingPeriod } from "../core/reporting-period";

/** Which table a sheet holds. */
export type SheetRole = "annex1" | "annex2" | "body";

/** Workbook-scoped names that point at each table (header row through the last indicator row). */
export const tableNames: Record<SheetRole, string> = {
  annex1: "BL_Annex1",
  annex2: "BL_Annex2",
  body: "BL_Body",
};

/** Custom document properties recording what was inserted. */
export const templateProperties = {
  planId: "BL.planId",
  version: "BL.templateVersion",
  leadUnit: "BL.leadUnit",
  period: "BL.reportingPeriod",
  assignments: "BL.assignments",
} as const;

/**
 * Bumped whenever the layout changes, so an update can tell an older template. Version 2 added the
 * 报告期, the 备注 column, the 填报说明 and the sign-off block below each table; readers find the
 * tables by header text and names as before, so returned version-1 files still read.
 */
export const templateVersion = "2";

/** Column headers readers look for (the year ones are built per year: `2023年实绩`). */
export const headers = {
  category: "指标类别",
  id: "代码",
  name: "指标名称",
  unit: "单位",
  baseline: "2020年基数",
  lead: "牵头单位",
  target: (year: number) => `${year}年目标`,
  actual: (year: number) => `${year}年实绩`,
  attainment: (year: number) => `${year}年完成率`,
  /** On two lines in the header cell; readers compare header text without line breaks. */
  remark: "备注\n（情况说明）",
};

/**
 * `linked` is an actual shown by formula from another table (附件1 from 附件2): locked, never typed in.
 * `info` / `period` / `basis` are the line under the title (填报单位, 报告期, 依据); `group` the printed
 * name over the parts of a split row; `remark` the 备注 cells; `note` the 填报说明 lines; `signLabel` and
 * `signInput` the sign-off block.
 */
export type CellStyle =
  | "title"
  | "info"
  | "period"
  | "basis"
  | "header"
  | "category"
  | "code"
  | "label"
  | "group"
  | "target"
  | "actual"
  | "linked"
  | "rate"
  | "remark"
  | "note"
  | "signLabel"
  | "signInput";

/** Excel data validation of an actual cell, in Office.js terms (Excel.DataValidationRule subset). */
export interface ActualValidation {
  type: "wholeNumber" | "decimal";
  /** Lower bound, or null for none (a growth rate may be negative). */
  min: number | null;
  /** Upper bound, or null for none (a share stays ≤ 1). */
  max: number | null;
  promptTitle: string;
  promptMessage: string;
  errorTitle: string;
  errorMessage: string;
}

export interface CellLayout {
  /** 0-based row and column within the sheet. */
  row: number;
  column: number;
  /** A constant, or a formula starting with "=" in English (Excel's `formulas`), unless `text`. */
  content: string | number | null;
  /** The content is text as typed, never a formula even when it starts with "=" (a carried 备注). */
  text?: true;
  /** A formula's result while its inputs are as laid out (empty actuals give ""), cached in the file. */
  result?: string | number;
  style: CellStyle;
  numberFormat?: string;
  /** Unlocked cells are the only ones a user can type in once the sheet is protected. */
  locked: boolean;
  validation?: ActualValidation;
  /** The indicator and year an actual cell reports (for readers, tests and the validator). */
  actualOf?: { indicatorId: string; year: number };
  /**
   * What someone typed into this actual's cell of an earlier template, carried over by an update. It is
   * written as a value, never as a formula: text stays text ("+63", "-", "=1/0" included).
   */
  carried?: string | number | boolean;
}

/** An A1 rectangle (e.g. "E4:E44") whose cells share a style. */
export interface StyleRegion {
  range: string;
  style: CellStyle;
}

export interface SheetLayout {
  role: SheetRole;
  name: string;
  /** Row and column count of the used area. */
  rowCount: number;
  columnCount: number;
  /** Rows of the table (0-based): the header row and the rows of indicators after it. */
  headerRow: number;
  firstIndicatorRow: number;
  /** Indicator id of each indicator row, in order. */
  indicatorIds: string[];
  /** Indicator id of each table row from `firstIndicatorRow` on; null for the printed name over a split row's parts. */
  rowIds: (string | null)[];
  /** Where the 报告期 is stated (0-based), e.g. row 1. */
  periodCell: { row: number; column: number };
  cells: CellLayout[];
  /** A1 ranges to merge, e.g. "A4:A19". */
  merges: string[];
  /**
   * Rectangles sharing one style (title row, header row, each column's indicator rows): their count
   * depends on the columns, never on the number of indicators, so a writer formats region by region.
   */
  regions: StyleRegion[];
  /** Column widths in characters (Excel's "standard character" unit, as exceljs takes them). */
  columnWidths: number[];
  /** Height of every row in points, from the wrapped lines its cells need. */
  rowHeights: number[];
  frozenRows: number;
  /** Columns kept visible when scrolling right (category, code and name). */
  frozenColumns: number;
  /** Print: these rows (the column headers, "$3:$3") repeated on every page. */
  printTitleRows: string;
  page: PageSetup;
}

/** How a sheet prints: A4 landscape at a fixed scale that fits the table one page wide. */
export interface PageSetup {
  orientation: "landscape";
  paper: "A4";
  /** Percent (Excel's 10–400); body text prints at font size × scale ÷ 100. */
  scale: number;
  /** Inches, as both writers take them. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  centerHorizontally: boolean;
  /** Each sheet numbers its pages from this (第 1 页), also when the whole workbook is printed. */
  firstPageNumber: number;
  /** Rows (0-based) that start a new printed page, chosen so categories and the sign-off are not cut. */
  breaksBefore: number[];
  /** Page header and footer in Excel's codes (&P page number, &N page count, &"font,style", &size). */
  header: HeaderFooterText;
  footer: HeaderFooterText;
}

export interface HeaderFooterText {
  left: string;
  center: string;
  right: string;
}

/** Document properties of the workbook (文件 › 信息): title, subject and author. */
export interface DocumentProperties {
  title: string;
  subject: string;
  author: string;
}

export interface TemplateLayout {
  planId: string;
  version: string;
  /** The lead unit the template was made for, or null for all units. */
  leadUnit: string | null;
  /** The 报告期 the template states, or null for a form whose 报告期 is written in by hand. */
  period: ReportingPeriod | null;
  /** Units the task force chose for indicators the document names no lead unit for (B-06, B-07). */
  assignments: Assignments;
  documentProperties: DocumentProperties;
  sheets: SheetLayout[];
}
