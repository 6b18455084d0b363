/** Table rows for 汇总: its round trips at each plan size, and reading returned files against exceljs alone. */
import { budgets, growsLinearly } from "./budgets";
import type { ConsolidationThroughput, Memory } from "./consolidation-throughput";
import type { ConsolidationTrips } from "./consolidation-session";
import { count, info, verdict, type Row } from "./table";

export interface SizedConsolidation {
  factor: number;
  trips: ConsolidationTrips;
}

const slash = (values: readonly string[]) => values.join(" / ");
const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
const memory = ({ rssBytes, heapUsedBytes }: Memory) => `rss ${mb(rssBytes)}, heap ${mb(heapUsedBytes)}`;

export function consolidationTripRows(sizes: readonly SizedConsolidation[]): Row[] {
  const area = "Round trips";
  const factors = sizes.map((size) => size.factor);
  const operations = [
    { key: "preview", label: "汇总 preview", budget: budgets.consolidationPreviewRoundTrips },
    { key: "write", label: "汇总 write into the template", budget: budgets.consolidationWriteRoundTrips },
    {
      key: "writeEmpty",
      label: "汇总 write, template inserted",
      budget: budgets.consolidationWriteEmptyRoundTrips,
    },
  ] as const;
  return [
    info(
      area,
      `汇总: ${slash(sizes.map((s) => String(s.trips.files)))} files`,
      `${slash(sizes.map((s) => count(s.trips.values)))} figures`,
    ),
    ...operations.flatMap(({ key, label, budget }) => {
      const counts = sizes.map((size) => size.trips[key]);
      const trips = counts.map((c) => Math.max(c.syncs, c.roundTrips));
      const ops = counts.map((c) => c.operations);
      const [first = 1] = ops;
      return [
        {
          area,
          measure: `${label}: round trips`,
          value: slash(trips.map(String)),
          budget: `≤ ${budget}, constant`,
          verdict: verdict(trips.every((t) => t === trips[0] && t <= budget)),
        },
        {
          area,
          measure: `${label}: queued operations`,
          value: slash(ops.map((o, i) => (i === 0 ? count(o) : `${count(o)} (${(o / first).toFixed(1)}×)`))),
          budget: `≤ ${budgets.operationGrowth} × size × ops(1×)`,
          verdict: verdict(growsLinearly(ops, factors)),
        },
      ];
    }),
  ];
}

export function consolidationThroughputRows(runs: readonly ConsolidationThroughput[]): Row[] {
  const area = "汇总";
  return runs.flatMap((run) => [
    info(
      area,
      `${run.files} returned files (${run.superseded} superseded by a newer one)`,
      `${count(run.values)} merged figures`,
    ),
    info(area, `${run.files} files: exceljs merely loading them`, `${run.loadMs.toFixed(0)} ms`),
    {
      area,
      measure: `${run.files} files: read, merge, describe`,
      value: `${run.consolidateMs.toFixed(0)} ms (${run.slowdown.toFixed(2)}× the load)`,
      budget: `≤ ${budgets.consolidationSlowdown}×`,
      verdict: verdict(run.slowdown <= budgets.consolidationSlowdown),
    },
    info(area, `${run.files} files: peak memory, exceljs load`, memory(run.loadMemory.peak)),
    info(
      area,
      `${run.files} files: peak memory, 汇总`,
      `${memory(run.consolidateMemory.peak)} (+${mb(run.consolidateMemory.growth.heapUsedBytes)} heap during it)`,
    ),
  ]);
}
