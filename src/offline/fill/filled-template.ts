/**
 * The unit's filled template, ready to send: the same layout as 下载模板, each figure of the form in
 * its indicator's cell (`withActuals`: carried as typed, so the writer keeps text as text).
 */
import { templateLayoutFor } from "../../template/build-layout";
import type { Plan } from "../../model/types";
import { withActuals, type CarriedActual } from "../../template/carry-actuals";
import type { TemplateLayout } from "../../template/types";
import type { FillState } from "./fill-state";
import { inputCellsOf } from "./form-rows";

export interface FilledTemplate {
  layout: TemplateLayout;
  /** How many inputs went into the file. */
  written: number;
}

export function filledTemplateOf(
  plan: Plan,
  fill: Pick<FillState, "unit" | "entries" | "period">,
): FilledTemplate {
  const layout = templateLayoutFor(plan, fill.unit, fill.period);
  const carried: CarriedActual[] = [];
  for (const cell of inputCellsOf(plan, layout)) {
    const raw = fill.entries[cell.key]?.raw ?? null;
    if (raw === null || raw === "") continue;
    const { indicator, year, sheet, address } = cell;
    carried.push({ indicatorId: indicator.id, year, value: raw, sheet, address });
  }
  return { layout: withActuals(layout, carried).layout, written: carried.length };
}
