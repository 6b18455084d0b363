/**
 * The template as a pure description: what each sheet holds, cell by cell, generated from the model.
 * The Excel writer (src/excel) and the .xlsx exporter (src/xlsx) only copy this into a workbook;
 * readers find their way back by the header texts and the workbook names below, never by position.
 */

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
} as const;

/** Bumped whenever the layout changes, so an update can tell an older template. */
export const templateVersion = "1";

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
};

/** `linked` is an actual shown by formula from another table (附件1 from 附件2): locked, never typed in. */
export type CellStyle =
  "title" | "subtitle" | "header" | "category" | "label" | "target" | "actual" | "linked" | "rate";

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
  /** A constant, or a formula starting with "=" in English (Excel's `formulas`). */
  content: string | number | null;
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
  frozenRows: number;
  /** Columns kept visible when scrolling right (category, code and name). */
  frozenColumns: number;
  /** Print: A4 landscape, one page wide, these rows (e.g. "$1:$3") repeated on every page. */
  printTitleRows: string;
}

export interface TemplateLayout {
  planId: string;
  version: string;
  /** The lead unit the template was made for, or null for all units. */
  leadUnit: string | null;
  sheets: SheetLayout[];
}
