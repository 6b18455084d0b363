import { plan } from "../../src/model";
import { progressOf } from "../../src/core/progress";
import { indicatorsFor } from "../../src/core/indicator-list";

const 科技局 = indicatorsFor(plan, "区科技局", null);
const thresholds = { green: 1, amber: 0.9 };

describe("progress list of a lead unit", () => {
  // 区科技局 leads A2-03 研发投入规模, A2-07 研发经费支出企业占比, A2-24 科技型中小企业, A2-25 有效高新, B-01.
  const actuals = new Map([
    ["A2-03", 33], // 2023年1–6月: expected 70 × 6/12 = 35 → 94.3% 预警
    ["A2-24", 2300], // stock: expected 2300 + (2600 − 2300) × 6/12 = 2450 → 93.9% 预警
    ["A2-25", 520], // stock: expected 400 + (500 − 400) × 6/12 = 450 → 115.6% 达标
    ["A2-07", 0.6], // ratio, not prorated: 0.6 / 0.8 = 75% 滞后
  ]);
  const rows = progressOf(plan, 科技局, actuals, { year: 2023, month: 6 }, thresholds);

  test("judges each indicator against its 序时进度 target, worst first", () => {
    expect(rows.map((row) => [row.indicator.id, row.status])).toEqual([
      ["A2-07", "滞后"],
      ["A2-24", "预警"],
      ["A2-03", "预警"],
      ["A2-25", "达标"],
      ["B-01", null],
    ]);
  });

  test("shows the year's target, the expected value and the attainment", () => {
    const rd = rows.find((row) => row.indicator.id === "A2-03");
    expect([rd?.actual, rd?.target, rd?.expected]).toEqual([33, 70, 35]);
    expect(rd?.attainment).toBeCloseTo(33 / 35, 10);
  });

  test("an indicator with no target that year (B-01 only has 2025) has no expected value and no status", () => {
    const share = rows.find((row) => row.indicator.id === "B-01");
    expect([share?.target, share?.expected, share?.status]).toEqual([null, null, null]);
  });

  test("a whole-year period (month 12) compares with the year's target", () => {
    const [worst] = progressOf(plan, 科技局, new Map([["A2-03", 63]]), { year: 2023, month: 12 }, thresholds);
    expect([worst?.indicator.id, worst?.attainment, worst?.status]).toEqual(["A2-03", 0.9, "预警"]);
  });
});
