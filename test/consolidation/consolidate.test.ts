/**
 * 汇总 worked from the policy. 累计腾出低效工业用地 (A2-26, 亩) has two lead units, 资规分局 and
 * 区经信局; 研发投入规模 (A2-03, 区科技局) has a 2023 target of 70 亿元, so its 序时进度 for 1–6月 is
 * 35 亿元; 数字经济核心产业制造业增加值 (A2-01, 区经信局): 附件1 2020 基数 84.1 亿元, 2025 目标 200.
 */
import { consolidate } from "../../src/consolidation/consolidate";
import { plan } from "../../src/model";
import { midYear2023, returned, whole2025 } from "./returns";

const zigui = returned("资规分局.xlsx", "资规分局", [["A2-26", 2023, 2100]]);
const jingxin = returned("区经信局.xlsx", "区经信局", [
  ["A2-26", 2023, 1750],
  ["A2-05", 2023, 20],
]);

describe("conflicts are never settled silently", () => {
  test("two co-lead units give 2100 and 1750 亩 for 2023: a conflict, the value left out, both candidates listed", () => {
    const result = consolidate(plan, midYear2023, [zigui, jingxin]);
    expect(result.values.find((v) => v.indicatorId === "A2-26")).toBeUndefined();
    expect(result.conflicts).toEqual([
      {
        indicatorId: "A2-26",
        year: 2023,
        chosen: null,
        candidates: [
          expect.objectContaining({ file: "资规分局.xlsx", unit: "资规分局", value: 2100 }),
          expect.objectContaining({ file: "区经信局.xlsx", unit: "区经信局", value: 1750 }),
        ],
      },
    ]);
    expect(result.statuses.find((s) => s.indicatorId === "A2-26")?.actual).toBeNull();
  });

  test("preferring 资规分局 takes its 2100, with its file and cell as provenance", () => {
    const result = consolidate(plan, midYear2023, [zigui, jingxin], { prefer: "资规分局", picks: {} });
    expect(result.values.find((v) => v.indicatorId === "A2-26")).toMatchObject({
      value: 2100,
      file: "资规分局.xlsx",
      unit: "资规分局",
      sheet: "附件2 目标任务分解",
      settledBy: "prefer",
    });
    expect(result.conflicts[0]?.chosen).toBe("资规分局.xlsx");
  });

  test("a pick by file wins over the preferred unit", () => {
    const result = consolidate(plan, midYear2023, [zigui, jingxin], {
      prefer: "资规分局",
      picks: { "A2-26|2023": "区经信局.xlsx" },
    });
    expect(result.values.find((v) => v.indicatorId === "A2-26")).toMatchObject({
      value: 1750,
      settledBy: "pick",
    });
  });

  test("files that agree merge into one value naming the others", () => {
    const again = returned("资规分局-复核.xlsx", null, [["A2-26", 2023, 2100]]);
    const result = consolidate(plan, midYear2023, [zigui, again]);
    expect(result.conflicts).toEqual([]);
    expect(result.values.find((v) => v.indicatorId === "A2-26")).toMatchObject({
      value: 2100,
      file: "资规分局.xlsx",
      agreeing: ["资规分局-复核.xlsx"],
    });
  });
});

describe("who sent what", () => {
  test("of the nine lead units, seven that sent nothing are listed (in the plan's order)", () => {
    expect(consolidate(plan, midYear2023, [zigui, jingxin]).missing.units).toEqual([
      "区发改局",
      "区科技局",
      "区委人才办",
      "生态环境分局",
      "区市场监管局",
      "区地方金融监管局",
      "开发区投资促进局",
    ]);
  });

  test("a unit's second, newer file wins; the older one is listed as superseded and not used", () => {
    const older = returned("科技局-旧.xlsx", "区科技局", [["A2-03", 2023, 30]], "2023-07-05T02:10:00Z");
    const newer = returned("科技局-新.xlsx", "区科技局", [["A2-03", 2023, 36]], "2023-07-12T08:30:00Z");
    const result = consolidate(plan, midYear2023, [newer, older]);
    expect(result.values.find((v) => v.indicatorId === "A2-03")).toMatchObject({
      value: 36,
      file: "科技局-新.xlsx",
    });
    expect(result.superseded).toEqual([
      { unit: "区科技局", newer: "科技局-新.xlsx", older: ["科技局-旧.xlsx"] },
    ]);
    expect(result.files.map((f) => [f.file, f.used])).toEqual([
      ["科技局-新.xlsx", true],
      ["科技局-旧.xlsx", false],
    ]);
  });

  test("an indicator with a 2023 target and no figure is missing, naming its lead units; a year after the period is not", () => {
    const result = consolidate(plan, midYear2023, [jingxin]);
    expect(result.missing.indicators).toContainEqual({
      indicatorId: "A2-04",
      year: 2023,
      units: ["区经信局"],
    });
    expect(result.missing.indicators).toContainEqual({
      indicatorId: "A2-04",
      year: 2021,
      units: ["区经信局"],
    });
    expect(result.missing.indicators.some((m) => m.year === 2024)).toBe(false);
    // A2-05 2023 was given (20); A2-19a prints no 2023 target (“—”): neither is missing.
    expect(result.missing.indicators).not.toContainEqual(
      expect.objectContaining({ indicatorId: "A2-05", year: 2023 }),
    );
    expect(result.missing.indicators).not.toContainEqual(
      expect.objectContaining({ indicatorId: "A2-19a", year: 2023 }),
    );
  });
});

describe("statuses for 2023年1–6月, as BL.STATUS gives them", () => {
  test.each([
    [36, 36 / 35, "达标"], // 102.9%
    [31.5, 0.9, "预警"], // 90%
    [28, 0.8, "滞后"], // 80%
  ])("研发投入规模 %d 亿元 against 序时进度 35: %f, %s", (actual, attainment, status) => {
    const file = returned("科技局.xlsx", "区科技局", [["A2-03", 2023, actual]]);
    const row = consolidate(plan, midYear2023, [file]).statuses.find((s) => s.indicatorId === "A2-03");
    expect(row).toMatchObject({ target: 70, expected: 35, actual, status });
    expect(row?.attainment).toBeCloseTo(attainment, 10);
  });

  test("an indicator with a target and no figure is 未填报; one without a target that year has no status", () => {
    const result = consolidate(plan, midYear2023, [jingxin]);
    expect(result.statuses.find((s) => s.indicatorId === "A2-04")?.status).toBe("未填报");
    expect(result.statuses.find((s) => s.indicatorId === "A2-19a")?.status).toBeNull();
  });

  test("the counts by action and by unit add up to the overview's statuses", () => {
    const result = consolidate(plan, midYear2023, [jingxin]);
    const count = (status: string) => result.statuses.filter((s) => s.status === status).length;
    expect(result.totals).toEqual({
      达标: count("达标"),
      预警: count("预警"),
      滞后: count("滞后"),
      未填报: count("未填报"),
    });
    const sum = (key: "达标" | "未填报") => result.byCategory.reduce((n, c) => n + c.counts[key], 0);
    expect(sum("未填报")).toBe(result.totals.未填报);
    expect(result.byCategory.map((c) => c.category)).toEqual([
      "提质增效",
      "企业培育",
      "空间优化",
      "产业升级",
      "政策保障",
    ]);
  });
});

describe("情况分析", () => {
  const files = [
    returned("科技局.xlsx", "区科技局", [["A2-03", 2023, 28]]),
    returned("区经信局.xlsx", "区经信局", [["A2-05", 2023, 20]]),
  ];
  const result = consolidate(plan, midYear2023, files);

  test("its counts are the overview's, and every 滞后 indicator is named with lead unit, 完成率 and gap", () => {
    const { 达标, 预警, 滞后, 未填报 } = result.totals;
    const judged = result.statuses.filter((s) => s.status !== null).length;
    expect(result.brief).toContain(
      `本期有目标的 ${judged} 项指标中：达标 ${达标} 项，预警 ${预警} 项，滞后 ${滞后} 项，未填报 ${未填报} 项。`,
    );
    for (const row of result.statuses.filter((s) => s.status === "滞后"))
      expect(result.brief).toContain(row.name);
    // 28 亿元 against 35: 80.0%, 7 亿元 short.
    expect(result.brief).toContain(
      "研发投入规模（区科技局）：实绩 28 亿元，序时进度 35 亿元，完成率 80.0%，差 7 亿元。",
    );
  });

  test("it starts with the period and names the units that have not reported", () => {
    expect(result.brief.split("\n")[0]).toBe("2023年1–6月制造业高质量发展目标推进情况分析");
    expect(result.brief).toContain(
      "未报送单位：区发改局、区委人才办、生态环境分局、区市场监管局、区地方金融监管局、资规分局、开发区投资促进局。",
    );
    // 区科技局 sent only 研发投入规模: its other 2023 indicators are named.
    expect(result.brief).toContain(
      "区科技局本期未填报 3 项：全区规上工业企业有研发经费支出的企业占比、科技型中小企业累计数量、有效高新技术企业数量。",
    );
  });

  test("is the same text for the same files", () => {
    expect(consolidate(plan, midYear2023, files).brief).toBe(result.brief);
  });
});

describe("终期评估 for the whole of 2025 against 附件1", () => {
  test("数字经济核心产业制造业增加值 180 亿元 is 2.14 times the 84.1 base (翻一番) and 90.0% of the 200 target", () => {
    const result = consolidate(plan, whole2025, [
      returned("区经信局.xlsx", "区经信局", [["A2-01", 2025, 180]]),
    ]);
    const row = result.finalAssessment?.find((r) => r.indicatorId === "A2-01");
    expect(row).toMatchObject({ group: "四倍增", baseline: 84.1, target: 200, actual: 180, reached: true });
    expect(row?.multiple).toBeCloseTo(180 / 84.1, 10);
    expect(row?.attainment).toBeCloseTo(0.9, 10);
    expect(result.brief).toContain(
      "2020年基数 84.1 亿元，2025年目标 200 亿元，2025年实绩 180 亿元，为基数的 2.14 倍，实现翻一番，完成目标的 90.0%。",
    );
  });

  test("研发投入规模 (五跃升) at 90 亿元 reaches the 2025 level; at 85 it does not", () => {
    const at = (actual: number) =>
      consolidate(plan, whole2025, [
        returned("科技局.xlsx", "区科技局", [["A2-03", 2025, actual]]),
      ]).finalAssessment?.find((r) => r.indicatorId === "A2-03");
    expect(at(90)).toMatchObject({ group: "五跃升", reached: true });
    expect(at(85)).toMatchObject({ group: "五跃升", reached: false });
  });

  test("is absent before the whole of 2025", () => {
    expect(consolidate(plan, midYear2023, []).finalAssessment).toBeNull();
    expect(consolidate(plan, { year: 2025, month: 6 }, []).finalAssessment).toBeNull();
  });
});
