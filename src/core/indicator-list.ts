import type { Indicator, Plan } from "../model/types";
import { failure, success, type Result } from "./result";

export const indicatorListHeader = ["代码", "指标", "单位", "牵头单位"];

/** Every lead unit named in the plan, in order of first appearance. */
export function leadUnitsOf(plan: Plan): string[] {
  return [...new Set(plan.indicators.flatMap((indicator) => indicator.lead))];
}

const inCategory = (indicator: Indicator, category: string) =>
  indicator.category === category || indicator.annex1?.category === category;

/** The indicators led by `lead` (co-led included) in `category` (附件2 类别 or 四倍增/五跃升); null = all. */
export function indicatorsFor(plan: Plan, lead: string | null, category: string | null): Indicator[] {
  return plan.indicators.filter(
    (indicator) =>
      (lead === null || indicator.lead.includes(lead)) &&
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
