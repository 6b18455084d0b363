import { plan } from "../../src/model";
import { buildTemplateLayout } from "../../src/template/build-layout";
import { tableRangeOf } from "../../src/template/table-sheet";
import { cellAt, contentAt, headerTexts, sheetOf } from "./layout-helpers";

const layout = buildTemplateLayout(plan, { leadUnit: null });
const annex1 = sheetOf(layout, "annex1");

/**
 * 附件1 as printed: id, name as 附件1 prints it, 2020 基数, 2023 and 2025 targets, and the row of the
 * same indicator in 附件2 (Excel; from A2-19 on one lower for the printed name over 19a/19b, from
 * A2-36 two lower).
 */
const printed: [string, string, number | string, number, number, number][] = [
  ["A2-17", "国家级专精特新“小巨人”企业与国家级单项冠军企业数量", 16, 40, 50, 20],
  ["A2-01", "数字经济核心产业制造业增加值规模", 84.1, 145, 200, 4],
  ["A2-34", "累计新增高技术制造业投资", 22.6, 90, 180, 39],
  ["A2-26", "五年累计腾出低效工业用地数量", "—", 3000, 9500, 31],
  ["A2-27", "全区规上工业亩均税收", 38.4, 46.8, 55, 32],
  ["A2-28", "规上工业全员劳动生产率", 36.8, 44, 50, 33],
  ["A2-02", "规模以上工业万元增加值能耗降低率", "0.6 tce/万元", 0.104, 0.16, 5],
  ["A2-03", "研发投入规模", 52, 70, 90, 6],
  ["A2-18", "制造业贷款规模年均增速", "—", 0.12, 0.12, 21],
];

describe("附件1 四倍增、五跃升目标", () => {
  it("comes first, named 附件1 四倍增、五跃升目标, its table A3:L12", () => {
    expect(layout.sheets.map((sheet) => sheet.name)).toEqual([
      "附件1 四倍增、五跃升目标",
      "附件2 目标任务分解",
      "正文其他量化目标",
    ]);
    expect(tableRangeOf(annex1)).toBe("$A$3:$L$12");
    expect(contentAt(annex1, "A1")).toBe("2021-2025 年北仑区制造业“四倍增、五跃升”目标");
    expect(annex1.cells.filter((cell) => cell.row === 1).map((cell) => cell.content)).toEqual([
      "填报单位：全部牵头单位",
      "报告期：＿＿＿＿年1–＿＿月",
      "依据：仑政发〔2022〕1号 附件1",
    ]);
  });

  it("takes its years (2023 and 2025, the ones 附件1 prints) from the model", () => {
    expect(plan.annex1Years).toEqual([2023, 2025]);
    const other = buildTemplateLayout({ ...plan, annex1Years: [2025] }, { leadUnit: null });
    expect(headerTexts(sheetOf(other, "annex1")).filter((text) => String(text).includes("年"))).toEqual([
      "2020年基数",
      "2025年目标",
      "2025年实绩",
      "2025年完成率",
    ]);
  });

  it("heads the 2020 baseline, then 目标/实绩/完成率 of 2023 and 2025", () => {
    expect(headerTexts(annex1)).toEqual([
      "指标类别",
      "代码",
      "指标名称",
      "单位",
      "2020年基数",
      "2023年目标",
      "2023年实绩",
      "2023年完成率",
      "2025年目标",
      "2025年实绩",
      "2025年完成率",
      "牵头单位",
    ]);
  });

  it("lists its nine rows in 附件1's order with baseline and targets", () => {
    printed.forEach(([id, name, baseline, target2023, target2025], index) => {
      const row = 4 + index;
      expect(["B", "C", "E", "F", "I"].map((column) => contentAt(annex1, `${column}${row}`))).toEqual([
        id,
        name,
        baseline,
        target2023,
        target2025,
      ]);
    });
  });

  it("groups 四倍增 (4 rows) and 五跃升 (5 rows) in merged cells", () => {
    expect(annex1.merges).toEqual(expect.arrayContaining(["A1:L1", "A4:A7", "A8:A12"]));
    expect([contentAt(annex1, "A4"), contentAt(annex1, "A8")]).toEqual(["四倍增", "五跃升"]);
  });

  it.each(printed)(
    "shows the actuals of %s from 附件2 (same indicator, same year), locked",
    (id, _name, _b, _t23, _t25, annex2Row) => {
      const row = 4 + printed.findIndex(([candidate]) => candidate === id);
      const source = (column: string) => `'附件2 目标任务分解'!${column}${annex2Row}`;
      expect(cellAt(annex1, `G${row}`)).toMatchObject({
        content: `=IF(${source("L")}="","",${source("L")})`,
        style: "linked",
        locked: true,
      });
      expect(contentAt(annex1, `J${row}`)).toBe(`=IF(${source("R")}="","",${source("R")})`);
      expect(cellAt(annex1, `G${row}`)?.validation).toBeUndefined();
    },
  );

  it('computes its 完成率 from the shown actual: 研发投入规模 2023 is =IF(G11="","",G11/F11)', () => {
    expect(contentAt(annex1, "H11")).toBe('=IF(G11="","",G11/F11)');
    expect(contentAt(annex1, "K11")).toBe('=IF(J11="","",J11/I11)');
  });

  it("has no table cell to type in (its actuals come from 附件2) and says so; only the sign-off is open", () => {
    const table = annex1.cells.filter((cell) => cell.row >= 2 && cell.row <= 11);
    expect(table.every((cell) => cell.locked)).toBe(true);
    expect(annex1.cells.filter((cell) => !cell.locked).every((cell) => cell.style === "signInput")).toBe(
      true,
    );
    const texts = annex1.cells.map((cell) => String(cell.content));
    expect(texts).toContain(
      "1. 本表各年“实绩”自动取自附件2 同一指标的实绩（灰色，不能修改），请在附件2 中填写；完成率自动计算。",
    );
    expect(texts.some((text) => text.includes("只在“实绩”列填写"))).toBe(false);
  });

  it("prints a baseline as printed (16 家, 84.1 亿元, 52 亿元), in another unit than the row's as text (0.6 tce/万元)", () => {
    expect(cellAt(annex1, "E10")?.numberFormat).toBeUndefined();
    expect(cellAt(annex1, "E11")?.numberFormat).toBe("0");
    expect(cellAt(annex1, "E5")?.numberFormat).toBe("0.0");
    expect(cellAt(annex1, "E4")?.numberFormat).toBe("0");
  });
});
