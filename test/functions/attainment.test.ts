import { attainment, gap, indicators, status } from "../../src/functions/functions";
import { excelErrorOf } from "./expect-error";

describe("ATTAINMENT", () => {
  test("研发投入规模 2023 with an actual of 63 (target 70) is 0.9", () => {
    expect(attainment("研发投入规模", 2023, 63)).toBe(0.9);
  });

  test("with a month it divides by the 序时进度 target: 研发投入规模 35 by June 2023 is 1", () => {
    expect(attainment("研发投入规模", 2023, 35, 6)).toBe(1);
    expect(attainment("累计新增数字化车间", 2022, 9, 6)).toBe(0.5);
  });

  test("accepts an actual typed as text, full-width or with %", () => {
    expect(attainment("A2-03", 2023, "63")).toBe(0.9);
    expect(attainment("A2-03", 2023, "６３")).toBe(0.9);
    expect(attainment("A2-06", 2025, "8%")).toBe(0.5);
  });

  test("“1,5” is not read as 15: thousands separators only in groups of three, as 校验 reads them", () => {
    expect(excelErrorOf(() => attainment("A2-03", 2023, "1,5")).code).toBe("#VALUE!");
    expect(attainment("A2-24", 2023, "2,600")).toBe(1);
  });

  test("an actual that is not a number is #VALUE!; an empty one is #N/A (not yet reported)", () => {
    expect(excelErrorOf(() => attainment("A2-03", 2023, "约63"))).toEqual({
      code: "#VALUE!",
      message: expect.stringContaining("不是数字"),
    });
    expect(excelErrorOf(() => attainment("A2-03", 2023, null)).code).toBe("#N/A");
    expect(excelErrorOf(() => attainment("A2-03", 2023, true)).code).toBe("#VALUE!");
  });

  test("a result too large for Excel (1e308 ÷ 3.6%) is #VALUE! about the magnitude, not #NUM!", () => {
    expect(excelErrorOf(() => attainment("A2-02", 2021, 1e308))).toEqual({
      code: "#VALUE!",
      message: expect.stringContaining("数量级"),
    });
  });
});

describe("GAP", () => {
  test("is the reference minus the actual: 研发投入规模 2023 at 63 is 7 behind", () => {
    expect(gap("研发投入规模", 2023, 63)).toBe(7);
  });

  test("is negative when ahead of 序时进度: 数字化车间 at 20 by June 2022 (expected 18) is −2", () => {
    expect(gap("A2-05", 2022, 20, 6)).toBe(-2);
  });
});

describe("STATUS", () => {
  test("研发投入规模 2023 at 66.5 (95%) is 预警; at 70 达标; at 62 (88.6%) 滞后", () => {
    expect(status("研发投入规模", 2023, 66.5)).toBe("预警");
    expect(status("研发投入规模", 2023, 70)).toBe("达标");
    expect(status("研发投入规模", 2023, 62)).toBe("滞后");
  });

  test("takes the thresholds given: 95% is 达标 against a green line of 0.95", () => {
    expect(status("研发投入规模", 2023, 66.5, null, 0.95, 0.8)).toBe("达标");
    expect(status("研发投入规模", 2023, 35, 6, null, null)).toBe("达标");
  });

  test("an amber line above the green line is #VALUE!", () => {
    expect(excelErrorOf(() => status("A2-03", 2023, 66.5, null, 0.8, 0.9)).code).toBe("#VALUE!");
  });
});

describe("INDICATORS", () => {
  test("lists 区科技局's indicators with a header row: id, name, unit, lead units", () => {
    const rows = indicators("区科技局");
    expect(rows[0]).toEqual(["代码", "指标", "单位", "牵头单位"]);
    expect(rows.slice(1).map((row) => row[0])).toEqual(["A2-03", "A2-07", "A2-24", "A2-25", "B-01"]);
    expect(rows[1]).toEqual(["A2-03", "研发投入规模", "亿元", "区科技局"]);
  });

  test("includes co-led rows for each co-lead: 累计腾出低效工业用地 appears under 资规分局", () => {
    const ids = indicators("资规分局").map((row) => row[0]);
    expect(ids).toContain("A2-26");
    expect(indicators("资规分局").find((row) => row[0] === "A2-26")?.[3]).toBe("资规分局、区经信局");
  });

  test("filters by category, including 附件1's 四倍增", () => {
    expect(indicators(null, "四倍增").map((row) => row[0])).toEqual([
      "代码",
      "A2-01",
      "A2-17",
      "A2-26",
      "A2-34",
    ]);
    expect(indicators(undefined, "产业升级").length).toBe(1 + 6);
  });

  test("with no argument lists every indicator of the plan (47 and the header)", () => {
    expect(indicators().length).toBe(48);
  });

  test("an unknown lead unit is #N/A listing the lead units that exist", () => {
    const error = excelErrorOf(() => indicators("区财政局"));
    expect(error.code).toBe("#N/A");
    expect(error.message).toContain("区经信局");
  });
});
