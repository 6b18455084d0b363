import planFile from "../../src/model/beilun-2021-2025.json";
import { loadPlan, PlanError } from "../../src/model/load";

// Broken copies of the bundled plan file; each error has to name the indicator and the field.
type RawIndicator = Record<string, unknown> & { targets: Record<string, unknown>; annex1?: object };
type Json = { indicators: RawIndicator[] } & Record<string, unknown>;
function brokenPlan(edit: (plan: Json) => void): Json {
  const copy = structuredClone(planFile) as unknown as Json;
  edit(copy);
  return copy;
}
const indicatorAt = (plan: Json, index: number): RawIndicator => {
  const indicator = plan.indicators[index];
  if (!indicator) throw new Error(`the plan file has no indicator at ${index}`);
  return indicator;
};
const A2_05 = 4; // index of A2-05 累计新增数字化车间
const A2_06 = 5; // index of A2-06 数字经济核心产业增加值占 GDP 比重, unit %
const A2_36C = 38; // index of A2-36c, the third part of a split row

describe("loadPlan accepts the bundled plan and rejects broken ones", () => {
  test("the bundled plan file loads", () => {
    expect(loadPlan(structuredClone(planFile)).indicators).toHaveLength(47);
  });

  test.each([
    ["a missing unit", (p: Json) => delete indicatorAt(p, A2_05).unit, /指标 A2-05 的字段 unit 缺失/],
    [
      "a year key written 2021年",
      (p: Json) => (indicatorAt(p, A2_05).targets["2021年"] = 16),
      /指标 A2-05 的字段 targets\.2021年 应为四位年份/,
    ],
    [
      "a year key written 21",
      (p: Json) => (indicatorAt(p, A2_05).targets["21"] = 16),
      /指标 A2-05 的字段 targets\.21 /,
    ],
    [
      "16% stored as 16",
      (p: Json) => (indicatorAt(p, A2_06).targets["2025"] = 16),
      /指标 A2-06 的字段 targets\.2025 应<= 1.*0\.16/,
    ],
    [
      "a % baseline stored as 16",
      (p: Json) =>
        (indicatorAt(p, 1).annex1 = { ...indicatorAt(p, 1).annex1, baseline2020: 16, baselineUnit: "%" }),
      /指标 A2-02 的字段 annex1\.baseline2020 应<= 1/,
    ],
    [
      "a kind outside the list",
      (p: Json) => (indicatorAt(p, A2_05).kind = "level"),
      /指标 A2-05 的字段 kind 应为 flow \/ cumulative/,
    ],
    [
      "lead as one string",
      (p: Json) => (indicatorAt(p, A2_05).lead = "区经信局"),
      /指标 A2-05 的字段 lead 应为数组/,
    ],
    [
      "lead holding a number",
      (p: Json) => (indicatorAt(p, A2_05).lead = [1]),
      /指标 A2-05 的字段 lead\.0 应为文本/,
    ],
    ["a fractional part", (p: Json) => (indicatorAt(p, 18).part = 0.5), /指标 A2-19a 的字段 part 应为整数/],
    [
      "a split row's part without its words of the printed name",
      (p: Json) => delete indicatorAt(p, 18).partName,
      /指标 A2-19a 的字段 partName 缺失/,
    ],
    [
      "a part name that is not in the printed name",
      (p: Json) => (indicatorAt(p, 18).partName = "超千亿级企业"),
      /指标 A2-19a 的字段 partName 应是 printedName 中的一段原文/,
    ],
    [
      "a part name on a row that is not split",
      (p: Json) => (indicatorAt(p, A2_05).partName = "数字化车间"),
      /指标 A2-05 的字段 partName 只用于拆分行/,
    ],
    [
      "an 附件1 year outside the plan's years",
      (p: Json) => (p.annex1Years = [2023, 2026]),
      /计划文件无效：字段 annex1Years\.1 不在计划年份 years 中/,
    ],
    [
      "an unknown field",
      (p: Json) => (indicatorAt(p, A2_05).target = {}),
      /指标 A2-05 的字段 target 不是计划文件的字段/,
    ],
    [
      "a missing id",
      (p: Json) => delete indicatorAt(p, A2_05).id,
      /指标 indicators\[4\]（缺少 id） 的字段 id 缺失/,
    ],
    [
      "a missing year",
      (p: Json) => delete indicatorAt(p, A2_05).targets["2023"],
      /指标 A2-05 的字段 targets\.2023 缺失/,
    ],
    [
      "a year outside the plan",
      (p: Json) => (indicatorAt(p, A2_05).targets["2026"] = 40),
      /指标 A2-05 的字段 targets\.2026 不在计划年份/,
    ],
    ["a duplicate id", (p: Json) => (indicatorAt(p, A2_06).id = "A2-05"), /指标 A2-05 的字段 id 重复/],
    [
      "a duplicate row number",
      (p: Json) => (indicatorAt(p, A2_06).row = 5),
      /指标 A2-06 的字段 row 与 A2-05 重复/,
    ],
    [
      "a part on a row that is not split",
      (p: Json) => (indicatorAt(p, A2_05).part = 0),
      /指标 A2-05 的字段 part 只用于/,
    ],
    [
      "annex1 on a body-text target",
      (p: Json) => (indicatorAt(p, 40).annex1 = { ...indicatorAt(p, 0).annex1, row: 10 }),
      /指标 B-01 的字段 annex1 只能出现在附件2/,
    ],
    [
      "a share target above 100%",
      (p: Json) => ((indicatorAt(p, 46).unit = "比例"), (indicatorAt(p, 46).targets["2021"] = 35)),
      /指标 B-07 的字段 targets\.2021 超出 actualRange \[0, 1\]/,
    ],
    [
      "a split part without its part number",
      (p: Json) => delete indicatorAt(p, 19).part,
      /指标 A2-19b 的字段 part 缺失：与 A2-19a 同一行/,
    ],
    [
      "two split parts with the same part number",
      (p: Json) => (indicatorAt(p, A2_36C).part = 1),
      /指标 A2-36c 的字段 row 与 A2-36b 重复/,
    ],
    [
      "split parts with different printed names",
      (p: Json) => (indicatorAt(p, 19).printedName = "超百亿企业数量（家）"),
      /指标 A2-19b 的字段 printedName 与同一行的 A2-19a 不同/,
    ],
    [
      "years out of order",
      (p: Json) => (p.years = [2021, 2023, 2022, 2024, 2025]),
      /字段 years\.2 应按年份递增/,
    ],
  ])("rejects %s, naming the indicator and the field", (_, edit, message) => {
    const load = () => loadPlan(brokenPlan(edit));
    expect(load).toThrow(PlanError);
    expect(load).toThrow(message);
  });

  test("a value that is not a plan at all is rejected as a whole", () => {
    expect(() => loadPlan([])).toThrow("计划文件无效：整个文件 应为对象");
  });

  test("PlanError exposes the indicator and field for the caller", () => {
    const error = (() => {
      try {
        loadPlan(brokenPlan((p) => delete indicatorAt(p, A2_05).unit));
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toMatchObject({ name: "PlanError", indicator: "A2-05", field: "unit" });
  });
});
