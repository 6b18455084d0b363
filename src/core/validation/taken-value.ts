/**
 * The figure taken from an actual cell for the district's table: a number as typed, or a number typed
 * as text read the way its fix would write it ("63" → 63; "12" in a % row → 0.12). A date, text, an
 * error value or a blank gives none: never a figure the cell does not plainly hold.
 */
import type { Indicator } from "../../model/types";
import { readActual } from "./read-actual";
import { meantValue } from "./rules/reading";
import type { TemplateCell } from "./types";

export function takenValue(
  cell: Pick<TemplateCell, "raw" | "numberFormat">,
  indicator: Indicator,
): number | null {
  const reading = readActual(cell.raw, indicator.unit, cell.numberFormat);
  if (reading.kind === "number") return reading.value;
  if (reading.kind === "number-as-text") return meantValue(indicator, reading.value, reading.unit);
  return null;
}
