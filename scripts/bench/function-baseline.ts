/**
 * The functions' arithmetic without their argument parsing and lookup: the indicator is already at
 * hand and the year, month and actual are numbers. Mirrors src/core/targets.ts and attainment.ts for
 * the calls the mix keeps (those that give a value).
 */
import { plan, type Indicator } from "../../src/model";
import type { FunctionCall } from "./function-calls";

const firstYear = plan.years[0] ?? 0;
const targetIn = (indicator: Indicator, year: number): number => indicator.targets[String(year)] ?? 0;

function runningTotal(indicator: Indicator, year: number): number {
  if (indicator.kind !== "flow") return targetIn(indicator, year);
  let sum = 0;
  for (const y of plan.years) if (y <= year) sum += indicator.targets[String(y)] ?? 0;
  return sum;
}

function startingPoint(indicator: Indicator, year: number): number {
  if (indicator.kind === "cumulative") {
    let last = 0;
    for (const y of plan.years) if (y < year) last = indicator.targets[String(y)] ?? last;
    return last;
  }
  if (year > firstYear) return targetIn(indicator, year - 1);
  const annex1 = indicator.annex1;
  return annex1 && annex1.baselineUnit === indicator.unit ? (annex1.baseline2020 ?? 0) : 0;
}

function expectedBy(indicator: Indicator, year: number, month: number): number {
  const target = targetIn(indicator, year);
  if (indicator.kind === "ratio") return target;
  const share = month / 12;
  if (indicator.kind === "flow" || indicator.kind === "amount") return target * share;
  const start = startingPoint(indicator, year);
  return start + (target - start) * share;
}

export function baselineAnswer({ name, indicator, year, month, actual }: FunctionCall): number {
  if (name === "TARGET") return targetIn(indicator, year);
  if (name === "CUMTARGET") return runningTotal(indicator, year);
  if (name === "EXPECTED") return expectedBy(indicator, year, month ?? 12);
  const reference = month === null ? targetIn(indicator, year) : expectedBy(indicator, year, month);
  return indicator.direction === "lower" ? reference / actual : actual / reference;
}
