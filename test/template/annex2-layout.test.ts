import { plan } from "../../src/model";
import { buildTemplateLayout } from "../../src/template/build-layout";
import { tableRangeOf } from "../../src/template/table-sheet";
import { cellAt, contentAt, headerTexts, sheetOf } from "./layout-helpers";

const layout = buildTemplateLayout(plan, { leadUnit: null });
const annex2 = sheetOf(layout, "annex2");

/** 附件2 as printed (仑政发〔2022〕1号): id, name, 2025 figure; split rows give one row per part. */
const printed: [string, string, number][] = [
  ["A2-01", "数字经济核心产业制造业增加值规模", 200],
  ["A2-02", "规模以上工业万元增加值能耗累计降低率", 0.16],
  ["A2-03", "研发投入规模", 90],
  ["A2-04", "累计新增未来工厂", 5],
  ["A2-05", "累计新增数字化车间", 35],
  ["A2-06", "数字经济核心产业增加值占GDP比重", 0.16],
  ["A2-07", "全区规上工业企业有研发经费支出的企业占比", 0.85],
  ["A2-08", "全区人才累计数量", 50.97],
  ["A2-09", "区级以上人才计划累计数量", 743],
  ["A2-10", "累计新增节能量", 25],
  ["A2-11", "累计完成年耗5000吨标煤以上企业碳账户建设", 80],
  ["A2-12", "累计创建绿色工厂", 120],
  ["A2-13", "累计新增实施清洁生产企业", 60],
  ["A2-14", "累计新增省、市政府质量奖企业", 4],
  ["A2-15", "新增“品字标浙江制造”", 6],
  ["A2-16", "企业主导参与国际、国家、行业和“浙江制造”标准等制（修）订", 30],
  ["A2-17", "国家级专精特新“小巨人”企业与国家级单项冠军企业数量", 50],
  ["A2-18", "制造业贷款规模年均增速", 0.12],
  ["A2-19a", "累计新增营业收入超五百亿级企业数量", 1],
  ["A2-19b", "累计新增营业收入超百亿企业数量", 3],
  ["A2-20", "累计新增“小升规”企业数量", 250],
  ["A2-21", "累计入库培育“专精特新”中小企业数量", 140],
  ["A2-22", "国家级专精特新“小巨人”企业累计数量", 40],
  ["A2-23", "上市企业累计数量", 31],
  ["A2-24", "科技型中小企业累计数量", 2800],
  ["A2-25", "有效高新技术企业数量", 550],
  ["A2-26", "累计腾出低效工业用地", 9500],
  ["A2-27", "规上工业亩均税收", 55],
  ["A2-28", "规上工业全员劳动生产率", 50],
  ["A2-29", "累计新增整治提升高耗低效及污染企业数量", 400],
  ["A2-30", "累计新增淘汰落后产能企业数量", 200],
  ["A2-31", "累计新增供地开工建设或新增改造提升小微工业园数量", 10],
  ["A2-32", "累计新增认定小微工业园", 10],
  ["A2-33", "累计新增工业用地供给", 5000],
  ["A2-34", "累计新增高技术制造业投资", 180],
  ["A2-35", "五年制造业实际利用外资", 14],
  ["A2-36a", "新增落地总投资超百亿元项目数量", 1],
  ["A2-36b", "新增落地总投资超50亿元项目数量", 2],
  ["A2-36c", "新增落地总投资超20亿元项目数量", 3],
  ["A2-37", "新增储备优质重大项目数量", 30],
];

/** Yearly targets 2021…2025 as printed; null where the document prints "—". */
const yearly: [string, number, (number | null)[]][] = [
  ["A2-01", 4, [100, 120, 145, 175, 200]],
  ["A2-02", 5, [0.036, 0.071, 0.104, 0.135, 0.16]],
  ["A2-03", 6, [54, 60, 70, 80, 90]],
  ["A2-08", 11, [38.5, 41.58, 44.7, 47.85, 50.97]],
  ["A2-09", 12, [383, 473, 563, 653, 743]],
  ["A2-14", 17, [null, 1, 2, 3, 4]],
  ["A2-15", 18, [5, 5, 6, 6, 6]],
  ["A2-19a", 22, [null, null, null, null, 1]],
  ["A2-19b", 23, [null, null, null, null, 3]],
  ["A2-24", 28, [1900, 2300, 2600, 2700, 2800]],
  ["A2-26", 30, [1000, 2000, 3000, 6000, 9500]],
  ["A2-36b", 41, [2, 2, 2, 2, 2]],
  ["A2-37", 43, [30, 30, 40, 30, 30]],
];

/** Target columns of 2021…2025: E, H, K, N, Q (each followed by 实绩 and 完成率). */
const targetColumns = ["E", "H", "K", "N", "Q"];

describe("附件2 目标任务分解", () => {
  it("is the sheet named 附件2 目标任务分解, its table A3:T43 (header row and 40 indicator rows)", () => {
    expect(annex2.name).toBe("附件2 目标任务分解");
    expect(annex2.rowCount).toBe(43);
    expect(annex2.columnCount).toBe(20);
    expect(tableRangeOf(annex2)).toBe("$A$3:$T$43");
  });

  it("has the title, and a subtitle naming the units, the document and the template version", () => {
    expect(contentAt(annex2, "A1")).toBe(
      "2021-2025 年北仑区制造业“腾笼换鸟、凤凰涅槃”攻坚行动目标任务分解表",
    );
    const subtitle = String(contentAt(annex2, "A2"));
    expect(subtitle).toContain("全部牵头单位");
    expect(subtitle).toContain("仑政发〔2022〕1号 附件2");
    expect(subtitle).toContain("模板版本：1");
  });

  it("heads its columns 指标类别, 代码, 指标名称, 单位, then 目标/实绩/完成率 for each year, then 牵头单位", () => {
    expect(headerTexts(annex2)).toEqual([
      "指标类别",
      "代码",
      "指标名称",
      "单位",
      "2021年目标",
      "2021年实绩",
      "2021年完成率",
      "2022年目标",
      "2022年实绩",
      "2022年完成率",
      "2023年目标",
      "2023年实绩",
      "2023年完成率",
      "2024年目标",
      "2024年实绩",
      "2024年完成率",
      "2025年目标",
      "2025年实绩",
      "2025年完成率",
      "牵头单位",
    ]);
  });

  it("lists every printed row in order, with its 代码 in column B, its name in C and its 2025 target in Q", () => {
    expect(annex2.indicatorIds).toEqual(printed.map(([id]) => id));
    printed.forEach(([id, name, figure2025], index) => {
      const row = 4 + index;
      expect([
        id,
        contentAt(annex2, `B${row}`),
        contentAt(annex2, `C${row}`),
        contentAt(annex2, `Q${row}`),
      ]).toEqual([id, id, name, figure2025]);
    });
  });

  it.each(yearly)(
    "puts the yearly targets of %s (row %i) in E, H, K, N and Q, and — where none is printed",
    (_id, row, figures) => {
      figures.forEach((figure, index) => {
        expect(contentAt(annex2, `${targetColumns[index]}${row}`)).toBe(figure ?? "—");
      });
    },
  );

  it("merges each category down its rows: 提质增效 16, 企业培育 10 (a split row), 空间优化 8, 产业升级 6", () => {
    expect(annex2.merges).toEqual(["A1:T1", "A2:T2", "A4:A19", "A20:A29", "A30:A37", "A38:A43"]);
    expect([
      contentAt(annex2, "A4"),
      contentAt(annex2, "A20"),
      contentAt(annex2, "A30"),
      contentAt(annex2, "A38"),
    ]).toEqual(["提质增效", "企业培育", "空间优化", "产业升级"]);
    expect(contentAt(annex2, "A5")).toBeNull();
  });

  it("names the unit and the lead units of a row, co-leads joined with 、", () => {
    expect([contentAt(annex2, "D4"), contentAt(annex2, "T4")]).toEqual(["亿元", "区经信局"]);
    expect([contentAt(annex2, "D30"), contentAt(annex2, "T30")]).toEqual(["亩", "资规分局、区经信局"]);
    expect([contentAt(annex2, "D39"), contentAt(annex2, "T39")]).toEqual(["亿美元", "开发区投资促进局"]);
    expect([contentAt(annex2, "D40"), contentAt(annex2, "T40")]).toEqual(["个", "开发区投资促进局"]);
  });

  it("computes 完成率 as actual ÷ target with a plain formula, empty while the actual is", () => {
    expect(contentAt(annex2, "G4")).toBe('=IF(F4="","",F4/E4)');
    expect(contentAt(annex2, "M6")).toBe('=IF(L6="","",L6/K6)');
    expect(contentAt(annex2, "S23")).toBe('=IF(R23="","",R23/Q23)');
  });

  it("writes no 完成率 formula where the year has no target (累计新增省、市政府质量奖企业 in 2021)", () => {
    expect(contentAt(annex2, "E17")).toBe("—");
    expect(contentAt(annex2, "G17")).toBeNull();
    expect(contentAt(annex2, "J17")).toBe('=IF(I17="","",I17/H17)');
    expect(["G22", "J22", "M22", "P22"].map((address) => contentAt(annex2, address))).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it("leaves every actual cell empty and unlocked, tagged with its indicator and year; everything else locked", () => {
    const actual = cellAt(annex2, "L6");
    expect(actual).toMatchObject({
      content: null,
      style: "actual",
      locked: false,
      actualOf: { indicatorId: "A2-03", year: 2023 },
    });
    const unlocked = annex2.cells.filter((cell) => !cell.locked);
    expect(unlocked).toHaveLength(40 * 5);
    expect(unlocked.every((cell) => cell.style === "actual")).toBe(true);
    expect(cellAt(annex2, "K6")).toMatchObject({ style: "target", locked: true });
    expect(cellAt(annex2, "M6")).toMatchObject({ style: "rate", locked: true });
  });

  it("formats figures by unit: 亿元 0.00, 家 0, % 0.0%, 亩 0.0; 完成率 0.0%; — as text", () => {
    expect(cellAt(annex2, "E4")?.numberFormat).toBe("0.00");
    expect(cellAt(annex2, "F4")?.numberFormat).toBe("0.00");
    expect(cellAt(annex2, "E7")?.numberFormat).toBe("0");
    expect(cellAt(annex2, "F9")?.numberFormat).toBe("0.0%");
    expect(cellAt(annex2, "Q30")?.numberFormat).toBe("0.0");
    expect(cellAt(annex2, "G4")?.numberFormat).toBe("0.0%");
    expect(cellAt(annex2, "E17")).toMatchObject({ content: "—", style: "target" });
    expect(cellAt(annex2, "E17")?.numberFormat).toBeUndefined();
  });

  it("prints A4 landscape with the title and header rows repeated, frozen below the header and right of the name", () => {
    expect(annex2.printTitleRows).toBe("$1:$3");
    expect([annex2.frozenRows, annex2.frozenColumns]).toEqual([3, 3]);
  });
});
