/**
 * One 汇总 throughput measure in a process of its own, so its peak memory is that of the work alone
 * (the bench's own process holds the 100× workbooks): `tsx consolidation-child.ts ROUNDS RUNS` prints
 * the result as JSON on stdout.
 */
import { plan } from "../../src/model";
import { measureConsolidationThroughput, returnedFiles } from "./consolidation-throughput";

async function main(): Promise<void> {
  const [rounds = 1, runs = 5] = process.argv.slice(2).map(Number);
  const files = await returnedFiles(plan, rounds);
  process.stdout.write(JSON.stringify(await measureConsolidationThroughput(plan, files, { runs })));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
