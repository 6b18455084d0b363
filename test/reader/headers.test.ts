import { findColumns, yearHeaderOf } from "../../src/template/read-headers";

describe("year headers as units leave them", () => {
  test.each([
    ["2023年实绩", { year: 2023, kind: "actual", note: "" }],
    ["２０２３年实绩", { year: 2023, kind: "actual", note: "" }],
    ["2023 年 实绩", { year: 2023, kind: "actual", note: "" }],
    ["2023年\n实绩", { year: 2023, kind: "actual", note: "" }],
    ["2023年实绩（1–6月）", { year: 2023, kind: "actual", note: "(1–6月)" }],
    ["2023年完成值", { year: 2023, kind: "actual", note: "" }],
    ["2023年目标值", { year: 2023, kind: "target", note: "" }],
    ["2023年完成率", { year: 2023, kind: "attainment", note: "" }],
  ])("%j is read as %j", (text, expected) => {
    expect(yearHeaderOf(text)).toEqual(expected);
  });

  test.each(["实绩", "2023", "2023年", "备注", "年度2023实绩"])("%j is no year column", (text) => {
    expect(yearHeaderOf(text)).toBeNull();
  });
});

describe("a header row's columns", () => {
  test("an annotated header is read and said; the exact header wins over an annotated one with the same year", () => {
    const columns = findColumns([
      "代码",
      "2023年实绩（上年同期）",
      "2023年目标",
      "2023年实绩",
      "2024年实绩（预计）",
    ]);
    expect(columns.id).toBe(0);
    expect([...columns.actual]).toEqual([
      [2023, 3],
      [2024, 4],
    ]);
    expect(columns.edited).toEqual([{ column: 4, text: "2024年实绩（预计）", year: 2024, kind: "actual" }]);
    expect(columns.repeated).toEqual([
      { column: 1, text: "2023年实绩（上年同期）", year: 2023, kind: "actual" },
    ]);
  });

  test("the years come in the plan's order whatever the columns' order", () => {
    expect([...findColumns(["2025年实绩", "代码", "2021年实绩"]).actual.keys()]).toEqual([2021, 2025]);
  });

  test("附件1's 2020年基数 column is noticed", () => {
    expect(findColumns(["代码", "2020年基数", "2023年目标"]).baseline).toBe(true);
    expect(findColumns(["代码", "2023年目标"]).baseline).toBe(false);
  });
});
