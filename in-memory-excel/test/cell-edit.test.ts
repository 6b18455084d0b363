import { createInMemoryWorkbook } from "../index";

/**
 * Cell-edit mode as Microsoft documents it (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit):
 * while the user edits a cell a batch fails, unless run with `delayForCellEdit: true`, when it waits
 * and "runs after edit is committed or canceled". The error code is InvalidOperationInCellEditMode
 * (Excel.ErrorCodes; that page's table says InvalidOperation).
 */
describe("cell-edit mode", () => {
  test("a batch sent while the user edits a cell fails with InvalidOperationInCellEditMode and writes nothing", async () => {
    const wb = createInMemoryWorkbook();
    wb.startCellEdit("Sheet1", "B2");
    const write = wb.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
    });
    await expect(write).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    wb.endCellEdit();
    expect(wb.sheet("Sheet1").cell("A1").value).toBe("");
  });

  test("with delayForCellEdit the batch waits until the user presses Enter, then runs", async () => {
    const wb = createInMemoryWorkbook();
    wb.startCellEdit("Sheet1", "B2");
    let done = false;
    const write = wb
      .run({ delayForCellEdit: true }, async (context) => {
        const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
        range.getCell(0, 0).values = [[1]];
        range.load("values");
        await context.sync();
        return range.values;
      })
      .finally(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(done).toBe(false);
    expect(wb.sheet("Sheet1").cell("A1").value).toBe("");
    wb.endCellEdit("7"); // Enter: the typed 7 is committed before the waiting batch runs
    expect(await write).toEqual([
      [1, ""],
      ["", 7],
    ]);
  });

  test("a batch with nothing queued does not fail, and Esc leaves the cell as it was", async () => {
    const wb = createInMemoryWorkbook();
    wb.setCellValue("Sheet1", "B2", 3);
    wb.startCellEdit("Sheet1", "B2");
    await expect(wb.run(async (context) => context.sync())).resolves.toBeUndefined();
    expect(() => wb.typeIntoCell("Sheet1", "C3", 1)).toThrow(/end the cell edit first/);
    expect(wb.endCellEdit()).toBeNull();
    expect(wb.sheet("Sheet1").cell("B2").value).toBe(3);
  });
});
