import { templateCell, codesOf, findingsOf } from "./cells";

const fullYear2023 = { year: 2023, month: 12 };

// 研发投入规模 (A2-03) has a target every year; 累计新增省、市政府质量奖企业 (A2-14) prints “—” for 2021.
describe("an actual after the reporting period is 提示 after-period", () => {
  test("a 2024 figure in 2023年1–6月", () => {
    const [finding] = findingsOf({ actuals: [templateCell("A2-03", 2024, 80)] });
    expect(finding).toMatchObject({ code: "after-period", severity: "提示", year: 2024 });
    expect(finding?.suggestion).toBeUndefined();
    expect(finding?.message).toBe(
      "“研发投入规模”2024年实绩已填写 80，但报告期为 2023年1–6月：2024年实绩尚未到填报时间，请确认是否填错了年份。",
    );
  });

  test("the period's own year is partial but expected: a 2023 figure in 2023年1–6月 passes", () => {
    expect(findingsOf({ actuals: [templateCell("A2-03", 2023, 35)] })).toEqual([]);
  });

  test("what is wrong with the figure is still reported (text in 2024)", () => {
    expect(codesOf(findingsOf({ actuals: [templateCell("A2-03", 2024, "待统计")] }))).toEqual([
      "text-not-number",
      "after-period",
    ]);
  });
});

describe("a blank actual up to the reporting period is 提示 not-reported", () => {
  test("in 2023年1–6月 a blank 2023 is not yet reported, asking for the 1–6月 figure", () => {
    const [finding] = findingsOf({ actuals: [templateCell("A2-03", 2023, "")] });
    expect(finding).toMatchObject({ code: "not-reported", severity: "提示" });
    expect(finding?.message).toBe(
      "“研发投入规模”2023年实绩尚未填写（报告期 2023年1–6月，填截至 6 月底的实绩）。",
    );
  });

  test("a blank 2022 in 2023年1–6月, and a blank 2023 in 2023年 (whole year)", () => {
    expect(codesOf(findingsOf({ actuals: [templateCell("A2-03", 2022, null)] }))).toEqual(["not-reported"]);
    const [finding] = findingsOf({ actuals: [templateCell("A2-03", 2023, "  ")] }, fullYear2023);
    expect(finding?.message).toBe("“研发投入规模”2023年实绩尚未填写（报告期 2023年）。");
  });

  test("a blank 2024 in 2023 is not due; a blank year the plan prints “—” for is not asked for", () => {
    expect(findingsOf({ actuals: [templateCell("A2-03", 2024, "")] })).toEqual([]);
    expect(findingsOf({ actuals: [templateCell("A2-14", 2021, "")] })).toEqual([]);
  });
});
