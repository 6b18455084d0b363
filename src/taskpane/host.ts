import type { ReportingPeriod } from "../core/reporting-period";
import type { InsertOutcome } from "../excel/insert-outcome";
import type { Finding, RawCellValue, TemplateCell } from "../core/validation/types";

/** Settings stored with the workbook (Office.context.document.settings in Excel). */
export interface WorkbookSettings {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  save(): Promise<void>;
}

export interface InsertRequest {
  leadUnit: string | null;
  mode: "ask" | "update" | "copy";
  password?: string;
}

/** What an insertion ended in (src/excel's outcome: inserted, needs a choice, or a wrong password). */
export type InsertResult = InsertOutcome;

export interface ValidationResult {
  templatePresent: boolean;
  findings: Finding[];
  /** Every actual cell read, for the progress list. */
  actuals: TemplateCell[];
  /** Tables found by name that could not be read, in words (e.g. the 代码 column was deleted). */
  problems?: string[];
}

export interface EditedCell {
  sheet: string;
  /** A1 address or range of the edit, e.g. "F7" or "F7:F9". */
  address: string;
}

/** A confirmed fix: write `value` (and `numberFormat`, for a cell formatted as text) if the cell still holds `original`. */
export interface CellWrite {
  sheet: string;
  address: string;
  value: number;
  numberFormat?: string;
  original: RawCellValue;
}

export interface FixResult {
  applied: CellWrite[];
  skipped: CellWrite[];
}

/** What the pane asks of the workbook; src/excel implements it over Excel.run, tests over the in-memory workbook. */
export interface WorkbookOperations {
  insertTemplate(request: InsertRequest): Promise<InsertResult>;
  /** Validates every template table and marks the cells (`mark` false: only reads, e.g. when the pane opens). */
  validate(period: ReportingPeriod, password: string, mark?: boolean): Promise<ValidationResult>;
  /** Re-validates the table rows of the edited cells only (live validation), without re-reading whole sheets. */
  revalidate(edits: EditedCell[], period: ReportingPeriod, password: string): Promise<ValidationResult>;
  applyFixes(writes: CellWrite[], password: string): Promise<FixResult>;
  selectCell(sheet: string, address: string): Promise<void>;
  /** Into the selected cell only when it is empty; `inserted` false leaves the cell as it was. */
  insertFormula(formula: string): Promise<{ inserted: boolean; address: string }>;
  /** Calls back with the changed addresses when actual cells are edited; returns a function that stops watching. */
  watchEdits(onEdit: (edits: EditedCell[]) => void): Promise<() => Promise<void>>;
}

export interface PaneHost {
  workbook: WorkbookOperations;
  settings: WorkbookSettings;
  displayLanguage: string;
  darkTheme: boolean;
  /** The Excel API requirement set this Excel lacks (e.g. "ExcelApi 1.7"), or null when it has what the pane needs. */
  missingRequirement: string | null;
}
