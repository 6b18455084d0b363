import type { Indicator, Plan } from "../../../model/types";
import { findingAt } from "../finding";
import { findingMessages as say } from "../messages";
import type { Finding, RawCellValue, TemplateCell } from "../types";

/** "—" (or "——", "-") is how a table says "no target that year"; a cleared cell says the same. */
const NO_TARGET = /^[—–\-－]*$/;
const sameFigure = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

function matches(raw: RawCellValue, model: number | null): boolean {
  if (model === null) return raw === null || (typeof raw === "string" && NO_TARGET.test(raw.trim()));
  return typeof raw === "number" && sameFigure(raw, model);
}

/** A target cell that no longer shows the model's figure (the sheet was unprotected and typed over). */
export function targetChanged(plan: Plan, indicator: Indicator, cell: TemplateCell): Finding[] {
  const model = indicator.targets[String(cell.year)];
  if (model === undefined || matches(cell.raw, model)) return [];
  const message = say.targetChanged(
    indicator,
    cell.year,
    cell.raw,
    model,
    say.source(plan.document, indicator),
  );
  return [findingAt(cell, indicator.unit, "target-changed", message, model)];
}
