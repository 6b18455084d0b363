/** What an insertion ended in: expected situations are outcomes for the pane to word, not exceptions. */
import type { CarriedActual } from "../template/carry-actuals";
import type { InsertMode } from "../template/insertion-plan";
import type { TemplateLayout } from "../template/types";

/** Office.js features the writer uses when the host has them (dataValidation ExcelApi 1.8, pageLayout 1.9). */
export interface HostFeatures {
  dataValidation: boolean;
  pageLayout: boolean;
}

export interface InsertRequest {
  layout: TemplateLayout;
  /** What to do with a template already in the workbook: ask (change nothing), update it, or add a copy. */
  mode: InsertMode;
  /** Protects the new sheets, and unlocks the old ones an update replaces. */
  password?: string;
  /** Defaults to all; pass `hostFeatures()` (insert-features.ts) in Excel. */
  features?: Partial<HostFeatures>;
}

export type InsertOutcome =
  | {
      status: "inserted";
      /** The sheets of the template now (the workbook names point at them). */
      sheets: string[];
      /** Actuals typed into the replaced template and moved to their indicator's new cell. */
      keptActuals: number;
      /** Actuals no new row takes: left on the old sheet, renamed and kept (`orphanSheets`), never dropped. */
      orphanedActuals: number;
      orphanSheet?: string;
      orphanSheets: string[];
      orphans: CarriedActual[];
    }
  | { status: "needs-choice"; existingSheets: string[] }
  | { status: "wrong-password"; sheet: string };
