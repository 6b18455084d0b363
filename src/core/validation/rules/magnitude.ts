import { expectedTargetOf, targetOf } from "../../targets";
import { findingAt } from "../finding";
import { findingMessages as say } from "../messages";
import { tidy } from "../typed-number";
import { tenThousandUnit } from "../typed-unit";
import type { Finding } from "../types";
import type { FigureCheck } from "./context";

const BAND = 10;
const inBand = (ratio: number) => ratio > 1 / BAND && ratio < BAND;

/**
 * The year's target, or in the reporting period's own unfinished year its 序时进度 target (a flow's
 * 1月 figure is about a twelfth of the year's target, which is no unit error).
 */
function referenceOf({ plan, period, cell, indicator }: FigureCheck) {
  const partial = cell.year === period.year && period.month < 12;
  const expected = partial ? expectedTargetOf(plan, indicator, cell.year, period.month) : null;
  if (expected?.ok) return { value: expected.value, label: say.expectedTarget(period) };
  const target = targetOf(plan, indicator, cell.year);
  return target.ok ? { value: target.value, label: say.yearTarget } : null;
}

/**
 * A figure ≥ 10× or ≤ 1/10 of its target, probably typed in 万元 for 亿元 (or the reverse): the
 * suggestion converts by 10,000 when the row's unit has such an alternative and the result lands
 * inside the band. Zero, negatives and rows that may go negative (增速, 降低率) are not judged.
 */
export function offTargetMagnitude(check: FigureCheck): Finding[] {
  const { cell, indicator, value: n } = check;
  const reference = referenceOf(check);
  if (reference === null || reference.value <= 0 || n <= 0 || indicator.actualRange.min === null) return [];
  if (inBand(n / reference.value)) return [];
  const factor = n > reference.value ? 1e-4 : 1e4;
  const unit = tenThousandUnit(indicator.unit, factor);
  const converted = tidy(n * factor);
  const fix = unit !== null && inBand(converted / reference.value) ? { value: converted, unit } : null;
  const message = say.offTargetMagnitude(indicator, cell.year, n, reference, fix);
  return [findingAt(cell, indicator.unit, "off-target-magnitude", message, fix?.value ?? null)];
}
