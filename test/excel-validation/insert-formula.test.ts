import { createInMemoryWorkbook } from "../../in-memory-excel";
import { insertFormula } from "../../src/excel/insert-formula";

describe("插入 on the functions tab", () => {
  test("writes the example into an empty selected cell", async () => {
    const wb = createInMemoryWorkbook();
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C3").select();
      await context.sync();
    });
    const outcome = await wb.run((context) => insertFormula(context, '=BL.TARGET("A2-05", 2023)'));
    expect(outcome).toEqual({ inserted: true, address: "Sheet1!C3" });
    expect(wb.sheet("Sheet1").cell("C3").formula).toBe('=BL.TARGET("A2-05", 2023)');
  });

  test("never overwrites a cell that holds something", async () => {
    const wb = createInMemoryWorkbook();
    wb.setCellValue("Sheet1", "C3", 63);
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C3").select();
      await context.sync();
    });
    const outcome = await wb.run((context) => insertFormula(context, '=BL.TARGET("A2-05", 2023)'));
    expect(outcome.inserted).toBe(false);
    expect(wb.sheet("Sheet1").cell("C3").value).toBe(63);
  });
});
