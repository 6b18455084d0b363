/**
 * The host contract: what the task pane (and the ribbon) ask of a workbook, and what comes back.
 * Types only. src/excel implements it over Excel.run; the in-memory workbook serves the same
 * implementation in tests, the preview page and the bench; a browser page or a WPS host implements
 * it anew. Nothing here knows a screen, Office.js or exceljs.
 */
import type { Assignments } from "../core/indicator-list";
import type { ConsolidationWorkbook } from "../consolidation/report-layout";
import type { CellChange, ConsolidationWritePlan } from "../consolidation/write-plan";
import type { ReportingPeriod } from "../core/reporting-period";
import type { Finding, RawCellValue, TemplateCell } from "../core/validation/types";
import type { CarriedActual } from "../template/carry-actuals";
import type { InsertMode } from "../template/insertion-plan";
import type { JudgedCheck } from "../template/self-test";

/** 插入模板 as the user asks for it: whose indicators, what to do with a template already there. */
export interface InsertRequest {
  /** Only this lead unit's indicators, or null for all. */
  leadUnit: string | null;
  /** `ask` changes nothing when a template is there and reports `needs-choice`. */
  mode: InsertMode;
  /** Protects the new sheets, and unlocks the old ones an update replaces. */
  password?: string;
  /** The 报告期 the sheets state (报告期：2023年1–6月); without one, the last complete month. */
  period?: ReportingPeriod;
  /** Units the task force chose for indicators the document names no lead unit for (B-06, B-07). */
  assignments?: Assignments;
}

/** What an insertion ended in: expected situations are outcomes for the pane to word, not exceptions. */
export type InsertOutcome =
  | {
      status: "inserted";
      /** The sheets of the template now (the workbook names point at them). */
      sheets: string[];
      /** Actuals typed into the replaced template and moved to their indicator's new cell. */
      keptActuals: number;
      /** Actuals no new row takes: left on the old sheet, renamed and kept (`orphanSheets`), never dropped. */
      orphanedActuals: number;
      /** 备注（情况说明） moved to their indicator's new row, and those left on a kept old sheet. */
      keptRemarks?: number;
      orphanedRemarks?: number;
      orphanSheet?: string;
      orphanSheets: string[];
      orphans: CarriedActual[];
    }
  | { status: "needs-choice"; existingSheets: string[] }
  | { status: "wrong-password"; sheet: string };

export interface ValidationResult {
  templatePresent: boolean;
  findings: Finding[];
  /** Every actual cell read, for the progress list. */
  actuals: TemplateCell[];
  /** Tables found by name that could not be read, in words (e.g. the 代码 column was deleted). */
  problems?: string[];
}

/** A cell or range someone edited, as the workbook's change event reports it. */
export interface EditedCell {
  /** The worksheet's id or name. */
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

export interface FormulaInsertion {
  /** False when the selected cell held something: it was left as it was. */
  inserted: boolean;
  address: string;
}

/** Where the add-in runs, as Office.context.diagnostics says (null where the host does not say). */
export interface OfficeDescription {
  host: string;
  platform: string;
  version: string;
}

/** The 自检: each Office.js behaviour the add-in relies on, as this workbook's Excel did it. */
export interface SelfTestReport {
  office: OfficeDescription | null;
  /** How BL.TARGET was checked: a formula Excel calculated, or the function called directly (no calc engine). */
  functions: "formula" | "direct";
  checks: JudgedCheck[];
  /** The temporary sheet and the names and properties the checks made are gone; the sheets are as before. */
  cleanedUp: boolean;
  finishedAt: Date;
  /** The report as text to copy for the task force. */
  text: string;
}

/**
 * 汇总 written into the open workbook, once the user has confirmed what the preview listed: the
 * merged actuals into the template's actual cells (the filled template itself when the workbook has
 * none), and the report sheets 数据来源, 进度总览 (with its charts) and 情况分析.
 */
export interface ConsolidationWrite {
  /** What to write (src/consolidation/report-layout.ts); the same description the command line writes. */
  workbook: ConsolidationWorkbook;
  /** Cells holding another value that the user ticked, as the preview listed them (`differing`). */
  overwrite: CellChange[];
  /** Protects the template sheets when the template is inserted. */
  password: string;
}

/** What the write did; the preview (`ConsolidationWritePlan`) said what it would do. */
export interface ConsolidationOutcome {
  /** The template sheets, when the filled template was inserted (the workbook had none). */
  insertedTemplate: string[] | null;
  /** Template cells written: the empty ones, then those ticked. */
  written: CellChange[];
  overwritten: number;
  /** Cells holding another value, left as they are (not ticked, or changed since the preview). */
  kept: CellChange[];
  /** Cells locked on a protected sheet (the template leaves actual cells unlocked): not written. */
  locked: CellChange[];
  /** Merged actuals this workbook's template has no cell for (still listed on 数据来源). */
  unplaced: number;
  /** The report sheets' names, in order (数据来源, 进度总览, 情况分析). */
  sheets: string[];
  /** Earlier report sheets of the add-in that were replaced. */
  replaced: string[];
}

/** The operations on the open workbook. */
export interface WorkbookOperations {
  insertTemplate(request: InsertRequest): Promise<InsertOutcome>;
  /** Validates every template table and marks the cells (`mark` false: only reads, e.g. when the pane opens). */
  validate(period: ReportingPeriod, password: string, mark?: boolean): Promise<ValidationResult>;
  /** Re-validates the table rows of the edited cells only (live validation), without re-reading whole sheets. */
  revalidate(edits: EditedCell[], period: ReportingPeriod, password: string): Promise<ValidationResult>;
  applyFixes(writes: CellWrite[], password: string): Promise<FixResult>;
  selectCell(sheet: string, address: string): Promise<void>;
  /** Into the selected cell only when it is empty. */
  insertFormula(formula: string): Promise<FormulaInsertion>;
  /** What writing a 汇总 would do here: read only (one round trip), for the confirmation. */
  previewConsolidation(workbook: ConsolidationWorkbook): Promise<ConsolidationWritePlan>;
  /** Writes the 汇总 as confirmed; decides again from a fresh read (never over a cell edited since). */
  writeConsolidation(write: ConsolidationWrite): Promise<ConsolidationOutcome>;
  /** Calls back with the changed addresses when cells are edited; resolves to a function that stops watching. */
  watchEdits(onEdit: (edits: EditedCell[]) => void): Promise<() => Promise<void>>;
  /** Runs the 自检 on a temporary sheet, removes what it made, and reports. */
  selfTest(): Promise<SelfTestReport>;
}

/** Settings stored with the workbook (Office.context.document.settings in Excel). */
export interface WorkbookSettings {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  save(): Promise<void>;
}

/** A host as the pane sees it: the workbook, its settings, and the surroundings the pane adapts to. */
export interface Host {
  workbook: WorkbookOperations;
  settings: WorkbookSettings;
  displayLanguage: string;
  darkTheme: boolean;
  /** The requirement set this host lacks (e.g. "ExcelApi 1.7"), or null when it has what the pane needs. */
  missingRequirement: string | null;
}
