/**
 * 校验文件 as pure state: the files read, each validated for the period as `validate-workbook` does
 * (the reader's notes on the file, then its findings), the findings grouped by lead unit and
 * indicator, and the notes across files (conflicting figures, a unit's two files).
 */
import { unitsText } from "../../core/indicator-list";
import type { ReportingPeriod } from "../../core/reporting-period";
import { validate } from "../../core/validation/validate";
import type { Finding, Severity } from "../../core/validation/types";
import type { Indicator, Plan } from "../../model/types";
import { compareReturns, toCompare } from "../../reader/compare-returns";
import type { ReadNote } from "../../reader/types";
import { withUniqueNames, type ReadFile, type ReturnedFile } from "../files";

export interface IndicatorGroup {
  indicatorId: string;
  indicator: Indicator | undefined;
  findings: Finding[];
}

export interface UnitGroup {
  /** The indicator's lead units as printed ("资规分局、区经信局"); 工作专班 where the plan names none. */
  lead: string;
  indicators: IndicatorGroup[];
}

export interface CheckedFile {
  name: string;
  sha256: string;
  read: ReturnedFile;
  findings: Finding[];
  counts: Record<Severity, number>;
}

export interface UnreadFile {
  name: string;
  message: string;
}

export interface CheckState {
  period: ReportingPeriod;
  files: (CheckedFile | UnreadFile)[];
  /** What the files say against each other. */
  across: ReadNote[];
}

export const isChecked = (file: CheckedFile | UnreadFile): file is CheckedFile => "read" in file;

/** Findings by lead unit (in the plan's order of units), then indicator (in the plan's order). */
export function groupByUnit(plan: Plan, findings: readonly Finding[]): UnitGroup[] {
  const order = new Map(plan.indicators.map((indicator, index) => [indicator.id, index]));
  const indicators = new Map(plan.indicators.map((indicator) => [indicator.id, indicator]));
  const sorted = [...findings].sort(
    (a, b) => (order.get(a.indicatorId) ?? 1e9) - (order.get(b.indicatorId) ?? 1e9) || a.year - b.year,
  );
  const groups = new Map<string, Map<string, Finding[]>>();
  for (const finding of sorted) {
    const indicator = indicators.get(finding.indicatorId);
    const lead = unitsText(indicator?.lead ?? []);
    const byIndicator = groups.get(lead) ?? new Map<string, Finding[]>();
    byIndicator.set(finding.indicatorId, [...(byIndicator.get(finding.indicatorId) ?? []), finding]);
    groups.set(lead, byIndicator);
  }
  return [...groups].map(([lead, byIndicator]) => ({
    lead,
    indicators: [...byIndicator].map(([indicatorId, list]) => ({
      indicatorId,
      indicator: indicators.get(indicatorId),
      findings: list,
    })),
  }));
}

const countsOf = (items: readonly { severity: Severity }[]): Record<Severity, number> => ({
  错误: items.filter((item) => item.severity === "错误").length,
  警告: items.filter((item) => item.severity === "警告").length,
  提示: items.filter((item) => item.severity === "提示").length,
});

function checked(plan: Plan, period: ReportingPeriod, file: ReadFile): CheckedFile | UnreadFile {
  if (!file.result.ok) return { name: file.name, message: file.result.message };
  const read = file.result.value;
  const findings = validate(plan, read, period);
  return {
    name: file.name,
    sha256: file.sha256,
    read,
    findings,
    counts: countsOf([...read.notes, ...findings]),
  };
}

function withAcross(plan: Plan, state: Omit<CheckState, "across">): CheckState {
  const returns = state.files.filter(isChecked).map((file) => toCompare(file.name, file.read));
  return { ...state, across: compareReturns(plan, returns) };
}

export const initialCheck = (period: ReportingPeriod): CheckState => ({ period, files: [], across: [] });

/** Files read and added after those already checked (a name already listed gets “（2）”). */
export function filesChecked(plan: Plan, state: CheckState, files: readonly ReadFile[]): CheckState {
  const added = withUniqueNames(state.files, files).map((file) => checked(plan, state.period, file));
  return withAcross(plan, { ...state, files: [...state.files, ...added] });
}

/** The same files, validated again for another period (nothing is read again). */
export function checkPeriodChosen(plan: Plan, state: CheckState, period: ReportingPeriod): CheckState {
  const files = state.files.map((file) =>
    isChecked(file)
      ? checked(plan, period, {
          name: file.name,
          sha256: file.sha256,
          result: { ok: true, value: file.read },
        })
      : file,
  );
  return withAcross(plan, { ...state, period, files });
}

export const checkCleared = (state: CheckState): CheckState => initialCheck(state.period);
