import { actualFindings, codesOf } from "./cells";

// 数字经济核心产业增加值占 GDP 比重 (A2-06): 8% / 10% / 12% / 14% / 16%, a share (at most 100%).
// 制造业贷款规模年均增速 (A2-18): 12% every year, a growth rate (may be negative).
// 新增工业用地“标准地”出让比例 (B-05): “新增工业用地实现 100% “标准地” 模式出让”.
describe("percent scale: a % row holds fractions (12% is 0.12)", () => {
  test("12 in the 占GDP比重 row is 警告 percent-scale, suggesting 0.12", () => {
    const [finding] = actualFindings("A2-06", 2023, 12);
    expect(finding).toMatchObject({ code: "percent-scale", severity: "警告", suggestion: 0.12 });
    expect(finding?.message).toBe(
      "“数字经济核心产业增加值占GDP比重”2023年实绩为 12，即 1200%，可能漏了“%”：若指 12%，应填 0.12。",
    );
  });

  test("0.12 is the expected form and passes", () => {
    expect(actualFindings("A2-06", 2023, 0.12)).toEqual([]);
  });

  test("1 where every target is below 100% (占比 70%–85%) is percent-scale 0.01", () => {
    expect(actualFindings("A2-07", 2022, 1)).toEqual([
      expect.objectContaining({ code: "percent-scale", suggestion: 0.01 }),
    ]);
  });

  test("1 in the “标准地” row, whose target is 100%, is a real 100% and passes", () => {
    expect(actualFindings("B-05", 2022, 1)).toEqual([]);
  });

  test("100 in the “标准地” row is 100% typed without %: suggestion 1", () => {
    expect(actualFindings("B-05", 2022, 100)).toEqual([
      expect.objectContaining({ code: "percent-scale", suggestion: 1 }),
    ]);
  });

  test("-5 in the 增速 row is -5% typed without %: percent-scale -0.05, and not negative (rates may fall)", () => {
    expect(actualFindings("A2-18", 2022, -5)).toEqual([
      expect.objectContaining({ code: "percent-scale", suggestion: -0.05 }),
    ]);
    expect(actualFindings("A2-18", 2022, -0.02)).toEqual([]);
  });

  test("150 in a 增速 row cannot be made a fraction within ±100%: percent-scale without a suggestion", () => {
    const [finding] = actualFindings("A2-18", 2022, 150);
    expect(finding).toMatchObject({ code: "percent-scale" });
    expect(finding?.suggestion).toBeUndefined();
  });
});

describe("a share above 100% is 错误 share-above-100", () => {
  test("150 in the 占GDP比重 row is above 100% even read as 150%", () => {
    const findings = actualFindings("A2-06", 2022, 150);
    expect(codesOf(findings)).toEqual(["share-above-100"]);
    expect(findings[0]).toMatchObject({ severity: "错误" });
    expect(findings[0]?.suggestion).toBeUndefined();
    expect(findings[0]?.message).toBe(
      "“数字经济核心产业增加值占GDP比重”2022年实绩为 150，即使按 150% 理解也超过 100%：占比、比重不能超过 100%，请核对。",
    );
  });

  test("“120%” typed with its sign means 120%: number-as-text 1.2, and the share is above 100%", () => {
    const findings = actualFindings("A2-06", 2022, "120%");
    expect(codesOf(findings)).toEqual(["number-as-text", "share-above-100"]);
    expect(findings[1]?.message).toBe(
      "“数字经济核心产业增加值占GDP比重”2022年实绩为 120%，超过 100%：占比、比重不能超过 100%，请核对。",
    );
  });
});

// 累计新增数字化车间 (A2-05) counts 家: 16 / 20 / 25 / 30 / 35.
describe("a count that is not a whole number is 错误 count-not-whole", () => {
  test("20.5 家 has no suggestion: 20 or 21 cannot be told", () => {
    const [finding] = actualFindings("A2-05", 2022, 20.5);
    expect(finding).toMatchObject({ code: "count-not-whole", severity: "错误" });
    expect(finding?.suggestion).toBeUndefined();
    expect(finding?.message).toBe(
      "“累计新增数字化车间”2022年实绩 20.5 不是整数：“家”只能是整数，请核对后填写整数。",
    );
  });

  test("19.9999999999 (a formula's rounding noise) suggests 20", () => {
    expect(actualFindings("A2-05", 2022, 19.9999999999)).toEqual([
      expect.objectContaining({ code: "count-not-whole", suggestion: 20 }),
    ]);
  });

  test("a decimal in a 亿元 row is fine", () => {
    expect(actualFindings("A2-03", 2022, 60.35)).toEqual([]);
  });
});

describe("a negative count or amount is 错误 negative", () => {
  test.each([
    ["A2-05", -3, "累计新增数字化车间"],
    ["A2-03", -60, "研发投入规模"],
  ])("%s %d", (id, value, name) => {
    const findings = actualFindings(id, 2022, value);
    expect(findings).toEqual([expect.objectContaining({ code: "negative", severity: "错误" })]);
    expect(findings[0]?.message).toBe(`“${name}”2022年实绩为 ${value}：该指标不能为负数，请核对。`);
  });
});
