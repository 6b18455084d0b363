import { plan } from "../../model";
import { indicatorsFor } from "../../core/indicator-list";
import { progressOf } from "../../core/progress";
import type { Finding, TemplateCell } from "../../core/validation/types";
import { progressActuals } from "./findings";
import type { PaneStore } from "./store";

/** Puts what was read from the template into the state, with my indicators' progress computed from it. */
export function showValidation(
  store: PaneStore,
  templatePresent: boolean,
  actualCells: TemplateCell[],
  findings: Finding[] | null,
): void {
  const { unit, period, thresholds } = store.get();
  const actuals = progressActuals(actualCells, period.year);
  const mine = indicatorsFor(plan, unit, null);
  const progress = templatePresent ? progressOf(plan, mine, actuals, period, thresholds) : null;
  store.set({ templatePresent, actualCells, findings, progress });
}
