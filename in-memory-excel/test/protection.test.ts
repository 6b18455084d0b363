import { createInMemoryWorkbook, UserEditRejectedError } from "../index";

/** A sheet whose B2:B4 input cells are unlocked, then protected with a password. */
async function protectedTemplate() {
  const wb = createInMemoryWorkbook({ sheets: ["Input"] });
  await wb.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Input");
    sheet.getRange("B2:B4").format.protection.locked = false;
    sheet.protection.protect({ allowFormatColumns: true }, "pw");
    await context.sync();
  });
  return wb;
}

describe("worksheet protection", () => {
  test("protected is readable after load and reflects protect()", async () => {
    const wb = await protectedTemplate();
    await wb.run(async (context) => {
      const protection = context.workbook.worksheets.getItem("Input").protection.load("protected, options");
      await context.sync();
      expect(protection.protected).toBe(true);
      expect(protection.options.allowFormatColumns).toBe(true);
      expect(protection.options.allowFormatCells).toBe(false);
    });
    expect(wb.sheet("Input").protection).toMatchObject({ protected: true, password: "pw" });
  });

  test("writing to a locked cell of a protected sheet rejects with AccessDenied", async () => {
    const wb = await protectedTemplate();
    await expect(
      wb.run(async (context) => {
        context.workbook.worksheets.getItem("Input").getRange("A1").values = [["no"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(wb.sheet("Input").cell("A1").value).toBe("");
  });

  test("a range that touches one locked cell is refused as a whole", async () => {
    const wb = await protectedTemplate();
    await expect(
      wb.run(async (context) => {
        context.workbook.worksheets.getItem("Input").getRange("B4:B5").values = [[1], [2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(wb.sheet("Input").cell("B4").value).toBe("");
  });

  test("an unlocked cell of a protected sheet accepts values, formulas, formats and validation", async () => {
    const wb = await protectedTemplate();
    await wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Input").getRange("B2:B3");
      range.values = [[1], [2]];
      range.format.fill.color = "#FFF2CC";
      range.dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
      await context.sync();
    });
    const cell = wb.sheet("Input").cell("B2");
    expect(cell.value).toBe(1);
    expect(cell.fill).toBe("#FFF2CC");
    expect(cell.validation?.rule).toEqual({ wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } });
  });

  test("formats, validation, merges and clear on locked cells are refused; column widths follow allowFormatColumns", async () => {
    const wb = await protectedTemplate();
    const attempt = (write: (sheet: Excel.Worksheet) => void) =>
      wb.run(async (context) => {
        write(context.workbook.worksheets.getItem("Input"));
        await context.sync();
      });
    await expect(attempt((s) => (s.getRange("A1").format.font.bold = true))).rejects.toMatchObject({
      code: "AccessDenied",
    });
    await expect(
      attempt(
        (s) => (s.getRange("A1").dataValidation.rule = { decimal: { formula1: 0, operator: "GreaterThan" } }),
      ),
    ).rejects.toMatchObject({
      code: "AccessDenied",
    });
    await expect(attempt((s) => s.getRange("A1:C1").merge())).rejects.toMatchObject({ code: "AccessDenied" });
    await expect(attempt((s) => s.getRange("A1").clear())).rejects.toMatchObject({ code: "AccessDenied" });
    await expect(attempt((s) => (s.getRange("B2").format.protection.locked = true))).rejects.toMatchObject({
      code: "AccessDenied",
    });
    await expect(attempt((s) => (s.getRange("A1").format.rowHeight = 30))).rejects.toMatchObject({
      code: "AccessDenied",
    });
    await attempt((s) => (s.getRange("A:A").format.columnWidth = 80));
    expect(wb.sheet("Input").columnWidth("A")).toBe(80);
  });

  test("protect() on a protected sheet rejects with InvalidOperation", async () => {
    const wb = await protectedTemplate();
    await expect(
      wb.run(async (context) => {
        context.workbook.worksheets.getItem("Input").protection.protect();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  test("unprotect() on an unprotected sheet rejects with InvalidOperation", async () => {
    const wb = createInMemoryWorkbook();
    await expect(
      wb.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").protection.unprotect();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  test("unprotect with a wrong or missing password rejects; with the right one it unprotects", async () => {
    const wb = await protectedTemplate();
    for (const password of ["PW", undefined]) {
      await expect(
        wb.run(async (context) => {
          context.workbook.worksheets.getItem("Input").protection.unprotect(password);
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
    expect(wb.sheet("Input").protection.protected).toBe(true);
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Input");
      sheet.protection.unprotect("pw");
      sheet.getRange("A1").values = [["now allowed"]];
      await context.sync();
    });
    expect(wb.sheet("Input").cell("A1").value).toBe("now allowed");
  });

  test("unknown protection options are refused", async () => {
    const wb = createInMemoryWorkbook();
    await expect(
      wb.run(async (context) => {
        context.workbook.worksheets
          .getItem("Sheet1")
          .protection.protect({ allowEverything: true } as Excel.WorksheetProtectionOptions);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("typeIntoCell respects locks like a user would meet them", async () => {
    const wb = await protectedTemplate();
    expect(() => wb.typeIntoCell("Input", "A1", "x")).toThrow(UserEditRejectedError);
    expect(() => wb.typeIntoCell("Input", "A1", "x")).toThrow(
      expect.objectContaining({ reason: "protected" }),
    );
    expect(wb.typeIntoCell("Input", "B2", "12")).toEqual({ address: "Input!B2", alert: null });
    expect(wb.sheet("Input").cell("B2")).toMatchObject({ value: 12, valueType: "Double" });
  });

  test("whole-column unlocking (a layer) is honoured for cells created later", async () => {
    const wb = createInMemoryWorkbook();
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("C:C").format.protection.locked = false;
      sheet.protection.protect();
      sheet.getRange("C500").values = [["ok"]];
      await context.sync();
    });
    expect(wb.sheet("Sheet1").cell("C500")).toMatchObject({ value: "ok", locked: false });
    expect(wb.sheet("Sheet1").cell("D500").locked).toBe(true);
  });
});
