/** The generated plans the budget is measured on are valid plans shaped like the real one. */
import { plan } from "../../src/model";
import { generatePlan, leadUnits } from "../../scripts/bench/generate-plan";

describe("a plan generated ten times the size of the real one", () => {
  const generated = generatePlan(10);

  test("passes loadPlan with 470 indicators under unique ids", () => {
    expect(generated.indicators).toHaveLength(470);
    expect(new Set(generated.indicators.map((i) => i.id)).size).toBe(470);
  });

  test("is led by 20 units", () => {
    expect(leadUnits).toHaveLength(20);
    expect(new Set(generated.indicators.flatMap((i) => i.lead))).toEqual(new Set(leadUnits));
  });

  test("keeps the real plan's kinds, units and targets, ten times each", () => {
    const shape = (p: typeof plan) =>
      p.indicators
        .map(({ kind, unit, annex, targets }) => JSON.stringify({ kind, unit, annex, targets }))
        .sort();
    const tenTimes = shape(plan)
      .flatMap((row) => Array.from({ length: 10 }, () => row))
      .sort();
    expect(shape(generated)).toEqual(tenTimes);
  });
});
