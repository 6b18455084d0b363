import { actualFindings, templateCell, codesOf, findingsOf } from "./cells";

// 研发投入规模 (A2-03): 2022年目标 60 亿元, 2023年目标 70 亿元. 新增财政资金 (B-06): 每年 2500 万元.
describe("a figure ten times off its target is 警告 off-target-magnitude “可能单位有误”", () => {
  test("600000 in the 亿元 row, 10000× the 2022 target 60, was typed in 万元: suggestion 60", () => {
    const [finding] = actualFindings("A2-03", 2022, 600000);
    expect(finding).toMatchObject({ code: "off-target-magnitude", severity: "警告", suggestion: 60 });
    expect(finding?.message).toBe(
      "“研发投入规模”2022年实绩 600000 是年度目标 60 的 10000 倍，可能单位有误：若按万元填写，应为 60 亿元。",
    );
  });

  test("0.25 in the 万元 row, a ten-thousandth of 2500, was typed in 亿元: suggestion 2500", () => {
    const [finding] = actualFindings("B-06", 2022, 0.25);
    expect(finding).toMatchObject({ code: "off-target-magnitude", suggestion: 2500 });
    expect(finding?.message).toContain("若按亿元填写，应为 2500 万元");
  });

  test("600 (10× 60) is flagged with no suggestion: ÷ 10000 would not land near the target", () => {
    const [finding] = actualFindings("A2-03", 2022, 600);
    expect(finding).toMatchObject({ code: "off-target-magnitude" });
    expect(finding?.suggestion).toBeUndefined();
  });

  test("the band is open: 59.9 and 6.01 pass, 6 (exactly a tenth) is flagged", () => {
    expect(actualFindings("A2-03", 2022, 59.9)).toEqual([]);
    expect(actualFindings("A2-03", 2022, 6.01)).toEqual([]);
    expect(codesOf(actualFindings("A2-03", 2022, 6))).toEqual(["off-target-magnitude"]);
  });

  test("in 2023年1–6月 the 2023 figure is compared with the 序时进度 target 35 (70 × 6/12), not 70", () => {
    expect(actualFindings("A2-03", 2023, 30)).toEqual([]);
    const [finding] = actualFindings("A2-03", 2023, 3);
    expect(finding?.message).toContain("不到2023年1–6月序时进度目标 35 的十分之一");
  });

  test("a count row has no 万 unit to convert: 250 新增数字化车间 in 2022 (target 20) has no suggestion", () => {
    const [finding] = actualFindings("A2-05", 2022, 250);
    expect(finding).toMatchObject({ code: "off-target-magnitude" });
    expect(finding?.suggestion).toBeUndefined();
  });

  test("no target that year (质量奖 2021 “—”), zero, and rates that may go negative (增速) are not judged", () => {
    expect(actualFindings("A2-14", 2021, 30)).toEqual([]);
    expect(actualFindings("A2-03", 2022, 0)).toEqual([]);
    expect(actualFindings("A2-18", 2022, 0.005)).toEqual([]);
  });

  test("a % figure explained by the percent scale gets only percent-scale", () => {
    expect(codesOf(actualFindings("A2-06", 2022, 10))).toEqual(["percent-scale"]);
  });
});

// 累计新增数字化车间 (A2-05) is cumulative; 上市企业累计数量 (A2-23) a stock; 新增“品字标浙江制造” (A2-15) a flow.
describe("a running total or stock that goes down is 警告 cumulative-decrease", () => {
  const decrease = (id: string, figures: [number, string | number][]) =>
    findingsOf({ actuals: figures.map(([year, raw]) => templateCell(id, year, raw)) }).filter(
      (f) => f.code === "cumulative-decrease",
    );

  test("数字化车间 20 in 2022 then 18 in 2023: the 2023 cell, no suggestion", () => {
    const [finding] = decrease("A2-05", [
      [2022, 20],
      [2023, 18],
    ]);
    expect(finding).toMatchObject({ year: 2023, severity: "警告" });
    expect(finding?.suggestion).toBeUndefined();
    expect(finding?.message).toBe(
      "“累计新增数字化车间”2023年实绩 18 低于 2022年实绩 20：累计数通常不会减少，请核对是否填错或口径有变。",
    );
  });

  test("a second copy of the table is not compared with the first: 20 on one sheet, 18 on another", () => {
    const onSheet = (name: string, year: number, raw: number) => ({
      ...templateCell("A2-05", year, raw),
      sheet: name,
    });
    const findings = findingsOf({ actuals: [onSheet("附件2 (旧)", 2022, 20), onSheet("附件2", 2023, 18)] });
    expect(findings.filter((f) => f.code === "cumulative-decrease")).toEqual([]);
  });

  test("上市企业 22 in 2022 then 21 in 2023 (a stock) is flagged too", () => {
    expect(
      decrease("A2-23", [
        [2022, 22],
        [2023, 21],
      ]),
    ).toHaveLength(1);
  });

  test("a blank year in between: compared with the latest earlier figure (2021's 16)", () => {
    expect(
      decrease("A2-05", [
        [2021, 16],
        [2022, ""],
        [2023, 15],
      ])[0]?.message,
    ).toContain("低于 2021年实绩 16");
  });

  test("a figure typed as text (“20家”) still counts as 20", () => {
    expect(
      decrease("A2-05", [
        [2022, "20家"],
        [2023, 18],
      ]),
    ).toHaveLength(1);
  });

  test("a flow may go down (新增“品字标” 5 then 3), and equal figures pass", () => {
    expect(
      decrease("A2-15", [
        [2022, 5],
        [2023, 3],
      ]),
    ).toEqual([]);
    expect(
      decrease("A2-05", [
        [2022, 20],
        [2023, 20],
      ]),
    ).toEqual([]);
  });
});
