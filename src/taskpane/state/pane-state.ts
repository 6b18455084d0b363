/**
 * Everything the pane knows, in one value: the store holds it, components render it, and every
 * action changes it only through the pure transitions of its module in ./actions.
 */
import type { Consolidation, ReturnInput } from "../../consolidation/types";
import type { ConsolidationWritePlan } from "../../consolidation/write-plan";
import { defaultThresholds } from "../../core/attainment";
import type { Assignments } from "../../core/indicator-list";
import type { Thresholds } from "../../core/progress";
import { defaultPeriod, type ReportingPeriod } from "../../core/reporting-period";
import type { Finding, TemplateCell } from "../../core/validation/types";
import type { ConsolidationOutcome, EditedCell, Host, SelfTestReport } from "../../host/contract";
import { plan } from "../../model";
import type { Messages } from "../messages";
import { readChoices } from "./settings";

export type Busy = "insert" | "validate" | "fix" | "selfTest" | "consolidate" | null;

export interface Notice {
  intent: "success" | "warning" | "error" | "info";
  text: string;
}

/** A returned file the task force chose in 汇总, in the order chosen. */
export interface ChosenReturn {
  /** The file's name, made unique among the chosen ones (a second 汇总.xlsx is 汇总.xlsx（2）). */
  file: string;
  status: "reading" | "read" | "unreadable";
  /** Why it could not be read, in the reader's words. */
  message: string | null;
  input: ReturnInput | null;
  /** The last year with an actual in the file (what period it reports up to), null when none is filled. */
  latestYear: number | null;
}

/** 汇总: the files read, the conflicts picked, the result, and the confirmation of a write. */
export interface ConsolidationView {
  /** Counts the choices of files: a reading begun for an earlier choice stops and changes nothing. */
  choice: number;
  files: ChosenReturn[];
  /** By "indicatorId|year": the file whose figure to keep. */
  picks: Record<string, string>;
  /** The consolidation of the files read, with the pane's period and thresholds. */
  result: Consolidation | null;
  /** What a write would do (the confirmation is open while this is set). */
  preview: ConsolidationWritePlan | null;
  /** "sheet!address" of the cells holding another value that the user ticked to overwrite. */
  ticked: string[];
  outcome: ConsolidationOutcome | null;
}

export const noConsolidation: ConsolidationView = {
  choice: 0,
  files: [],
  picks: {},
  result: null,
  preview: null,
  ticked: [],
  outcome: null,
};

export interface PaneState {
  /** 我的牵头单位; null = all units. */
  unit: string | null;
  period: ReportingPeriod;
  thresholds: Thresholds;
  /** Units the task force chose for B-06/B-07 (stored with the workbook); unassigned, 工作专班 reports them. */
  assignments: Assignments;
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
  /** Edits waiting for live validation (it runs a moment after the last edit). */
  pendingEdits: EditedCell[];
  /** Counts the full reads of the template: a live re-validation begun before the latest one is dropped. */
  readGeneration: number;
  /** Whether the sheet carries marks, so that a new period re-marks it instead of leaving stale colours. */
  marked: boolean;
  busy: Busy;
  notice: Notice | null;
  /** The last 自检's report, null until one ran. */
  selfTest: SelfTestReport | null;
  consolidation: ConsolidationView;
}

/** The pane as it opens: the workbook's stored choices, else all units and the last complete month. */
export function initialState(host: Host, today: Date, messages: Messages): PaneState {
  const stored = readChoices(host.settings);
  const requirement = host.missingRequirement;
  return {
    unit: stored.unit,
    period: stored.period ?? defaultPeriod(plan.years, today),
    thresholds: stored.thresholds ?? defaultThresholds,
    assignments: stored.assignments,
    password: "",
    insertScope: stored.unit ? "mine" : "all",
    existingChoice: null,
    templatePresent: null,
    findings: null,
    actualCells: [],
    pendingEdits: [],
    readGeneration: 0,
    marked: false,
    busy: null,
    selfTest: null,
    consolidation: noConsolidation,
    notice: requirement ? { intent: "error", text: messages.errors.requirement(requirement) } : null,
  };
}
