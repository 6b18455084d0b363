/**
 * The round-trip budget (docs/performance.md), as counts from the in-memory workbook: a click costs
 * the same number of trips to Excel whatever the plan's size. Times are reported by `npm run bench`.
 */
import { plan } from "../../src/model";
import { budgets, growsLinearly } from "../../scripts/bench/budgets";
import { generatePlan } from "../../scripts/bench/generate-plan";
import { measureRoundTrips, type RoundTrips } from "../../scripts/bench/round-trips";

describe("round trips for the real plan and a plan ten times larger", () => {
  let real: RoundTrips;
  let tenfold: RoundTrips;
  beforeAll(async () => {
    real = await measureRoundTrips(plan);
    tenfold = await measureRoundTrips(generatePlan(10));
  }, 60_000);

  test("the generated plan is ten times the real one, 470 indicators", () => {
    expect([real.indicators, tenfold.indicators]).toEqual([47, 470]);
  });

  test("插入模板 takes at most 4 syncs, the same for both sizes", () => {
    expect(real.insert.syncs).toBeLessThanOrEqual(budgets.insertRoundTrips);
    expect(real.insert.roundTrips).toBeLessThanOrEqual(budgets.insertRoundTrips);
    expect(tenfold.insert).toMatchObject({ syncs: real.insert.syncs, roundTrips: real.insert.roundTrips });
  });

  test("校验实绩 takes 3 syncs for both sizes (names, tables, marks)", () => {
    expect([real.validate.syncs, tenfold.validate.syncs]).toEqual([3, 3]);
    expect([real.validate.roundTrips, tenfold.validate.roundTrips]).toEqual([3, 3]);
  });

  test("live re-validation of one edited cell takes 3 syncs for both sizes (names, rows, marks)", () => {
    expect([real.revalidate.syncs, tenfold.revalidate.syncs]).toEqual([3, 3]);
    expect([real.revalidate.roundTrips, tenfold.revalidate.roundTrips]).toEqual([3, 3]);
  });

  test.each(["insert", "validate", "revalidate"] as const)(
    "queued operations of %s grow at most linearly (10× the plan, at most 12× the operations)",
    (operation) => {
      const operations = [real[operation].operations, tenfold[operation].operations];
      expect(growsLinearly(operations, [1, 10])).toBe(true);
      expect((operations[1] ?? 0) / (operations[0] ?? 1)).toBeLessThanOrEqual(10 * budgets.operationGrowth);
    },
  );
});
