/**
 * How product code meets the emulator: functions written against @types/office-js take `run`
 * (typed `typeof Excel.run`) and tests pass `wb.run`. The second block shows mistakes that a
 * string-returning mock lets through and this emulator turns into failures.
 */
import { createInMemoryWorkbook, UnsupportedMemberError } from "../index";

type Run = typeof Excel.run;

/** A template-insertion routine written the way add-in code is. */
async function insertTargetsSheet(run: Run, rows: ReadonlyArray<readonly [string, number]>): Promise<string> {
  return run(async (context) => {
    const existing = context.workbook.worksheets.getItemOrNullObject("附件2");
    await context.sync();
    if (!existing.isNullObject) existing.delete();
    // Deleting the sheet leaves "Targets" behind as =#REF!, so adding it again would fail with
    // ItemAlreadyExists (the emulator caught exactly that in the first version of this routine).
    context.workbook.names.getItemOrNullObject("Targets").delete();
    const sheet = context.workbook.worksheets.add("附件2");
    const header = sheet.getRange("A1:B1");
    header.values = [["指标", "2025年目标"]];
    header.format.font.bold = true;
    header.format.fill.color = "#D9E1F2";
    const body = sheet.getRangeByIndexes(1, 0, rows.length, 2);
    body.values = rows.map(([name, target]) => [name, target]);
    const input = sheet.getRangeByIndexes(1, 2, rows.length, 1);
    input.format.protection.locked = false;
    input.dataValidation.rule = { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
    input.dataValidation.errorAlert = {
      showAlert: true,
      style: "Stop",
      title: "输入错误",
      message: "请输入非负数",
    };
    context.workbook.names.add("Targets", body);
    sheet.freezePanes.freezeRows(1);
    sheet.protection.protect({ allowFormatColumns: true });
    sheet.activate();
    const used = sheet.getUsedRange().load("address");
    await context.sync();
    return used.address;
  });
}

describe("a product routine against the emulator", () => {
  test("inserts the sheet, and the workbook can be inspected afterwards", async () => {
    const wb = createInMemoryWorkbook({ sheets: ["说明"] });
    const address = await insertTargetsSheet(wb.run, [
      ["规上工业增加值增速", 0.08],
      ["研发投入强度", 0.032],
    ]);
    expect(address).toBe("附件2!A1:C3");
    const sheet = wb.sheet("附件2");
    expect(sheet.toMatrix()).toEqual([
      ["指标", "2025年目标"],
      ["规上工业增加值增速", 0.08],
      ["研发投入强度", 0.032],
    ]);
    expect(sheet.cell("A1")).toMatchObject({ fontBold: true, fill: "#D9E1F2", locked: true });
    expect(sheet.cell("C2")).toMatchObject({
      locked: false,
      validation: { rule: { decimal: { operator: "GreaterThanOrEqualTo" } } },
    });
    expect(sheet.protection.protected).toBe(true);
    expect(sheet.frozenRows).toBe(1);
    expect(wb.names()).toEqual([
      { name: "Targets", formula: "=附件2!$A$2:$B$3", comment: "", visible: true },
    ]);
    expect(wb.activeSheetName()).toBe("附件2");
    // A user can fill the unlocked column, but not break the rule or touch the labels.
    wb.typeIntoCell("附件2", "C2", "0.075");
    expect(() => wb.typeIntoCell("附件2", "C3", "-1")).toThrow(
      expect.objectContaining({ reason: "validation" }),
    );
    expect(() => wb.typeIntoCell("附件2", "A2", "x")).toThrow(
      expect.objectContaining({ reason: "protected" }),
    );
    // Re-running replaces the sheet (delete-if-exists through getItemOrNullObject).
    await insertTargetsSheet(wb.run, [["研发投入强度", 0.035]]);
    expect(wb.sheetNames()).toEqual(["说明", "附件2"]);
    expect(wb.syncCount).toBe(4);
  });
});

describe("mistakes that a string-returning mock hides", () => {
  test("forgetting load()", async () => {
    const wb = createInMemoryWorkbook();
    const buggy = wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      await context.sync();
      return range.values; // never loaded
    });
    await expect(buggy).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });

  test("forgetting to await sync() before reading", async () => {
    const wb = createInMemoryWorkbook();
    const buggy = wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      void context.sync();
      return range.values;
    });
    await expect(buggy).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });

  test("a misspelt property", async () => {
    const wb = createInMemoryWorkbook();
    const buggy = wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      (range as unknown as { value: unknown }).value = [[1]];
      await context.sync();
    });
    await expect(buggy).rejects.toBeInstanceOf(UnsupportedMemberError);
  });

  test("codes written as text lose their leading zeros unless the cells are formatted as text", async () => {
    const wb = createInMemoryWorkbook();
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["007"]];
      await context.sync();
    });
    expect(wb.sheet("Sheet1").cell("A1").value).toBe(7);
  });

  test("assuming a sheet exists", async () => {
    const wb = createInMemoryWorkbook();
    const buggy = wb.run(async (context) => {
      context.workbook.worksheets.getItem("附件2").getRange("A1").values = [[1]];
      await context.sync();
    });
    await expect(buggy).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("counting round trips of a chatty loop", async () => {
    const wb = createInMemoryWorkbook();
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      for (let i = 0; i < 5; i++) {
        sheet.getCell(i, 0).values = [[i]];
        await context.sync(); // one round trip per row
      }
    });
    expect(wb.syncCount).toBe(5);
    expect(wb.queuedOperationCount).toBe(5);
  });
});
