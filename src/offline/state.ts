/**
 * The offline page's whole state and its one reducer: every change is a pure transition
 * `(state, action) → state`, tested without a DOM (test/offline/). Reading and writing files happen
 * outside (src/offline/effects.ts), which dispatches what it read or wrote.
 */
import { defaultPeriod, type ReportingPeriod } from "../core/reporting-period";
import type { Finding } from "../core/validation/types";
import type { Plan } from "../model/types";
import {
  checkCleared,
  checkPeriodChosen,
  filesChecked,
  initialCheck,
  type CheckState,
} from "./check/check-state";
import {
  conflictPicked,
  consolidateCleared,
  consolidatePeriodChosen,
  filesConsolidated,
  initialConsolidate,
  preferChosen,
  type ConsolidateState,
} from "./consolidate/consolidate-state";
import {
  actualTyped,
  fillPeriodChosen,
  fillUnitChosen,
  fixApplied,
  initialFill,
  openCancelled,
  openConfirmed,
  returnOpened,
  type FillState,
} from "./fill/fill-state";
import type { ReadFile } from "./files";

/** The four parts, reached by tabs named 下载模板 / 在线填报 / 校验文件 / 汇总. */
export type Part = "template" | "fill" | "check" | "consolidate";
export const parts: readonly Part[] = ["template", "fill", "check", "consolidate"];

/** The parts that read returned files. */
export type FilePart = "fill" | "check" | "consolidate";

export interface Notice {
  tone: "info" | "success" | "error";
  text: string;
}

export interface Reading {
  part: FilePart;
  total: number;
  files: ReadFile[];
}

export interface OfflineState {
  part: Part;
  template: { unit: string | null; period: ReportingPeriod };
  fill: FillState;
  check: CheckState;
  consolidate: ConsolidateState;
  /** Files being read, with those read so far (the progress bar). */
  reading: Reading | null;
  /** A file being written (its button waits). */
  writing: string | null;
  notice: Notice | null;
}

export type Action =
  | { type: "partChosen"; part: Part }
  | { type: "templateUnitChosen"; unit: string | null }
  | { type: "templatePeriodChosen"; period: ReportingPeriod }
  | { type: "fillUnitChosen"; unit: string | null }
  | { type: "fillPeriodChosen"; period: ReportingPeriod }
  | { type: "actualTyped"; key: string; text: string }
  | { type: "fixApplied"; finding: Finding }
  | { type: "openConfirmed" }
  | { type: "openCancelled" }
  | { type: "checkPeriodChosen"; period: ReportingPeriod }
  | { type: "checkCleared" }
  | { type: "consolidatePeriodChosen"; period: ReportingPeriod }
  | { type: "preferChosen"; prefer: string | null }
  | { type: "conflictPicked"; key: string; file: string }
  | { type: "consolidateCleared" }
  | { type: "readingStarted"; part: FilePart; total: number }
  | { type: "fileRead"; file: ReadFile }
  | { type: "readingFinished" }
  | { type: "writingStarted"; what: string }
  | { type: "writingFinished"; notice: Notice }
  | { type: "noticeDismissed" };

export function initialState(plan: Plan, today: Date, firstUnit: string | null): OfflineState {
  const period = defaultPeriod(plan.years, today);
  return {
    part: "template",
    template: { unit: null, period },
    fill: initialFill(plan, firstUnit, period),
    check: initialCheck(period),
    consolidate: initialConsolidate(period),
    reading: null,
    writing: null,
    notice: null,
  };
}

/** What the read files do to their part: checked, consolidated, or (one file) opened into the form. */
function filesRead(plan: Plan, state: OfflineState, { part, files }: Reading): OfflineState {
  if (part === "check") return { ...state, check: filesChecked(plan, state.check, files) };
  if (part === "consolidate")
    return { ...state, consolidate: filesConsolidated(plan, state.consolidate, files) };
  const [file] = files;
  if (!file) return state;
  if (!file.result.ok)
    return { ...state, notice: { tone: "error", text: `【${file.name}】${file.result.message}` } };
  return { ...state, fill: returnOpened(plan, state.fill, file.name, file.result.value) };
}

export function reduce(plan: Plan, state: OfflineState, action: Action): OfflineState {
  switch (action.type) {
    case "partChosen":
      return { ...state, part: action.part };
    case "templateUnitChosen":
      return { ...state, template: { ...state.template, unit: action.unit } };
    case "templatePeriodChosen":
      return { ...state, template: { ...state.template, period: action.period } };
    case "fillUnitChosen":
      return { ...state, fill: fillUnitChosen(plan, state.fill, action.unit) };
    case "fillPeriodChosen":
      return { ...state, fill: fillPeriodChosen(plan, state.fill, action.period) };
    case "actualTyped":
      return { ...state, fill: actualTyped(plan, state.fill, action.key, action.text) };
    case "fixApplied":
      return { ...state, fill: fixApplied(plan, state.fill, action.finding) };
    case "openConfirmed":
      return { ...state, fill: openConfirmed(plan, state.fill) };
    case "openCancelled":
      return { ...state, fill: openCancelled(state.fill) };
    case "checkPeriodChosen":
      return { ...state, check: checkPeriodChosen(plan, state.check, action.period) };
    case "checkCleared":
      return { ...state, check: checkCleared(state.check) };
    case "consolidatePeriodChosen":
      return { ...state, consolidate: consolidatePeriodChosen(plan, state.consolidate, action.period) };
    case "preferChosen":
      return { ...state, consolidate: preferChosen(plan, state.consolidate, action.prefer) };
    case "conflictPicked":
      return { ...state, consolidate: conflictPicked(plan, state.consolidate, action.key, action.file) };
    case "consolidateCleared":
      return { ...state, consolidate: consolidateCleared(state.consolidate) };
    case "readingStarted":
      return { ...state, reading: { part: action.part, total: action.total, files: [] }, notice: null };
    case "fileRead":
      return state.reading
        ? { ...state, reading: { ...state.reading, files: [...state.reading.files, action.file] } }
        : state;
    case "readingFinished":
      return state.reading ? { ...filesRead(plan, state, state.reading), reading: null } : state;
    case "writingStarted":
      return { ...state, writing: action.what, notice: null };
    case "writingFinished":
      return { ...state, writing: null, notice: action.notice };
    case "noticeDismissed":
      return { ...state, notice: null };
  }
}
