/**
 * What units do to a template, done in the open workbook: the pane reads through the same reader as
 * the command line (src/reader), so linked actuals, edited headers and dates read the same way.
 * Period 2023年1–6月; 研发投入规模 (A2-03) in 亿元, 2023 target 70.
 */
import { annex2, templateWorkbook } from "../support/template-workbook";

const period = { year: 2023, month: 6 };

describe("校验实绩 on a template the unit worked in", () => {
  test("an actual linked to the unit's own 测算 sheet is read: its result is checked (an error behind it is 错误)", async () => {
    const { wb, ops, addressOf } = await templateWorkbook();
    wb.addSheet("测算");
    wb.setCellValue("测算", "B5", 36);
    const cell = addressOf(annex2, "A2-03", "2023年实绩");
    wb.setCellFormula(annex2, cell, "=测算!B5", 36);
    const read = await ops.validate(period, "");
    expect(read.actuals.find((c) => c.address === cell && c.sheet === annex2)).toMatchObject({
      raw: 36,
      formula: "=测算!B5",
    });
    expect(read.findings.filter((f) => f.address === cell)).toEqual([]);

    wb.setCellFormula(annex2, cell, "=1/0", "#DIV/0!");
    const again = await ops.validate(period, "");
    expect(again.findings.filter((f) => f.address === cell).map((f) => f.code)).toEqual(["excel-error"]);
  });

  test("a year header edited to “2023年实绩（1–6月）” keeps the column read, and the pane says so", async () => {
    const { wb, ops, addressOf } = await templateWorkbook();
    const cell = addressOf(annex2, "A2-03", "2023年实绩");
    const header = cell.replace(/\d+$/, "3");
    wb.setCellValue(annex2, header, "2023年实绩（1–6月）");
    wb.setCellValue(annex2, cell, "约35");
    const read = await ops.validate(period, "");
    expect(read.findings.filter((f) => f.address === cell).map((f) => f.code)).toEqual(["text-not-number"]);
    expect(read.problems).toContain(`工作表“${annex2}”的表头“2023年实绩（1–6月）”已按“2023年实绩”读取。`);
  });

  test("2023/6/30 pasted into a 亿元 cell (a serial with a date format) is 错误 date-not-figure with no fix to click", async () => {
    const { wb, ops, addressOf } = await templateWorkbook();
    const cell = addressOf(annex2, "A2-03", "2023年实绩");
    // A paste brings the date's format along, past the data validation.
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(annex2);
      sheet.protection.unprotect();
      const range = sheet.getRange(cell);
      range.values = [[45107]];
      range.numberFormat = [["yyyy/m/d"]];
      sheet.protection.protect();
      await context.sync();
    });
    const read = await ops.validate(period, "");
    const finding = read.findings.find((f) => f.address === cell);
    expect(finding).toMatchObject({ code: "date-not-figure", severity: "错误" });
    expect(finding?.suggestion).toBeUndefined();
  });
});
