import type { Indicator, Plan } from "./types";

export type IndicatorLookup =
  | { ok: true; indicator: Indicator }
  | { ok: false; reason: "unknown" | "ambiguous"; query: string; candidates: Indicator[] };

/** Built once per plan: ids and normalised names to indicators. */
export interface IndicatorIndex {
  readonly indicators: readonly Indicator[];
  readonly byId: ReadonlyMap<string, Indicator>;
  /** A name shared by several indicators (the printed name of a split row) lists all of them. */
  readonly byName: ReadonlyMap<string, readonly Indicator[]>;
}

const QUOTES = /[“”‘’"'「」『』〝〞]/g;
// After NFKC, （家） and （%） are (家) and (%); only the last bracket is a unit, 制(修)订 keeps its own.
const TRAILING_UNIT = /\([^()]*\)$/;

/** The form names are compared in: NFKC, no quotes, no whitespace, lower case, no trailing (unit). */
export function normalizeIndicatorName(text: string): string {
  const bare = text.normalize("NFKC").replace(QUOTES, "").replace(/\s+/g, "").toLowerCase();
  return bare.replace(TRAILING_UNIT, "");
}

const normalizeId = (text: string): string => text.normalize("NFKC").replace(/\s+/g, "").toUpperCase();

const namesOf = (i: Indicator): string[] => [
  i.name,
  i.printedName,
  ...(i.annex1 ? [i.annex1.printedName] : []),
];

export function createIndicatorIndex(plan: Plan): IndicatorIndex {
  const byId = new Map(plan.indicators.map((indicator) => [normalizeId(indicator.id), indicator]));
  const byName = new Map<string, Indicator[]>();
  for (const indicator of plan.indicators) {
    for (const key of new Set(namesOf(indicator).map(normalizeIndicatorName))) {
      byName.set(key, [...(byName.get(key) ?? []), indicator]);
    }
  }
  return { indicators: plan.indicators, byId, byName };
}

/** Finds an indicator by id (any case) or by any of its names, forgiving width, quotes, spaces and unit. */
export function findIndicator(index: IndicatorIndex, query: string): IndicatorLookup {
  const byId = index.byId.get(normalizeId(query));
  if (byId) return { ok: true, indicator: byId };
  const key = normalizeIndicatorName(query);
  const matches = index.byName.get(key) ?? [];
  const [only] = matches;
  if (only && matches.length === 1) return { ok: true, indicator: only };
  if (matches.length > 1) return { ok: false, reason: "ambiguous", query, candidates: [...matches] };
  return { ok: false, reason: "unknown", query, candidates: closestIndicators(index, key, 3) };
}

/**
 * Names containing the query first (people type a fragment: 小巨人), then by edit distance;
 * ids compete only for ASCII queries (A2-38). Ties keep plan order, so the answer is deterministic.
 */
function closestIndicators(index: IndicatorIndex, key: string, count: number): Indicator[] {
  const asciiQuery = /^[\x20-\x7e]*$/.test(key);
  const ranked = index.indicators.map((indicator, order) => {
    const names = [...(asciiQuery ? [indicator.id] : []), ...namesOf(indicator)].map(normalizeIndicatorName);
    const contains = names.some((name) => key !== "" && name.includes(key));
    return {
      indicator,
      order,
      tier: contains ? 0 : 1,
      distance: Math.min(...names.map((n) => editDistance(key, n))),
    };
  });
  ranked.sort((a, b) => a.tier - b.tier || a.distance - b.distance || a.order - b.order);
  return ranked.slice(0, count).map((entry) => entry.indicator);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
