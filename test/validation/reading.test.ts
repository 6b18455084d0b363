import { actualFindings, codesOf } from "./cells";

// 研发投入规模 (A2-03) is reported in 亿元: 附件2 prints 54 / 60 / 70 / 80 / 90 亿元 for 2021–2025.
describe("text that is not a number is 错误 text-not-number, with no suggestion", () => {
  test("“约150” names the indicator, year and unit and gives the number in it as an example", () => {
    const [finding] = actualFindings("A2-03", 2023, "约150");
    expect(finding).toMatchObject({ code: "text-not-number", severity: "错误", original: "约150" });
    expect(finding?.suggestion).toBeUndefined();
    expect(finding?.message).toBe(
      "“研发投入规模”2023年实绩“约150”不是数字：请填写以亿元为单位的数值，如 150。",
    );
  });

  test.each(["待统计", "N/A", "—", "1,5", "150-200"])(
    "“%s” is text-not-number and asks to leave it blank or write a number",
    (raw) => {
      const findings = actualFindings("A2-03", 2022, raw);
      expect(codesOf(findings)).toEqual(["text-not-number"]);
      expect(findings[0]?.suggestion).toBeUndefined();
    },
  );

  test("a unit that does not fit the row (“5家” in the 亿元 row) says which unit is expected", () => {
    const [finding] = actualFindings("A2-03", 2022, "5家");
    expect(finding).toMatchObject({ code: "text-not-number", severity: "错误" });
    expect(finding?.suggestion).toBeUndefined();
    expect(finding?.message).toContain("单位“家”与本行单位“亿元”不符");
  });

  test("TRUE (a boolean typed into an actual) is not a number either", () => {
    expect(codesOf(actualFindings("A2-03", 2022, true))).toEqual(["text-not-number"]);
  });
});

describe("a number typed as text is 错误 number-as-text, suggesting the number in the row's unit", () => {
  test.each([
    ["A2-03", 2022, "60亿元", 60],
    ["A2-03", 2022, "600000万元", 60],
    ["A2-03", 2022, "60 亿", 60],
    ["A2-03", 2022, " 60 ", 60],
    ["A2-03", 2022, "１２３．５", 123.5],
    ["A2-24", 2022, "2,300", 2300],
    ["A2-24", 2022, "２，３００家", 2300],
    ["A2-06", 2022, "10%", 0.1],
    ["A2-06", 2022, "10％", 0.1],
    ["A2-35", 2022, "7亿美元", 7],
    ["B-06", 2022, "2500万元", 2500],
    ["B-06", 2022, "0.25亿元", 2500],
    ["A2-10", 2022, "10万吨", 10],
    ["A2-08", 2022, "415800人", 41.58],
  ])("%s %i “%s” → %d", (id, year, raw, expected) => {
    const findings = actualFindings(id, year, raw);
    expect(findings[0]).toMatchObject({ code: "number-as-text", severity: "错误", suggestion: expected });
    expect(findings[0]?.numberFormat).toBeUndefined();
  });

  test("“15000万元” in the 亿元 row is 1.5 亿元 (1 亿元 = 10,000 万元)", () => {
    const [finding] = actualFindings("A2-03", 2022, "15000万元");
    expect(finding).toMatchObject({ code: "number-as-text", suggestion: 1.5 });
    expect(finding?.message).toBe(
      "“研发投入规模”2022年实绩“15000万元”是文本，不能参与计算：应填数值 1.5 亿元。",
    );
  });

  test("in a cell formatted as text (@) the fix also sets the unit's number format, or Excel keeps it text", () => {
    const [finding] = actualFindings("A2-03", 2022, "60", "@");
    expect(finding).toMatchObject({ code: "number-as-text", suggestion: 60, numberFormat: "0.00" });
    expect(finding?.message).toContain("单元格格式为“文本”");
  });
});

describe("an Excel error value in an actual is 错误 excel-error", () => {
  test.each(["#DIV/0!", "#REF!", "#VALUE!", "#N/A", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"])(
    "%s",
    (error) => {
      const findings = actualFindings("A2-03", 2022, error);
      expect(findings).toEqual([expect.objectContaining({ code: "excel-error", severity: "错误" })]);
      expect(findings[0]?.message).toContain(`错误值 ${error}`);
      expect(findings[0]?.suggestion).toBeUndefined();
    },
  );
});

describe("a bare number typed as text in a % row", () => {
  // 数字经济核心产业增加值占 GDP 比重 (A2-06) is a share: 附件2 prints 8% … 16%, so "12" means 12%.
  test("“12” suggests 0.12 in both its findings, so no fix can write 1200%", () => {
    const findings = actualFindings("A2-06", 2023, "12");
    expect(findings.map((f) => [f.code, f.suggestion])).toEqual([
      ["number-as-text", 0.12],
      ["percent-scale", 0.12],
    ]);
    expect(findings[0]?.message).toContain("应填数值 0.12（12%）");
  });

  test("“0.12” typed as text keeps 0.12", () => {
    const [finding] = actualFindings("A2-06", 2023, "0.12");
    expect(finding).toMatchObject({ code: "number-as-text", suggestion: 0.12 });
  });
});
