import type { Thresholds } from "../../core/progress";
import type { ReportingPeriod } from "../../core/reporting-period";
import type { Finding, TemplateCell } from "../../core/validation/types";

export type Busy = "insert" | "validate" | "fix" | null;

export interface Notice {
  intent: "success" | "warning" | "error" | "info";
  text: string;
}

export interface PaneState {
  /** 我的牵头单位; null = all units. */
  unit: string | null;
  period: ReportingPeriod;
  thresholds: Thresholds;
  /** Sheet protection password; kept in memory only, never in the workbook settings. */
  password: string;
  insertScope: "all" | "mine";
  existingChoice: "update" | "copy" | null;
  /** Whether the workbook holds the template; null until first looked at. */
  templatePresent: boolean | null;
  /** null until validated. */
  findings: Finding[] | null;
  /** The actual cells last read from the template (the progress list is computed from them). */
  actualCells: TemplateCell[];
  busy: Busy;
  notice: Notice | null;
}
