import { plan } from "../../src/model";
import { buildTemplateLayout } from "../../src/template/build-layout";
import { tableRangeOf } from "../../src/template/table-sheet";
import { cellAt, cellOfIndicator, contentAt, headerTexts, rowOf, sheetOf } from "./layout-helpers";

const layout = buildTemplateLayout(plan, { leadUnit: null, period: { year: 2023, month: 6 } });
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
const yearly: [string, (number | null)[]][] = [
  ["A2-01", [100, 120, 145, 175, 200]],
  ["A2-02", [0.036, 0.071, 0.104, 0.135, 0.16]],
  ["A2-03", [54, 60, 70, 80, 90]],
  ["A2-08", [38.5, 41.58, 44.7, 47.85, 50.97]],
  ["A2-09", [383, 473, 563, 653, 743]],
  ["A2-14", [null, 1, 2, 3, 4]],
  ["A2-15", [5, 5, 6, 6, 6]],
  ["A2-19a", [null, null, null, null, 1]],
  ["A2-19b", [null, null, null, null, 3]],
  ["A2-24", [1900, 2300, 2600, 2700, 2800]],
  ["A2-26", [1000, 2000, 3000, 6000, 9500]],
  ["A2-36b", [2, 2, 2, 2, 2]],
  ["A2-37", [30, 30, 40, 30, 30]],
];

const years = [2021, 2022, 2023, 2024, 2025];
const target = (id: string, year: number) => cellOfIndicator(annex2, id, `${year}年目标`);

describe("附件2 目标任务分解", () => {
  it("is the sheet named 附件2 目标任务分解, its table A3:U45 (header, 40 indicators, 2 printed names of split rows)", () => {
    expect(annex2.name).toBe("附件2 目标任务分解");
    expect(annex2.columnCount).toBe(21);
    expect(tableRangeOf(annex2)).toBe("$A$3:$U$45");
    expect(annex2.rowIds).toHaveLength(42);
  });

  it("has the title, and under it 填报单位, 报告期 and 依据 (no template version a clerk cannot use)", () => {
    expect(contentAt(annex2, "A1")).toBe(
      "2021-2025 年北仑区制造业“腾笼换鸟、凤凰涅槃”攻坚行动目标任务分解表",
    );
    const line = annex2.cells.filter((cell) => cell.row === 1).map((cell) => cell.content);
    expect(line).toEqual(["填报单位：全部牵头单位", "报告期：2023年1–6月", "依据：仑政发〔2022〕1号 附件2"]);
    expect(annex2.cells.some((cell) => String(cell.content).includes("模板版本"))).toBe(false);
  });

  it("heads its columns 指标类别, 代码, 指标名称, 单位, 目标/实绩/完成率 for each year, 牵头单位, 备注（情况说明）", () => {
    expect(headerTexts(annex2)).toEqual([
      "指标类别",
      "代码",
      "指标名称",
      "单位",
      ...years.flatMap((year) => [`${year}年目标`, `${year}年实绩`, `${year}年完成率`]),
      "牵头单位",
      "备注\n（情况说明）",
    ]);
  });

  it("lists every printed row in order, with its 代码 in column B, its name in C and its 2025 target in Q", () => {
    expect(annex2.indicatorIds).toEqual(printed.map(([id]) => id));
    for (const [id, name, figure2025] of printed.filter(([id]) => !/[abc]$/.test(id))) {
      const row = rowOf(annex2, id);
      expect([
        contentAt(annex2, `B${row}`),
        contentAt(annex2, `C${row}`),
        contentAt(annex2, `Q${row}`),
      ]).toEqual([id, name, figure2025]);
    }
  });

  it("shows a split row's printed name over its parts, each part labelled with its words of that name", () => {
    expect(annex2.rowIds.slice(17, 20)).toEqual(["A2-18", null, "A2-19a"]);
    expect(annex2.rowIds.slice(36, 41)).toEqual(["A2-35", null, "A2-36a", "A2-36b", "A2-36c"]);
    expect([contentAt(annex2, "B22"), contentAt(annex2, "C22")]).toEqual([
      null,
      "累计新增营业收入超五百亿级企业（家）/超百亿企业数量（家）",
    ]);
    expect(["C23", "C24"].map((address) => contentAt(annex2, address))).toEqual([
      "\u3000超五百亿级企业",
      "\u3000超百亿企业",
    ]);
    expect(contentAt(annex2, "C41")).toBe("新增落地总投资超百亿元/总投资超50亿元/总投资超20亿元项目数量(个)");
    expect(["B42", "C42", "C43", "C44", "Q44"].map((address) => contentAt(annex2, address))).toEqual([
      "A2-36a",
      "\u3000总投资超百亿元",
      "\u3000总投资超50亿元",
      "\u3000总投资超20亿元",
      3,
    ]);
    expect(annex2.merges).toEqual(expect.arrayContaining(["C22:S22", "C41:S41"]));
    const groupRow = annex2.cells.filter((cell) => cell.row === 21);
    expect(groupRow.every((cell) => cell.locked && !cell.actualOf)).toBe(true);
    expect(annex2.regions).toContainEqual({ range: "C22:U22", style: "group" });
  });

  it.each(yearly)("puts the yearly targets of %s in its row, and — where none is printed", (id, figures) => {
    years.forEach((year, index) => expect(target(id, year).content).toBe(figures[index] ?? "—"));
  });

  it("merges each category down its rows, cut where a page starts and the category repeated there", () => {
    const columnA = annex2.merges
      .filter((merge) => /^A\d+:A\d+$/.test(merge))
      .map((merge) => merge.split(":").map((address) => Number(address.slice(1))));
    expect(columnA.slice(0, 2)).toEqual([
      [4, 19],
      [20, 30],
    ]);
    expect(["A4", "A20"].map((address) => contentAt(annex2, address))).toEqual(["提质增效", "企业培育"]);
    expect(contentAt(annex2, "A5")).toBeNull();
    const tableBreaks = annex2.page.breaksBefore.filter((row) => row < 45);
    expect(tableBreaks.length).toBeGreaterThan(0);
    for (const row of tableBreaks) {
      const excelRow = row + 1;
      expect(typeof contentAt(annex2, `A${excelRow}`)).toBe("string");
      expect(columnA.filter(([from = 0, to = 0]) => from < excelRow && to >= excelRow)).toEqual([]);
    }
  });

  it("names the unit and the lead units of a row, co-leads joined with 、", () => {
    const at = (id: string, column: string) => contentAt(annex2, `${column}${rowOf(annex2, id)}`);
    expect([at("A2-01", "D"), at("A2-01", "T")]).toEqual(["亿元", "区经信局"]);
    expect([at("A2-26", "D"), at("A2-26", "T")]).toEqual(["亩", "资规分局、区经信局"]);
    expect([at("A2-35", "D"), at("A2-35", "T")]).toEqual(["亿美元", "开发区投资促进局"]);
  });

  it("computes 完成率 as actual ÷ target with a plain formula, empty (and cached as empty) while the actual is", () => {
    expect(cellAt(annex2, "G4")).toMatchObject({ content: '=IF(F4="","",F4/E4)', result: "" });
    expect(contentAt(annex2, "M6")).toBe('=IF(L6="","",L6/K6)');
    const row = rowOf(annex2, "A2-19b");
    expect(contentAt(annex2, `S${row}`)).toBe(`=IF(R${row}="","",R${row}/Q${row})`);
  });

  it("writes no 完成率 formula where the year has no target (累计新增省、市政府质量奖企业 in 2021)", () => {
    expect(contentAt(annex2, "E17")).toBe("—");
    expect(contentAt(annex2, "G17")).toBeNull();
    expect(contentAt(annex2, "J17")).toBe('=IF(I17="","",I17/H17)');
    const row = rowOf(annex2, "A2-19a");
    expect(["G", "J", "M", "P"].map((column) => contentAt(annex2, `${column}${row}`))).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it("leaves actual and 备注 cells empty and unlocked; the 备注 is text; everything else in the table locked", () => {
    expect(cellAt(annex2, "L6")).toMatchObject({
      content: null,
      style: "actual",
      locked: false,
      actualOf: { indicatorId: "A2-03", year: 2023 },
    });
    expect(cellAt(annex2, "U6")).toMatchObject({
      content: null,
      style: "remark",
      locked: false,
      numberFormat: "@",
    });
    const table = annex2.cells.filter((cell) => cell.row >= 3 && cell.row < 45);
    const unlocked = table.filter((cell) => !cell.locked);
    expect(unlocked).toHaveLength(40 * 5 + 40);
    expect(new Set(unlocked.map((cell) => cell.style))).toEqual(new Set(["actual", "remark"]));
    expect(cellAt(annex2, "K6")).toMatchObject({ style: "target", locked: true });
    expect(cellAt(annex2, "M6")).toMatchObject({ style: "rate", locked: true });
  });

  it("formats targets as the policy prints them: 145 亿元, 9500 亩, 38.5 and 41.58 万人, 12% and 10.4%", () => {
    expect(target("A2-01", 2023)).toMatchObject({ content: 145, numberFormat: "0" });
    expect(target("A2-26", 2025)).toMatchObject({ content: 9500, numberFormat: "0" });
    expect(target("A2-08", 2021)).toMatchObject({ content: 38.5, numberFormat: "0.0" });
    expect(target("A2-08", 2022)).toMatchObject({ content: 41.58, numberFormat: "0.00" });
    expect(target("A2-18", 2023)).toMatchObject({ content: 0.12, numberFormat: "0%" });
    expect(target("A2-02", 2023)).toMatchObject({ content: 0.104, numberFormat: "0.0%" });
    expect(target("A2-27", 2021)).toMatchObject({ content: 40.5, numberFormat: "0.0" });
    expect(target("A2-14", 2021).numberFormat).toBeUndefined();
  });

  it("formats actuals by unit: counts whole, percentages to 0.1%, amounts as typed; 完成率 0.0%", () => {
    const actual = (id: string) => cellOfIndicator(annex2, id, "2023年实绩").numberFormat;
    expect([actual("A2-04"), actual("A2-06"), actual("A2-01"), actual("A2-26")]).toEqual([
      "0",
      "0.0%",
      "General",
      "General",
    ]);
    expect(cellOfIndicator(annex2, "A2-01", "2023年完成率").numberFormat).toBe("0.0%");
  });

  it("prints with the column headers repeated, frozen below the header and right of the name", () => {
    expect(annex2.printTitleRows).toBe("$3:$3");
    expect([annex2.frozenRows, annex2.frozenColumns]).toEqual([3, 3]);
  });
});
