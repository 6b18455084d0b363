import { findIndicator, indicatorIndex, normalizeIndicatorName } from "../../src/model";

const found = (query: string) => {
  const result = findIndicator(indicatorIndex, query);
  return result.ok ? result.indicator.id : result;
};
const candidateIds = (query: string) => {
  const result = findIndicator(indicatorIndex, query);
  return result.ok ? [] : result.candidates.map((indicator) => indicator.id);
};

describe("finding an indicator by id", () => {
  test.each(["A2-15", "a2-15", " A2-15 ", "Ａ２－１５"])("finds A2-15 typed as “%s”", (query) => {
    expect(found(query)).toBe("A2-15");
  });

  test("finds a split part by its lower-case suffix in any case", () => {
    expect([found("A2-19a"), found("a2-19A"), found("B-07")]).toEqual(["A2-19a", "A2-19a", "B-07"]);
  });
});

describe("finding an indicator by name", () => {
  test.each([
    ["新增“品字标浙江制造”（家）", "its printed name"],
    ["新增“品字标浙江制造”", "its printed name without the unit"],
    ['新增"品字标浙江制造"(家)', "ASCII quotes and half-width brackets"],
    ["新增「品字标浙江制造」", "corner-bracket quotes"],
    ["新增‘品字标浙江制造’（家）", "single curly quotes"],
    ["新增 品字标 浙江制造", "spaces and no quotes"],
    ["　新增“品字标浙江制造”（家）\t", "ideographic space and a tab around it"],
  ])("finds 新增“品字标浙江制造” typed as “%s” (%s)", (query) => {
    expect(found(query)).toBe("A2-15");
  });

  test.each([
    ["数字经济核心产业增加值占GDP比重（%）", "A2-06"],
    ["数字经济核心产业增加值占 gdp 比重(%)", "A2-06"],
    ["累计新增节能量(万吨标煤)", "A2-10"],
    ["全区人才累计数量（万人）", "A2-08"],
    ["五年制造业实际利用外资(亿美元)", "A2-35"],
    ["累计完成年耗5000吨标煤以上企业碳账户建设", "A2-11"],
    ["规上工业亩均税收（万元/亩）", "A2-27"],
    ["规上工业全员劳动生产率（万元/人）", "A2-28"],
    ['企业主导参与国际、国家、行业和"浙江制造"标准等制(修)订(项)', "A2-16"],
  ])("finds “%s” with or without its unit and spaces: %s", (query, id) => {
    expect(found(query)).toBe(id);
  });

  test.each([
    ["五年累计腾出低效工业用地数量", "A2-26"],
    ["全区规上工业亩均税收", "A2-27"],
    ["规模以上工业万元增加值能耗降低率", "A2-02"],
  ])("finds the 附件1 name “%s” as %s", (query, id) => {
    expect(found(query)).toBe(id);
  });

  test("finds each part of a split row by its own name", () => {
    expect(found("新增落地总投资超50亿元项目数量")).toBe("A2-36b");
    expect(found("累计新增营业收入超百亿企业数量（家）")).toBe("A2-19b");
  });

  test("finds a body-text target by its name", () => {
    expect(found("研发投入占GDP比重(%)")).toBe("B-01");
  });
});

describe("names that do not identify one indicator", () => {
  test("the printed name of a split row is ambiguous and lists all its parts", () => {
    expect(
      findIndicator(indicatorIndex, "新增落地总投资超百亿元/总投资超50亿元/总投资超20亿元项目数量(个)"),
    ).toMatchObject({
      ok: false,
      reason: "ambiguous",
    });
    expect(candidateIds("新增落地总投资超百亿元/总投资超50亿元/总投资超20亿元项目数量")).toEqual([
      "A2-36a",
      "A2-36b",
      "A2-36c",
    ]);
    expect(candidateIds("累计新增营业收入超五百亿级企业（家）/超百亿企业数量（家）")).toEqual([
      "A2-19a",
      "A2-19b",
    ]);
  });

  test("an unknown name is unknown and offers the 3 closest names", () => {
    const result = findIndicator(indicatorIndex, "新增品字标浙江制造企业");
    expect(result).toMatchObject({ ok: false, reason: "unknown", query: "新增品字标浙江制造企业" });
    expect(candidateIds("新增品字标浙江制造企业")).toHaveLength(3);
    expect(candidateIds("新增品字标浙江制造企业")[0]).toBe("A2-15");
  });

  test("a mistyped name suggests the intended indicator first", () => {
    expect(candidateIds("累计新增未来工场")[0]).toBe("A2-04");
    expect(candidateIds("有效高新技术企业数")[0]).toBe("A2-25");
    expect(candidateIds("A2-38")).toHaveLength(3);
  });

  test("a fragment of a name suggests the names containing it, in plan order", () => {
    expect(candidateIds("小巨人").slice(0, 2).sort()).toEqual(["A2-17", "A2-22"]);
    expect(candidateIds("工业用地")).toEqual(["A2-26", "A2-33", "B-05"]);
  });
});

describe("normalizeIndicatorName", () => {
  test("folds width, quotes, whitespace and case, and drops a trailing unit only", () => {
    expect(normalizeIndicatorName("新增“品字标浙江制造”（家）")).toBe("新增品字标浙江制造");
    expect(normalizeIndicatorName("数字经济核心产业增加值占 GDP 比重（％）")).toBe(
      "数字经济核心产业增加值占gdp比重",
    );
    expect(normalizeIndicatorName("标准等制（修）订（项）")).toBe("标准等制(修)订");
  });
});
