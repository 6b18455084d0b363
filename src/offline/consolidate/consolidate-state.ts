/**
 * 汇总 as pure state: the files read, the choices that settle conflicts (a preferred unit, picks one
 * by one) and the consolidation of the 汇总 issue recomputed from them on every change; the
 * workbook's description follows from it (its 进度总览 charts are drawn by the page).
 */
import { returnInputOf } from "../../consolidation/return-input";
import { consolidate } from "../../consolidation/consolidate";
import { consolidationWorkbook, type ConsolidationWorkbook } from "../../consolidation/report-layout";
import type { Consolidation, ReturnInput } from "../../consolidation/types";
import type { ReportingPeriod } from "../../core/reporting-period";
import type { Plan } from "../../model/types";
import { withUniqueNames, type ReadFile } from "../files";

export interface ConsolidateState {
  period: ReportingPeriod;
  returns: ReturnInput[];
  unread: { name: string; message: string }[];
  prefer: string | null;
  /** By "indicatorId|year": the file whose figure is kept. */
  picks: Readonly<Record<string, string>>;
  result: Consolidation | null;
  workbook: ConsolidationWorkbook | null;
}

function recomputed(plan: Plan, state: ConsolidateState): ConsolidateState {
  if (state.returns.length === 0) return { ...state, result: null, workbook: null };
  const result = consolidate(plan, state.period, state.returns, { prefer: state.prefer, picks: state.picks });
  return { ...state, result, workbook: consolidationWorkbook(plan, result) };
}

export const initialConsolidate = (period: ReportingPeriod): ConsolidateState => ({
  period,
  returns: [],
  unread: [],
  prefer: null,
  picks: {},
  result: null,
  workbook: null,
});

export function filesConsolidated(
  plan: Plan,
  state: ConsolidateState,
  files: readonly ReadFile[],
): ConsolidateState {
  const taken = [...state.returns.map((r) => ({ name: r.file })), ...state.unread];
  const named = withUniqueNames(taken, files);
  const returns = named.flatMap((file): ReturnInput[] =>
    file.result.ok ? [returnInputOf(file.name, file.sha256, file.result.value)] : [],
  );
  const unread = named.flatMap((file) =>
    file.result.ok ? [] : [{ name: file.name, message: file.result.message }],
  );
  return recomputed(plan, {
    ...state,
    returns: [...state.returns, ...returns],
    unread: [...state.unread, ...unread],
  });
}

export const consolidatePeriodChosen = (plan: Plan, state: ConsolidateState, period: ReportingPeriod) =>
  recomputed(plan, { ...state, period });

export const preferChosen = (plan: Plan, state: ConsolidateState, prefer: string | null) =>
  recomputed(plan, { ...state, prefer });

/** The user's pick of one file's figure for a conflict (`key` is "indicatorId|year"). */
export const conflictPicked = (plan: Plan, state: ConsolidateState, key: string, file: string) =>
  recomputed(plan, { ...state, picks: { ...state.picks, [key]: file } });

export const consolidateCleared = (state: ConsolidateState): ConsolidateState =>
  initialConsolidate(state.period);
