/**
 * npm run bench [-- --skip-build]: round trips, bundle weight, function and validation throughput,
 * the offline page, printed as one table (see docs/performance.md). The production builds (add-in,
 * then offline page) run in child processes while the round trips (counts, not times) are taken;
 * the timed parts run after them, on a quiet machine: validation, the functions once the large
 * workbooks are garbage (as in Excel's small runtime), then the offline page in Chromium.
 * Exits with 1 when a figure is over its budget.
 */
import { join } from "node:path";
import { plan } from "../../src/model";
import { createInMemoryWorkbook } from "../../in-memory-excel";
import type { FunctionSet } from "./function-answers";
import { measureFunctionThroughput } from "./function-throughput";
import { generatePlan } from "./generate-plan";
import { describeMachine } from "./machine";
import { productionBuild, type ProductionBuild } from "./production-build";
import { bundleSection } from "./bundle-section";
import { measureConsolidationTrips } from "./consolidation-session";
import { measureInChild } from "./consolidation-throughput";
import {
  consolidationThroughputRows,
  consolidationTripRows,
  type SizedConsolidation,
} from "./report-consolidation";
import { roundTripRows, type Sized } from "./report-round-trips";
import { measureOfflinePage, offlineFileName } from "./offline-page";
import { offlineRows } from "./report-offline";
import { functionRows, validationRows } from "./report-throughput";
import { measureRoundTrips } from "./round-trips";
import { formatTable, type Row } from "./table";
import { measureValidationThroughput } from "./validation-throughput";

const progress = (step: string) => process.stderr.write(`bench: ${step}\n`);

interface Sections {
  roundTrips: Row[];
  consolidation: Row[];
  bundle: Row[];
  validation: Row[];
  builtFunctions: FunctionSet | null;
}

/** Everything that needs the in-memory workbooks; they are garbage once it returns. */
async function workbookSections(
  building: Promise<ProductionBuild> | null,
  buildingOffline: Promise<ProductionBuild> | null,
): Promise<Sections> {
  const largest = generatePlan(100);
  const largestWorkbook = createInMemoryWorkbook();
  const sizes: Sized[] = [];
  const consolidations: SizedConsolidation[] = [];
  const plans = [
    { factor: 1, plan },
    { factor: 10, plan: generatePlan(10) },
    { factor: 100, plan: largest },
  ];
  for (const { factor, plan: sized } of plans) {
    progress(`round trips, ${factor}× plan (${sized.indicators.length} indicators)`);
    const workbook = factor === 100 ? largestWorkbook : createInMemoryWorkbook();
    sizes.push({ factor, counts: await measureRoundTrips(sized, workbook) });
    progress(`汇总 round trips, ${factor}× plan`);
    consolidations.push({ factor, trips: await measureConsolidationTrips(sized, workbook) });
  }
  progress("waiting for the production build");
  const bundle = building ? bundleSection(await building) : null;
  await buildingOffline;
  progress("validation throughput");
  const validation = validationRows(await measureValidationThroughput(largestWorkbook, largest));
  const builtFunctions = bundle?.functions ?? null;
  progress("汇总 of 11 and 110 returned files");
  const throughput = [];
  for (const [rounds, runs] of [
    [1, 15],
    [10, 5],
  ] as const)
    throughput.push(await measureInChild(rounds, runs));
  return {
    roundTrips: [...roundTripRows(sizes), ...consolidationTripRows(consolidations)],
    consolidation: consolidationThroughputRows(throughput),
    bundle: bundle?.rows ?? [],
    validation,
    builtFunctions,
  };
}

/** The offline page of a fresh build, opened in Chromium; the build is then deleted. */
async function offlineSection(build: ProductionBuild): Promise<Row[]> {
  progress("offline page in Chromium");
  try {
    const figures = await measureOfflinePage(join(build.outputDir, offlineFileName));
    return offlineRows(figures, build.seconds);
  } finally {
    build.remove();
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const building = process.argv.includes("--skip-build") ? null : productionBuild();
  const buildingOffline = building ? building.then(() => productionBuild("webpack.offline.js")) : null;
  progress(
    building ? "production builds started in the background" : "--skip-build: no bundle or offline figures",
  );
  const { roundTrips, consolidation, bundle, validation, builtFunctions } = await workbookSections(
    building,
    buildingOffline,
  );
  progress("function throughput");
  const functions = functionRows(measureFunctionThroughput(builtFunctions));
  const offline = buildingOffline ? await offlineSection(await buildingOffline) : [];
  const rows = [...roundTrips, ...bundle, ...functions, ...validation, ...consolidation, ...offline];
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(`Machine: ${describeMachine()}`);
  console.log(`Times are medians of 5 runs after a warm-up; counts are exact. Bench took ${seconds} s.\n`);
  console.log(formatTable(rows));
  if (rows.some((row) => row.verdict === "OVER")) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
