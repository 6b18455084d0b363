import { isDateFormat, serialAsDate } from "../../src/core/validation/number-formats";
import { actualFindings, codesOf, findingsOf, templateCell } from "./cells";

// 研发投入规模 (A2-03) is reported in 亿元: 附件2 prints 70 亿元 for 2023.
describe("a date in a figure cell is 错误 date-not-figure, and no fix is ever built from it", () => {
  test("2023/6/30 typed into a 亿元 cell (serial 45107 shown as a date) says it is a date, with no suggestion", () => {
    const findings = actualFindings("A2-03", 2023, 45107, "yyyy/m/d");
    expect(codesOf(findings)).toEqual(["date-not-figure"]);
    expect(findings[0]).toMatchObject({ severity: "错误", original: 45107 });
    expect(findings[0]?.suggestion).toBeUndefined();
    expect(findings[0]?.message).toBe(
      "“研发投入规模”2023年实绩“2023/6/30”是日期，不是数值：请填写以亿元为单位的数值。",
    );
  });

  test("the same serial in a General cell is a figure: 45107 亿元 is judged against the 70 亿元 target", () => {
    expect(codesOf(actualFindings("A2-03", 2023, 45107, "General"))).toEqual(["off-target-magnitude"]);
  });

  test.each(["2023年6月30日", "2023/6/30", "2023-06-30", "２０２３年６月", "6月30日"])(
    "the text “%s” is a date too: no example number in the message",
    (text) => {
      const [finding] = actualFindings("A2-03", 2023, text);
      expect(finding).toMatchObject({ code: "date-not-figure", severity: "错误" });
      expect(finding?.suggestion).toBeUndefined();
      expect(finding?.message).not.toMatch(/如 \d/);
    },
  );

  test("a text holding two numbers gives no example (“截至6月底35亿”: 6 is no figure)", () => {
    const [finding] = actualFindings("A2-03", 2023, "截至6月底35亿");
    expect(finding?.code).toBe("text-not-number");
    expect(finding?.message).toBe(
      "“研发投入规模”2023年实绩“截至6月底35亿”不是数字：请填写以亿元为单位的数值；暂无数据请留空。",
    );
  });
});

describe("words in brackets after a number are a remark, not a unit", () => {
  // 研发投入规模 (A2-03) in 亿元 again: the number is the figure, the bracketed word a remark.
  test.each([
    ["63（初步）", "初步", 63],
    ["45(快报)", "快报", 45],
    ["70【预计】", "预计", 70],
  ])("“%s” is number-as-text with the remark “%s” named, suggesting %d", (raw, note, value) => {
    const [finding] = actualFindings("A2-03", 2023, raw);
    expect(finding).toMatchObject({ code: "number-as-text", severity: "错误", suggestion: value });
    expect(finding?.message).toContain(`中的“${note}”是说明，不是单位`);
    expect(finding?.message).not.toContain("单位“");
  });

  test("a unit in brackets is still a unit: “600000（万元）” in a 亿元 row suggests 60", () => {
    const [finding] = actualFindings("A2-03", 2022, "600000（万元）");
    expect(finding).toMatchObject({ code: "number-as-text", suggestion: 60 });
  });
});

describe("a formula with no result in the file", () => {
  test("is 警告 formula-no-result (not 未填写): it says to open, check and save", () => {
    const cell = { ...templateCell("A2-03", 2023, ""), formula: "='测算'!B5" };
    const findings = findingsOf({ actuals: [cell] });
    expect(codesOf(findings)).toEqual(["formula-no-result"]);
    expect(findings[0]?.message).toContain("是公式 ='测算'!B5，但文件中没有它的计算结果");
  });

  test("a linked actual whose result is an error value is 错误 excel-error, as if typed", () => {
    const cell = { ...templateCell("A2-03", 2023, "#DIV/0!"), formula: "='测算'!B6" };
    expect(codesOf(findingsOf({ actuals: [cell] }))).toEqual(["excel-error"]);
  });
});

describe("number formats", () => {
  test.each([
    "yyyy/m/d",
    "m/d/yy",
    'yyyy"年"m"月"d"日"',
    "[$-804]yyyy年m月d日",
    "h:mm",
    "[h]:mm:ss",
    "mmm-yy",
    14,
  ])("%j shows a date or time", (format) => expect(isDateFormat(format)).toBe(true));

  test.each([
    "General",
    "0.00",
    "0.0%",
    "@",
    "#,##0",
    '0.00"亿元"',
    "[Red]0.0",
    "0.00E+00",
    "#,##0_);[Red](#,##0)",
    2,
  ])("%j shows a figure", (format) => expect(isDateFormat(format)).toBe(false));

  test("serials read as the dates Excel shows: 45107 is 2023/6/30, 44197 is 2021/1/1", () => {
    expect([serialAsDate(45107), serialAsDate(44197)]).toEqual(["2023/6/30", "2021/1/1"]);
  });
});
