/**
 * 终期评估 against 附件1 for the whole of 2025 (pure): “四倍增” at least doubles the 2020 base;
 * “五跃升” reaches the 2025 level. A multiple is only taken where the base is in the row's unit.
 */
import { attainmentOf } from "../core/attainment";
import type { Plan } from "../model/types";
import type { FinalAssessmentRow, MergedValue } from "./types";

export const finalYear = (plan: Plan): number => plan.years[plan.years.length - 1] ?? 0;

export function finalAssessment(plan: Plan, values: readonly MergedValue[]): FinalAssessmentRow[] {
  const year = finalYear(plan);
  const actualOf = new Map(values.filter((v) => v.year === year).map((v) => [v.indicatorId, v.value]));
  return plan.indicators
    .flatMap((indicator) => (indicator.annex1 ? [{ indicator, annex1: indicator.annex1 }] : []))
    .sort((a, b) => a.annex1.row - b.annex1.row)
    .map(({ indicator, annex1 }): FinalAssessmentRow => {
      const actual = actualOf.get(indicator.id) ?? null;
      const target = indicator.targets[String(year)] ?? null;
      const sameUnit = annex1.baselineUnit === null || annex1.baselineUnit === indicator.unit;
      const baseline = annex1.baseline2020;
      const multiple =
        actual !== null && baseline !== null && baseline !== 0 && sameUnit ? actual / baseline : null;
      const rate = actual === null ? null : attainmentOf(plan, indicator, year, actual, null);
      const attainment = rate?.ok ? rate.value : null;
      const group = annex1.category === "四倍增" ? "四倍增" : "五跃升";
      const reached =
        group === "四倍增"
          ? multiple === null
            ? attainment === null
              ? null
              : attainment >= 1
            : multiple >= 2
          : attainment === null
            ? null
            : attainment >= 1;
      return {
        indicatorId: indicator.id,
        name: annex1.printedName,
        unit: indicator.unit,
        group,
        baseline,
        baselineUnit: annex1.baselineUnit,
        target,
        actual,
        multiple,
        attainment,
        reached,
      };
    });
}
