/** Table rows for the round trips and queued operations at each plan size. */
import { budgets, growsLinearly } from "./budgets";
import type { Counts, RoundTrips } from "./round-trips";
import { count, info, verdict, type Row } from "./table";

export interface Sized {
  /** How many times the real plan: 1, 10, 100. */
  factor: number;
  counts: RoundTrips;
}

const operations: { key: "insert" | "validate" | "revalidate"; label: string; budget: number }[] = [
  { key: "insert", label: "insert template", budget: budgets.insertRoundTrips },
  { key: "validate", label: "validate", budget: budgets.validateRoundTrips },
  { key: "revalidate", label: "re-validate 1 edit", budget: budgets.revalidateRoundTrips },
];

const area = "Round trips";
const slash = (values: readonly string[]) => values.join(" / ");

function rowsOf(sizes: readonly Sized[], { key, label, budget }: (typeof operations)[number]): Row[] {
  const counts: Counts[] = sizes.map((size) => size.counts[key]);
  const trips = counts.map((c) => Math.max(c.syncs, c.roundTrips));
  const constant = trips.every((t) => t === trips[0]) && trips.every((t) => t <= budget);
  const ops = counts.map((c) => c.operations);
  const [first = 1] = ops;
  const growth = ops.map((o, i) => (i === 0 ? count(o) : `${count(o)} (${(o / first).toFixed(1)}×)`));
  const factors = sizes.map((size) => size.factor);
  return [
    {
      area,
      measure: `${label}: round trips`,
      value: slash(trips.map(String)),
      budget: `≤ ${budget}, constant`,
      verdict: verdict(constant),
    },
    {
      area,
      measure: `${label}: queued operations`,
      value: slash(growth),
      budget: `≤ ${budgets.operationGrowth} × size × ops(1×)`,
      verdict: verdict(growsLinearly(ops, factors)),
    },
  ];
}

export function roundTripRows(sizes: readonly Sized[]): Row[] {
  const factors = slash(sizes.map((s) => `${s.factor}×`));
  const indicators = `${slash(sizes.map((s) => count(s.counts.indicators)))} indicators`;
  return [info(area, `plan size: ${factors}`, indicators), ...operations.flatMap((o) => rowsOf(sizes, o))];
}
