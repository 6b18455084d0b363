/**
 * Merging the figures of the files that count (pure): one value per indicator and year with where it
 * came from. Files that agree merge; files that disagree are a conflict, settled only by a pick or by
 * the preferred unit, never silently: an unsettled conflict leaves the value out.
 */
import type { Plan } from "../model/types";
import { candidatesByKey, disagree, type Candidate, type ReturnToCompare } from "../reader/compare-returns";
import type { Conflict, ConflictChoices, MergedValue } from "./types";

export interface Merged {
  values: MergedValue[];
  conflicts: Conflict[];
}

const keyOf = (indicatorId: string, year: number) => `${indicatorId}|${year}`;
export { keyOf as valueKey };

function settle(candidates: Candidate[], key: string, choices: ConflictChoices) {
  const picked = choices.picks[key];
  const byPick = picked === undefined ? undefined : candidates.find((c) => c.file === picked);
  if (byPick) return { chosen: byPick, settledBy: "pick" as const };
  const preferred = candidates.filter((c) => choices.prefer !== null && c.unit === choices.prefer);
  const values = new Set(preferred.map((c) => c.value));
  if (preferred.length > 0 && values.size === 1)
    return { chosen: preferred[0]!, settledBy: "prefer" as const };
  return null;
}

export function mergeReturns(
  plan: Plan,
  returns: readonly ReturnToCompare[],
  choices: ConflictChoices,
): Merged {
  const order = new Map(plan.indicators.map((indicator, index) => [indicator.id, index]));
  const merged: Merged = { values: [], conflicts: [] };
  const value = (
    at: { indicatorId: string; year: number },
    c: Candidate,
    all: Candidate[],
    settledBy: MergedValue["settledBy"],
  ): MergedValue => {
    return {
      ...at,
      value: c.value,
      file: c.file,
      unit: c.unit,
      sheet: c.sheet,
      cell: c.cell,
      raw: c.raw,
      settledBy,
      agreeing: [
        ...new Set(all.filter((o) => o !== c && o.value === c.value && o.file !== c.file).map((o) => o.file)),
      ],
    };
  };
  for (const [key, candidates] of candidatesByKey(plan, returns)) {
    const [indicatorId = "", yearText = "0"] = key.split("|");
    const year = Number(yearText);
    const at = { indicatorId, year };
    if (!disagree(candidates)) {
      merged.values.push(value(at, candidates[0]!, candidates, null));
      continue;
    }
    const settled = settle(candidates, key, choices);
    merged.conflicts.push({ ...at, candidates, chosen: settled?.chosen.file ?? null });
    if (settled) merged.values.push(value(at, settled.chosen, candidates, settled.settledBy));
  }
  const byPlan = (a: { indicatorId: string; year: number }, b: { indicatorId: string; year: number }) =>
    (order.get(a.indicatorId) ?? 0) - (order.get(b.indicatorId) ?? 0) || a.year - b.year;
  merged.values.sort(byPlan);
  merged.conflicts.sort(byPlan);
  return merged;
}
