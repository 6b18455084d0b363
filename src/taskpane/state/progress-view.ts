import { plan } from "../../model";
import { indicatorsFor } from "../../core/indicator-list";
import { progressOf, type ProgressRow } from "../../core/progress";
import type { TemplateCell } from "../../core/validation/types";
import type { PaneState } from "./pane-state";

export interface ProgressView {
  rows: ProgressRow[];
  /** Indicators whose actual for the period's year is typed but not a number ("63亿元", "待统计"). */
  unreadable: ReadonlySet<string>;
}

/** The year's actuals that are numbers, by indicator id (text and blanks are findings, not progress). */
function progressActuals(actuals: readonly TemplateCell[], year: number): Map<string, number> {
  const numbers = actuals.filter((cell) => cell.year === year && typeof cell.raw === "number");
  return new Map(numbers.map((cell) => [cell.indicatorId, cell.raw as number]));
}

/** My indicators' progress, derived from the actuals last read; null until the template has been read. */
export function progressView(state: PaneState): ProgressView | null {
  const { templatePresent, actualCells, unit, period, thresholds, assignments } = state;
  if (!templatePresent) return null;
  const mine = indicatorsFor(plan, unit, null, assignments);
  const rows = progressOf(plan, mine, progressActuals(actualCells, period.year), period, thresholds);
  const typed = actualCells.filter(
    (cell) =>
      cell.year === period.year && cell.raw !== "" && cell.raw !== null && typeof cell.raw !== "number",
  );
  return { rows, unreadable: new Set(typed.map((cell) => cell.indicatorId)) };
}
