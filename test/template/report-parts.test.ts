/** The parts that make the template a 报表: 报告期, 填报说明, sign-off, page setup, document properties. */
import { plan } from "../../src/model";
import { buildTemplateLayout } from "../../src/template/build-layout";
import { cellAddress } from "../../src/template/address";
import { parseStatedPeriod, periodCellText, statedPeriodIn } from "../../src/template/report-period";
import { signOffFields } from "../../src/template/sheet-bands";
import { styleLooks } from "../../src/template/styles";
import { heightOf, linesOf } from "../../src/template/text-lines";
import type { SheetLayout } from "../../src/template/types";
import { cellAt, contentAt, rowOf, sheetOf, textsOf } from "./layout-helpers";

const period = { year: 2023, month: 6 };
const layout = buildTemplateLayout(plan, { leadUnit: null, period });
const annex2 = sheetOf(layout, "annex2");
const lastTableRow = (sheet: SheetLayout) => sheet.firstIndicatorRow + sheet.rowIds.length - 1;

describe("the 报告期 each sheet states", () => {
  it("sits in the line under the title of every sheet: 报告期：2023年1–6月", () => {
    for (const sheet of layout.sheets) {
      const { row, column } = sheet.periodCell;
      expect([sheet.name, cellAt(sheet, cellAddress(row, column))?.content]).toEqual([
        sheet.name,
        "报告期：2023年1–6月",
      ]);
    }
  });

  it("says January alone as 1月, the whole year as 1–12月, and leaves blanks to write in without a period", () => {
    expect(periodCellText({ year: 2024, month: 1 })).toBe("报告期：2024年1月");
    expect(periodCellText({ year: 2023, month: 12 })).toBe("报告期：2023年1–12月");
    expect(periodCellText(null)).toBe("报告期：＿＿＿＿年1–＿＿月");
  });

  it.each([
    ["报告期：2023年1–6月", { year: 2023, month: 6 }],
    ["报告期:2023年1-9月", { year: 2023, month: 9 }],
    ["报告期：２０２３年１－６月", { year: 2023, month: 6 }],
    ["报告期： 2023年 1至3月", { year: 2023, month: 3 }],
    ["报告期：2024年1月", { year: 2024, month: 1 }],
    ["报告期：2022年", { year: 2022, month: 12 }],
    ["报告期：2022年全年", { year: 2022, month: 12 }],
  ])("reads %j back as the period it states", (text, expected) => {
    expect(parseStatedPeriod(text)).toEqual(expected);
  });

  it.each([["报告期：＿＿＿＿年1–＿＿月"], ["报告期：2023年1–13月"], ["填报单位：区经信局"], [42], [""]])(
    "finds no period in %j",
    (text) => expect(parseStatedPeriod(text)).toBeNull(),
  );

  it("is found by its text wherever it is among the top rows", () => {
    const rows = [["标题"], ["", "", "报告期：2023年1–6月"]];
    expect(statedPeriodIn("附件2", rows)).toEqual({ sheet: "附件2", row: 1, column: 2, period });
    expect(statedPeriodIn("附件2", [["标题"]])).toBeNull();
  });
});

describe("the 填报说明 under each table", () => {
  it("tells 附件2's users the colours, what an actual covers, units and percentages, where to explain a shortfall", () => {
    const texts = textsOf(annex2);
    expect(texts).toContain("填报说明：");
    expect(texts.join("\n")).toContain("白色单元格为填报项");
    expect(texts.join("\n")).toContain("本表报告期：2023年1–6月");
    expect(texts.join("\n")).toContain("百分数可填 12% 或 0.12，均为 12%");
    expect(texts.join("\n")).toContain("请在“备注（情况说明）”中写明原因");
    expect(texts.join("\n")).toContain("附件1 的实绩自动取自本表");
  });

  it("tells 附件1's users that its actuals come from 附件2 and where to explain", () => {
    const texts = textsOf(sheetOf(layout, "annex1")).join("\n");
    expect(texts).toContain("本表各年“实绩”自动取自附件2");
    expect(texts).toContain("请在附件2 该指标的“备注（情况说明）”中写明原因");
  });

  it("stands below the table, each point one row across the whole width", () => {
    const notes = annex2.cells.filter((cell) => cell.style === "note");
    expect(notes.every((cell) => cell.row > lastTableRow(annex2) && cell.column === 0)).toBe(true);
    expect(annex2.merges).toContain(`A${notes[0]!.row + 1}:U${notes[0]!.row + 1}`);
  });
});

describe("the sign-off block", () => {
  it("has 填报单位（盖章）, 填报人, 联系电话, 审核人 and 填报日期 on every sheet, each with an unlocked blank", () => {
    expect(signOffFields).toEqual(["填报单位（盖章）：", "填报日期：", "填报人：", "联系电话：", "审核人："]);
    for (const sheet of layout.sheets) {
      const labels = sheet.cells.filter((cell) => cell.style === "signLabel");
      expect(labels.map((cell) => cell.content)).toEqual(signOffFields);
      for (const label of labels) {
        const blank = sheet.cells.find((cell) => cell.row === label.row && cell.column > label.column);
        expect(blank).toMatchObject({ style: "signInput", locked: false, content: null });
      }
    }
    expect(styleLooks.signInput).toMatchObject({ border: "under", input: true });
  });

  it("keeps the 代码 column empty below the table, so no reader takes a label for an indicator row", () => {
    for (const sheet of layout.sheets) {
      const below = sheet.cells.filter((cell) => cell.row > lastTableRow(sheet) && cell.column === 1);
      expect(below.filter((cell) => cell.content !== null)).toEqual([]);
    }
  });

  it("gives every label the room its text needs", () => {
    for (const sheet of layout.sheets) {
      for (const cell of sheet.cells.filter((c) => c.style === "signLabel" || c.style === "period")) {
        const merge = sheet.merges.find((range) =>
          range.startsWith(`${cellAddress(cell.row, cell.column)}:`),
        );
        const [first, last] = merge
          ? merge.split(":").map((address) => address.replace(/\d+/, "").charCodeAt(0) - 65)
          : [cell.column, cell.column];
        const width = sheet.columnWidths.slice(first, (last ?? 0) + 1).reduce((a, b) => a + b, 0);
        expect([sheet.name, cell.content, linesOf(String(cell.content), width, 10)]).toEqual([
          sheet.name,
          cell.content,
          1,
        ]);
      }
    }
  });
});

describe("row heights for wrapped text", () => {
  it("counts lines as a 20-character name column wraps them: 29 characters of 10 pt in 101 pt make 3 lines", () => {
    expect(linesOf("企业主导参与国际、国家、行业和“浙江制造”标准等制（修）订", 20, 10)).toBe(3);
    expect(linesOf("研发投入规模", 20, 10)).toBe(1);
    expect(linesOf("备注\n（情况说明）", 10.5, 10)).toBe(3);
  });

  it("makes a row tall enough for its longest cell: 3 lines of 10 pt (1.45 em each, 4 pt margin) are 48 pt", () => {
    expect(heightOf(3, 10)).toBe(48);
    expect(annex2.rowHeights[rowOf(annex2, "A2-16") - 1]).toBe(48);
    expect(annex2.rowHeights[rowOf(annex2, "A2-03") - 1]).toBe(heightOf(1, 10));
    expect(annex2.rowHeights).toHaveLength(annex2.rowCount);
  });
});

describe("how the sheets print", () => {
  it("fits each table one A4 page wide at a scale that prints 10 pt body text at 8 pt or more", () => {
    // A4 landscape 841.89 pt less 2 × 0.25 in = 805.89 pt; LibreOffice gives a width character 6.1 pt.
    for (const sheet of layout.sheets) {
      const width = sheet.columnWidths.reduce((a, b) => a + b, 0) * 6.1 * (sheet.page.scale / 100);
      expect(width).toBeLessThanOrEqual(805.89);
      expect((10 * sheet.page.scale) / 100).toBeGreaterThanOrEqual(8);
    }
    expect(layout.sheets.map((sheet) => sheet.page.scale)).toEqual([100, 82, 82]);
  });

  it("never breaks a page inside the 填报说明 and sign-off, and starts a new page where 附件2 is too long", () => {
    for (const sheet of layout.sheets) {
      const notesRow = sheet.cells.find((cell) => cell.style === "note")!.row;
      expect(sheet.page.breaksBefore.filter((row) => row > notesRow)).toEqual([]);
    }
    expect(annex2.page.breaksBefore.length).toBeGreaterThanOrEqual(1);
  });

  it("heads each page with the title, 填报单位 and 报告期, and numbers it 第 N 页 共 M 页", () => {
    expect(annex2.page.header.left).toContain("附件2\u30002021-2025 年北仑区制造业");
    expect(annex2.page.header.right).toContain("填报单位：全部牵头单位\u3000报告期：2023年1–6月");
    expect(annex2.page.footer.center).toBe('&"SimSun,Regular"&10 第 &P 页 共 &N 页');
    expect(annex2.page.header.left.startsWith('&"SimSun,Bold"&10 ')).toBe(true);
  });

  it("names the workbook's title, subject and author (工作专班)", () => {
    expect(buildTemplateLayout(plan, { leadUnit: "区科技局" }).documentProperties).toEqual({
      title: "北仑区新一轮制造业“腾笼换鸟、凤凰涅槃”攻坚行动方案（2021—2025年）（区科技局）",
      subject: "仑政发〔2022〕1号 目标任务填报",
      author: "工作专班",
    });
  });

  it("names 宋体 (SimSun) for the body and 黑体 (SimHei) for title and headers, with the GB2312 charset", () => {
    expect(styleLooks.label.font).toEqual({ name: "SimSun", family: 3, charset: 134 });
    expect(styleLooks.header.font.name).toBe("SimHei");
    expect(styleLooks.title.font.name).toBe("SimHei");
  });
});

describe("a per-unit template", () => {
  it("states its unit under the title: 填报单位：区经信局", () => {
    const sheet = sheetOf(buildTemplateLayout(plan, { leadUnit: "区经信局", period }), "annex2");
    expect(contentAt(sheet, "A2")).toBe("填报单位：区经信局");
  });
});
