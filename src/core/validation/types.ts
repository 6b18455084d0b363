/**
 * The validator's contract: cells in (as Excel gives them), findings out. No Office.js here;
 * src/excel reads the cells, the CLI reads them from .xlsx files, both hand them over in this shape.
 */
export type Severity = "错误" | "警告" | "提示";

/** Stable codes other tools (the CLI's --json, the pane's "fix all of a kind") rely on. */
export type FindingCode =
  | "text-not-number"
  | "number-as-text"
  | "percent-scale"
  | "share-above-100"
  | "count-not-whole"
  | "negative"
  | "cumulative-decrease"
  | "off-target-magnitude"
  | "excel-error"
  | "date-not-figure"
  | "formula-no-result"
  | "after-period"
  | "not-reported"
  | "target-changed";

/** A cell as Excel gives it: "" for empty, numbers as numbers, errors as "#DIV/0!" text. */
export type RawCellValue = string | number | boolean | null;

export interface TemplateCell {
  sheet: string;
  /** A1 address within the sheet, e.g. "F7". */
  address: string;
  raw: RawCellValue;
  numberFormat: string;
  indicatorId: string;
  year: number;
  /** The cell's formula ("=…"), when it holds one: `raw` is then its last result. */
  formula?: string;
}

export interface CellsToValidate {
  actuals: TemplateCell[];
  /** Target cells of the template, compared with the model. */
  targets: TemplateCell[];
}

export interface Finding {
  sheet: string;
  address: string;
  indicatorId: string;
  year: number;
  severity: Severity;
  code: FindingCode;
  /** Chinese: what is wrong and what is expected. */
  message: string;
  /** The value a fix would write, where one can be derived. */
  suggestion?: number;
  /**
   * The number format a fix writes with the suggestion: set only when the cell is formatted as text ("@"),
   * where Excel would keep a written number as text and the finding would come back.
   */
  numberFormat?: string;
  /** What the cell held when validated, shown until a fix is applied. */
  original: RawCellValue;
}
