import { attainmentOf, gapOf, statusOf } from "../../src/core/attainment";
import type { Indicator, Plan } from "../../src/model/types";

// A plan of one indicator where lower is better (e.g. 单位能耗), to check the direction rule.
const energyIntensity: Indicator = {
  id: "X-01",
  name: "单位工业增加值能耗",
  printedName: "单位工业增加值能耗（吨标煤/万元）",
  annex: 2,
  row: 1,
  category: "提质增效",
  unit: "吨标煤/万元",
  kind: "ratio",
  direction: "lower",
  targets: { "2021": 0.6, "2022": 0.5 },
  actualRange: { min: 0, max: null },
  lead: ["区发改局"],
  source: { where: "fixture", quote: "fixture" },
};
const plan: Plan = {
  id: "fixture",
  title: "fixture",
  document: "fixture",
  issuer: "fixture",
  issued: "2022-01-01",
  years: [2021, 2022],
  baselineYear: 2020,
  annexTitles: { "1": "", "2": "" },
  annex1Years: [],
  indicators: [energyIntensity],
};

describe("attainment where lower is better", () => {
  test("is the target divided by the actual: 0.5 target, 0.625 actual → 0.8", () => {
    expect(attainmentOf(plan, energyIntensity, 2022, 0.625, null)).toEqual({ ok: true, value: 0.8 });
  });

  test("gap is the actual minus the target (positive = behind)", () => {
    expect(gapOf(plan, energyIntensity, 2022, 0.625, null)).toEqual({ ok: true, value: 0.125 });
  });

  test("an actual of 0 cannot be divided into the target: notAvailable", () => {
    expect(attainmentOf(plan, energyIntensity, 2022, 0, null)).toMatchObject({
      ok: false,
      kind: "notAvailable",
    });
  });
});

describe("status thresholds", () => {
  test("达标 at or above green, 预警 at or above amber, else 滞后", () => {
    expect([1, 0.95, 0.9, 0.8999].map((rate) => statusOf(rate, 1, 0.9))).toEqual([
      "达标",
      "预警",
      "预警",
      "滞后",
    ]);
  });
});
