import type { Indicator, Plan } from "../model/types";
import { failure, success, type Result } from "./result";

export const indicatorListHeader = ["代码", "指标", "单位", "牵头单位"];

/** Every lead unit named in the plan, in order of first appearance. */
export function leadUnitsOf(plan: Plan): string[] {
  return [...new Set(plan.indicators.flatMap((indicator) => indicator.lead))];
}

/**
 * Who reports an indicator the document names no lead unit for (B-06, B-07), as the task force
 * decided: a lead unit by indicator id. Unassigned, the task force itself reports it.
 */
export type Assignments = Readonly<Record<string, string>>;

/**
 * Assignments from wherever they were kept (the workbook's settings, a returned file's record): only
 * named units under text keys survive, so a hand-edited or damaged value never names a unit "".
 */
export function assignmentsOf(value: unknown): Assignments {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== "",
    ),
  );
}

/** 工作专班: collects and merges the returns, and reports what the document gives no unit. */
export const taskForce = "工作专班";

/** Lead units as a line of text (区经信局、资规分局); 工作专班 for an indicator the document names none for. */
export const unitsText = (units: readonly string[]): string =>
  units.length > 0 ? units.join("、") : taskForce;

/** The indicators whose 牵头单位 the document leaves blank. */
export const unledIndicators = (plan: Plan): Indicator[] =>
  plan.indicators.filter((indicator) => indicator.lead.length === 0);

/** The units that report an indicator: its lead units, else the assigned unit, else the task force. */
export function reportersOf(indicator: Indicator, assignments: Assignments = {}): string[] {
  if (indicator.lead.length > 0) return indicator.lead;
  return [assignments[indicator.id] ?? taskForce];
}

/** Every unit a template can be made for: the lead units, then 工作专班 while it reports something. */
export function reportingUnitsOf(plan: Plan, assignments: Assignments = {}): string[] {
  const units = leadUnitsOf(plan);
  const unassigned = unledIndicators(plan).some((indicator) => assignments[indicator.id] === undefined);
  return unassigned ? [...units, taskForce] : units;
}

const inCategory = (indicator: Indicator, category: string) =>
  indicator.category === category || indicator.annex1?.category === category;

/**
 * The indicators led by `lead` (co-led included) in `category` (附件2 类别 or 四倍增/五跃升); null = all.
 * An indicator without a printed lead unit belongs to its assigned unit, else to 工作专班.
 */
export function indicatorsFor(
  plan: Plan,
  lead: string | null,
  category: string | null,
  assignments: Assignments = {},
): Indicator[] {
  return plan.indicators.filter(
    (indicator) =>
      (lead === null || reportersOf(indicator, assignments).includes(lead)) &&
      (category === null || inCategory(indicator, category)),
  );
}

/** INDICATORS(): a header row, then id, name, unit and lead units of each matching indicator. */
export function listIndicators(plan: Plan, lead: string | null, category: string | null): Result<string[][]> {
  const matching = indicatorsFor(plan, lead, category);
  if (matching.length === 0) {
    const what = [lead && `牵头单位为“${lead}”`, category && `类别为“${category}”`]
      .filter(Boolean)
      .join("、");
    return failure("notAvailable", `没有${what}的指标。牵头单位可选：${leadUnitsOf(plan).join("、")}。`);
  }
  const rows = matching.map((i) => [i.id, i.name, i.unit, i.lead.join("、")]);
  return success([indicatorListHeader, ...rows]);
}
