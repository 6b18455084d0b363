import { templateCell, codesOf, findingsOf } from "./cells";

const targetCell = (id: string, year: number, raw: string | number | null) =>
  findingsOf({ targets: [templateCell(id, year, raw)] });

// 附件2: 研发投入规模 2023年 70 亿元; 数字经济核心产业增加值占 GDP 比重 2023年 12%; 质量奖 2021年 “—”.
describe("a target cell that differs from the model is 错误 target-changed", () => {
  test("75 where 附件2 prints 70 亿元: suggestion 70", () => {
    const [finding] = targetCell("A2-03", 2023, 75);
    expect(finding).toMatchObject({ code: "target-changed", severity: "错误", suggestion: 70 });
    expect(finding?.message).toBe(
      "“研发投入规模”2023年目标为 75，与仑政发〔2022〕1号附件2不符：应为 70 亿元，目标值不能修改。",
    );
  });

  test("the model's figures pass: 70, 0.12 (12%), and “—” where the plan prints none", () => {
    expect(targetCell("A2-03", 2023, 70)).toEqual([]);
    expect(targetCell("A2-06", 2023, 0.12)).toEqual([]);
    expect(targetCell("A2-14", 2021, "—")).toEqual([]);
  });

  test("12 in the 12% row, and “70” typed as text, are changed too", () => {
    expect(targetCell("A2-06", 2023, 12)[0]).toMatchObject({ suggestion: 0.12 });
    expect(targetCell("A2-03", 2023, "70")[0]).toMatchObject({ code: "target-changed", suggestion: 70 });
  });

  test("0 where the plan prints “—”: no suggestion, the message says it should read “—”", () => {
    const [finding] = targetCell("A2-14", 2021, 0);
    expect(finding?.suggestion).toBeUndefined();
    expect(finding?.message).toContain("该年没有目标：应为“—”");
  });

  test("a body-text target names 正文: 新增财政资金 2500 万元", () => {
    expect(targetCell("B-06", 2022, 2000)[0]?.message).toContain(
      "与仑政发〔2022〕1号正文不符：应为 2500 万元",
    );
  });

  test("cells of an indicator the plan does not know are skipped (the table reader reports their rows)", () => {
    expect(
      codesOf(
        findingsOf({ targets: [templateCell("Z-99", 2023, 1)], actuals: [templateCell("Z-99", 2023, "x")] }),
      ),
    ).toEqual([]);
  });
});
