/**
 * The round trips of 汇总 (docs/performance.md): the preview and the write cost the same number of
 * trips to Excel for the real plan and plans 10 and 100 times larger, whatever the number of files and
 * figures; the queued operations grow at most linearly. Times are reported by `npm run bench`.
 */
import { plan } from "../../src/model";
import { budgets, growsLinearly } from "../../scripts/bench/budgets";
import {
  measureConsolidationTrips,
  type ConsolidationTrips,
} from "../../scripts/bench/consolidation-session";
import { generatePlan } from "../../scripts/bench/generate-plan";
import { insertWholeTemplate } from "../../scripts/bench/template-session";
import { createInMemoryWorkbook } from "../../in-memory-excel";

const factors = [1, 10, 100];
let sizes: ConsolidationTrips[] = [];

beforeAll(async () => {
  sizes = [];
  for (const factor of factors) {
    const sized = factor === 1 ? plan : generatePlan(factor);
    const wb = createInMemoryWorkbook();
    await insertWholeTemplate(wb, sized);
    sizes.push(await measureConsolidationTrips(sized, wb));
  }
}, 240_000);

describe("汇总 round trips at 1×, 10× and 100× the plan", () => {
  test("the merged figures grow with the plan: 10 and 100 times those of the real plan", () => {
    const [real = 0] = sizes.map((size) => size.values);
    expect(real).toBeGreaterThan(plan.indicators.length);
    expect(sizes.map((size) => size.values)).toEqual(factors.map((factor) => factor * real));
  });

  test("the preview takes 2 round trips (the names, then what they point at) for every size", () => {
    expect(sizes.map((size) => Math.max(size.preview.syncs, size.preview.roundTrips))).toEqual(
      factors.map(() => budgets.consolidationPreviewRoundTrips),
    );
  });

  test("writing into the template takes 4 syncs for every size", () => {
    expect(sizes.map((size) => [size.write.syncs, size.write.roundTrips])).toEqual(
      factors.map(() => [budgets.consolidationWriteRoundTrips, budgets.consolidationWriteRoundTrips]),
    );
  });

  test("writing into an empty workbook (the filled template inserted first) takes 6 syncs for every size", () => {
    expect(sizes.map((size) => [size.writeEmpty.syncs, size.writeEmpty.roundTrips])).toEqual(
      factors.map(() => [
        budgets.consolidationWriteEmptyRoundTrips,
        budgets.consolidationWriteEmptyRoundTrips,
      ]),
    );
  });

  test.each(["preview", "write", "writeEmpty"] as const)(
    "queued operations of %s grow at most linearly with the plan",
    (operation) => {
      expect(
        growsLinearly(
          sizes.map((size) => size[operation].operations),
          factors,
        ),
      ).toBe(true);
    },
  );
});
