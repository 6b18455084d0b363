/**
 * The call mix of the function benchmark: TARGET / CUMTARGET / EXPECTED / ATTAINMENT over every
 * indicator and year of the bundled plan, half by id and half by name, in a fixed shuffled order.
 * Only calls that give a value are kept (an error answer costs an exception, not a lookup).
 */
import { attainmentOf } from "../../src/core/attainment";
import { cumulativeTargetOf, expectedTargetOf, targetOf } from "../../src/core/targets";
import { findIndicator, indicatorIndex, plan, type Indicator } from "../../src/model";
import type { Result } from "../../src/core/result";

export type FunctionName = "TARGET" | "CUMTARGET" | "EXPECTED" | "ATTAINMENT";

export interface FunctionCall {
  name: FunctionName;
  /** What a cell passes: the id or a name. */
  query: string;
  /** What the baseline starts from: the indicator already looked up. */
  indicator: Indicator;
  year: number;
  month: number | null;
  actual: number;
}

const names: FunctionName[] = ["TARGET", "CUMTARGET", "EXPECTED", "ATTAINMENT"];

/** The core's answer for an indicator already looked up (what the functions call after their arguments). */
export function coreAnswer({ name, indicator, year, month, actual }: FunctionCall): Result<number> {
  if (name === "TARGET") return targetOf(plan, indicator, year);
  if (name === "CUMTARGET") return cumulativeTargetOf(plan, indicator, year);
  if (name === "EXPECTED") return expectedTargetOf(plan, indicator, year, month ?? 12);
  return attainmentOf(plan, indicator, year, actual, month);
}

/** A small deterministic generator (mulberry32), so every run shuffles the same way. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function functionCalls(): FunctionCall[] {
  const calls = plan.indicators.flatMap((indicator, i) =>
    plan.years.flatMap((year, y) =>
      names.map((name, n): FunctionCall => {
        const byName = (i + y + n) % 2 === 1 && findIndicator(indicatorIndex, indicator.name).ok;
        const month =
          name === "EXPECTED" || (name === "ATTAINMENT" && y % 2 === 0) ? 3 * ((i + y) % 4) + 3 : null;
        const actual = (indicator.targets[String(year)] ?? 1) * 0.9 || 1;
        return { name, query: byName ? indicator.name : indicator.id, indicator, year, month, actual };
      }),
    ),
  );
  const kept = calls.filter((call) => coreAnswer(call).ok);
  const random = seeded(2022);
  for (let i = kept.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [kept[i], kept[j]] = [kept[j] as FunctionCall, kept[i] as FunctionCall];
  }
  return kept;
}
