import { factsOf } from "../units";

/**
 * The factor that turns a figure typed in `typed` into the row's unit, or null when the unit does not
 * fit the row ("5家" in a 亿元 row). A unit may be shortened to the start of a known one: in a 亿元 row
 * "亿" is 亿元 and "万" is 万元; in a 万吨标煤 row "万吨" is 万吨标煤 (the plan itself prints "5 万吨").
 */
export function factorInto(rowUnit: string, typed: string): number | null {
  const facts = factsOf(rowUnit);
  if (typed === "") return 1;
  if (facts.percent) return typed === "%" ? 0.01 : null;
  const known: Record<string, number> = { ...facts.alternatives, [rowUnit]: 1 };
  const exact = known[typed];
  if (exact !== undefined) return exact;
  const factors = new Set(
    Object.entries(known)
      .filter(([unit]) => unit.startsWith(typed))
      .map(([, factor]) => factor),
  );
  const [only] = factors;
  return factors.size === 1 && only !== undefined ? only : null;
}

/** The alternative unit a figure was probably typed in when it is 10,000 times too large or small. */
export function tenThousandUnit(rowUnit: string, factor: 1e-4 | 1e4): string | null {
  const found = Object.entries(factsOf(rowUnit).alternatives).find(([, f]) => f === factor);
  return found ? found[0] : null;
}
