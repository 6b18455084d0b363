/**
 * The unit's filled template, ready to send: the same layout as 下载模板, each figure of the form in
 * its indicator's cell (`withActuals`). Text that begins with "=" is kept out of the layout, where it
 * would be read as a formula, and handed to the writer to put in as a string.
 */
import type { Plan } from "../../model/types";
import { withActuals, type CarriedActual } from "../../template/carry-actuals";
import type { TemplateLayout } from "../../template/types";
import type { FillState } from "./fill-state";
import { inputCellsOf, layoutFor } from "./form-rows";

export interface TextCell {
  sheet: string;
  address: string;
  text: string;
}

export interface FilledTemplate {
  layout: TemplateLayout;
  texts: TextCell[];
  /** How many inputs went into the file. */
  written: number;
}

export function filledTemplateOf(plan: Plan, fill: Pick<FillState, "unit" | "entries">): FilledTemplate {
  const layout = layoutFor(plan, fill.unit);
  const carried: CarriedActual[] = [];
  const texts: TextCell[] = [];
  for (const cell of inputCellsOf(plan, layout)) {
    const raw = fill.entries[cell.key]?.raw ?? null;
    if (raw === null || raw === "") continue;
    if (typeof raw === "string" && raw.startsWith("=")) {
      texts.push({ sheet: cell.sheet, address: cell.address, text: raw });
      continue;
    }
    const { indicator, year, sheet, address } = cell;
    carried.push({ indicatorId: indicator.id, year, value: raw, sheet, address });
  }
  return { layout: withActuals(layout, carried).layout, texts, written: carried.length + texts.length };
}
