/**
 * The rows of the 在线填报 form, taken from the unit's template layout (never from cell positions):
 * each input cell of the year with its indicator, 目标 and 序时进度, and every input cell of the
 * template by indicator and year, so typed figures land where the template has them.
 */
import { expectedTargetOf, targetOf } from "../../core/targets";
import type { ReportingPeriod } from "../../core/reporting-period";
import type { Indicator, Plan } from "../../model/types";
import { cellAddress } from "../../template/address";
import { templateLayoutFor } from "../../template/build-layout";
import type { TemplateLayout } from "../../template/types";

export const entryKey = (indicatorId: string, year: number): string => `${indicatorId}|${year}`;

/** An input (actual) cell of the template. */
export interface InputCell {
  key: string;
  indicator: Indicator;
  year: number;
  sheet: string;
  address: string;
  numberFormat: string;
}

export interface FormRow extends InputCell {
  /** The year's target, and the 序时进度 target at the end of the period; null where there is none. */
  target: number | null;
  expected: number | null;
}

/** Every input cell of the layout, in sheet order, then row, then year. */
export function inputCellsOf(plan: Plan, layout: TemplateLayout): InputCell[] {
  const indicators = new Map(plan.indicators.map((indicator) => [indicator.id, indicator]));
  return layout.sheets.flatMap((sheet) =>
    sheet.cells.flatMap((cell): InputCell[] => {
      const indicator = cell.actualOf && indicators.get(cell.actualOf.indicatorId);
      if (!cell.actualOf || !indicator) return [];
      const { year } = cell.actualOf;
      return [
        {
          key: entryKey(indicator.id, year),
          indicator,
          year,
          sheet: sheet.name,
          address: cellAddress(cell.row, cell.column),
          numberFormat: cell.numberFormat ?? "General",
        },
      ];
    }),
  );
}

const valueOf = <T>(result: { ok: true; value: T } | { ok: false }): T | null =>
  result.ok ? result.value : null;

/** The form: the unit's input cells of the period's year, with 目标 and 序时进度. */
export function formRowsOf(plan: Plan, unit: string | null, period: ReportingPeriod): FormRow[] {
  return inputCellsOf(plan, templateLayoutFor(plan, unit))
    .filter((cell) => cell.year === period.year)
    .map((cell) => ({
      ...cell,
      target: valueOf(targetOf(plan, cell.indicator, period.year)),
      expected: valueOf(expectedTargetOf(plan, cell.indicator, period.year, period.month)),
    }));
}
