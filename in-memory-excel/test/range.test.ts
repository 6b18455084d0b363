import { createInMemoryWorkbook } from "../index";

async function readRange(wb: ReturnType<typeof createInMemoryWorkbook>, address: string, props: string) {
  return wb.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange(address).load(props);
    await context.sync();
    return range;
  });
}

describe("range values", () => {
  test("Excel parses written strings like typed input", async () => {
    const wb = createInMemoryWorkbook();
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:H1").values = [
        ["12", "TRUE", "#N/A", "'007", "=B1*2", "-x", "12%", "plain"],
      ];
      await context.sync();
    });
    const range = await readRange(wb, "A1:H1", "values, valueTypes, formulas");
    expect(range.values).toEqual([[12, true, "#N/A", "007", "", "", 0.12, "plain"]]);
    expect(range.valueTypes).toEqual([
      ["Double", "Boolean", "Error", "String", "Empty", "Empty", "Double", "String"],
    ]);
    expect(range.formulas).toEqual([[12, true, "#N/A", "007", "=B1*2", "=-x", 0.12, "plain"]]);
  });

  test("a text number format keeps strings as written", async () => {
    const wb = createInMemoryWorkbook();
    await wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.numberFormat = [["@"]];
      range.values = [["00123"]];
      await context.sync();
    });
    expect(wb.sheet("Sheet1").cell("A1")).toMatchObject({ value: "00123", valueType: "String" });
  });

  test("null leaves a cell unchanged; NaN and undefined travel as null (and are reported)", async () => {
    const wb = createInMemoryWorkbook();
    wb.setCellValue("Sheet1", "A1:C1", [["keep", "keep", "keep"]]);
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1").values = [
        [null, Number.NaN, undefined],
      ];
      await context.sync();
    });
    expect(wb.sheet("Sheet1").toMatrix("A1:C1")).toEqual([["keep", "keep", "keep"]]);
    expect(wb.warnings().join("\n")).toMatch(/NaN was sent as null/);
  });

  test("setting values on a formula cell replaces the formula; formula cells read '' until given a computed value", async () => {
    const wb = createInMemoryWorkbook();
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A2").formulas = [["=1+1"], ["=2+2"]];
      await context.sync();
      sheet.getRange("A2").values = [[5]];
      await context.sync();
    });
    expect(wb.sheet("Sheet1").cell("A1")).toMatchObject({ formula: "=1+1", value: "" });
    expect(wb.sheet("Sheet1").cell("A2")).toMatchObject({ formula: null, value: 5 });
    wb.setComputedValue("Sheet1", "A1", 2);
    const range = await readRange(wb, "A1", "values, formulas");
    expect(range.values).toEqual([[2]]);
    expect(range.formulas).toEqual([["=1+1"]]);
  });

  test("reading an uncomputed formula's value is reported as a warning", async () => {
    const wb = createInMemoryWorkbook();
    wb.setCellFormula("Sheet1", "B1", "=SUM(A:A)");
    await readRange(wb, "B1", "values");
    expect(wb.warnings()).toEqual([expect.stringContaining('1 formula cell(s) read as ""')]);
  });

  test("a scalar is applied to every cell, with relative references shifted", async () => {
    const wb = createInMemoryWorkbook();
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      (sheet.getRange("A1:B2") as unknown as { values: unknown }).values = 0;
      (sheet.getRange("C1:C3") as unknown as { formulas: unknown }).formulas = "=A1+$B$1";
      await context.sync();
    });
    expect(wb.sheet("Sheet1").toMatrix("A1:B2")).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect(["C1", "C2", "C3"].map((a) => wb.sheet("Sheet1").cell(a).formula)).toEqual([
      "=A1+$B$1",
      "=A2+$B$1",
      "=A3+$B$1",
    ]);
  });

  test("text renders numbers through the number format", async () => {
    const wb = createInMemoryWorkbook();
    wb.setCellValue("Sheet1", "A1:F1", [[3.14159, 0.1234, 1234567.891, 2.5, -1.005, 44927]]);
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:F1").numberFormat = [
        ["0.00", "0.0%", "#,##0.00", "0", '0.00"万元"', "yyyy-mm-dd"],
      ];
      await context.sync();
    });
    const range = await readRange(wb, "A1:G1", "text");
    expect(range.text).toEqual([["3.14", "12.3%", "1,234,567.89", "3", "-1.01万元", "2023-01-01", ""]]);
  });

  test("empty cells read as '' with valueType Empty; booleans and numbers keep their types", async () => {
    const wb = createInMemoryWorkbook();
    wb.setCellValue("Sheet1", "A1:C1", [[true, 1.5, "s"]]);
    const range = await readRange(wb, "A1:D1", "values, valueTypes, text");
    expect(range.values).toEqual([[true, 1.5, "s", ""]]);
    expect(range.valueTypes).toEqual([["Boolean", "Double", "String", "Empty"]]);
    expect(range.text).toEqual([["TRUE", "1.5", "s", ""]]);
  });
});

describe("range geometry", () => {
  test("sub-range accessors compute addresses like Excel", async () => {
    const wb = createInMemoryWorkbook({ sheets: ["My Sheet"] });
    const addresses = await wb.run(async (context) => {
      const base = context.workbook.worksheets.getItem("My Sheet").getRange("B2:D4");
      const ranges = [
        base,
        base.getCell(1, 1),
        base.getOffsetRange(1, 0),
        base.getResizedRange(-1, 1),
        base.getRow(2),
        base.getColumn(0),
        base.getLastCell(),
        base.getEntireColumn(),
        base.getEntireRow(),
        context.workbook.worksheets.getItem("My Sheet").getRangeByIndexes(0, 0, 2, 2),
        context.workbook.worksheets.getItem("My Sheet").getRange("$A$1"),
      ].map((r) => r.load("address"));
      await context.sync();
      return ranges.map((r) => r.address);
    });
    expect(addresses).toEqual([
      "'My Sheet'!B2:D4",
      "'My Sheet'!C3",
      "'My Sheet'!B3:D5",
      "'My Sheet'!B2:E3",
      "'My Sheet'!B4:D4",
      "'My Sheet'!B2:B4",
      "'My Sheet'!D4",
      "'My Sheet'!B:D",
      "'My Sheet'!2:4",
      "'My Sheet'!A1:B2",
      "'My Sheet'!A1",
    ]);
  });

  test("going outside the grid or outside the range rejects with InvalidArgument", async () => {
    const wb = createInMemoryWorkbook();
    for (const make of [
      (s: Excel.Worksheet) => s.getRange("A1").getOffsetRange(-1, 0),
      (s: Excel.Worksheet) => s.getRange("A1:B2").getRow(2),
      (s: Excel.Worksheet) => s.getRange("A1").getResizedRange(0, -1),
    ]) {
      await expect(
        wb.run(async (context) => {
          make(context.workbook.worksheets.getItem("Sheet1")).load("address");
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });

  test("used range: formatted cells count unless valuesOnly; a blank sheet gives A1 or a null object", async () => {
    const wb = createInMemoryWorkbook();
    const blank = await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const used = sheet.getUsedRange().load("address");
      const orNull = sheet.getUsedRangeOrNullObject();
      await context.sync();
      return { address: used.address, isNull: orNull.isNullObject };
    });
    expect(blank).toEqual({ address: "Sheet1!A1", isNull: true });
    wb.setCellValue("Sheet1", "B2:C3", [
      [1, 2],
      [3, 4],
    ]);
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("E5").format.fill.color = "red";
      await context.sync();
    });
    const used = await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const all = sheet.getUsedRange().load("address");
      const values = sheet.getUsedRange(true).load("address");
      await context.sync();
      return [all.address, values.address];
    });
    expect(used).toEqual(["Sheet1!B2:E5", "Sheet1!B2:C3"]);
  });

  test("select() records the selection that getSelectedRange returns", async () => {
    const wb = createInMemoryWorkbook({ sheets: ["A", "B"] });
    const address = await wb.run(async (context) => {
      context.workbook.worksheets.getItem("B").getRange("C3:D4").select();
      const selected = context.workbook.getSelectedRange().load("address");
      await context.sync();
      return selected.address;
    });
    expect(address).toBe("B!C3:D4");
    expect(wb.selection()).toEqual({ sheet: "B", address: "C3:D4" });
    expect(wb.activeSheetName()).toBe("B");
  });
});

describe("merges", () => {
  test("merge records the area, keeps only the top-left value; across merges row by row; unmerge removes", async () => {
    const wb = createInMemoryWorkbook();
    wb.setCellValue("Sheet1", "A1:C1", [["title", "x", "y"]]);
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C1").merge();
      sheet.getRange("A3:B4").merge(true);
      await context.sync();
    });
    const sheet = wb.sheet("Sheet1");
    expect(sheet.mergedAreas).toEqual(["A1:C1", "A3:B3", "A4:B4"]);
    expect(sheet.cell("B1")).toMatchObject({ merged: "A1:C1", value: "" });
    expect(sheet.cell("A1")).toMatchObject({ merged: "A1:C1", value: "title" });
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A3").unmerge();
      await context.sync();
    });
    expect(wb.sheet("Sheet1").mergedAreas).toEqual(["A1:C1", "A4:B4"]);
  });
});

describe("formatting", () => {
  test("fill, font, alignment, wrap and sizes are stored per cell and read back uniformly or as null", async () => {
    const wb = createInMemoryWorkbook();
    const read = await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const header = sheet.getRange("A1:C1");
      header.format.fill.color = "#d9e1f2";
      header.format.font.bold = true;
      header.format.font.color = "navy";
      header.format.horizontalAlignment = "Center";
      header.format.wrapText = true;
      header.format.columnWidth = 90;
      sheet.getRange("A2").format.font.bold = true;
      const mixed = sheet.getRange("A1:A2").load("format/fill/color, format/font/bold");
      const uniform = header.load(
        "format/fill/color, format/font/bold, format/font/color, format/columnWidth, format/rowHeight",
      );
      await context.sync();
      return {
        mixedFill: mixed.format.fill.color,
        mixedBold: mixed.format.font.bold,
        fill: uniform.format.fill.color,
        fontColor: uniform.format.font.color,
        width: uniform.format.columnWidth,
        height: uniform.format.rowHeight,
      };
    });
    expect(read).toEqual({
      mixedFill: null,
      mixedBold: true,
      fill: "#D9E1F2",
      fontColor: "#000080",
      width: 90,
      height: 15,
    });
    expect(wb.sheet("Sheet1").cell("B1")).toMatchObject({
      fill: "#D9E1F2",
      fontBold: true,
      horizontalAlignment: "Center",
      wrapText: true,
    });
  });

  test("enum, colour and range checks refuse what Excel refuses", async () => {
    const wb = createInMemoryWorkbook();
    for (const write of [
      (r: Excel.Range) => (r.format.horizontalAlignment = "center" as Excel.HorizontalAlignment),
      (r: Excel.Range) => (r.format.fill.color = "not-a-colour"),
      (r: Excel.Range) => (r.format.font.size = 0),
      (r: Excel.Range) => (r.format.borders.getItem("EdgeTop").style = "Solid" as Excel.BorderLineStyle),
    ]) {
      await expect(
        wb.run(async (context) => {
          write(context.workbook.worksheets.getItem("Sheet1").getRange("A1"));
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });

  test("borders map edges onto cells and are shared with neighbours", async () => {
    const wb = createInMemoryWorkbook();
    const read = await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const table = sheet.getRange("B2:C3");
      for (const edge of [
        "EdgeTop",
        "EdgeBottom",
        "EdgeLeft",
        "EdgeRight",
        "InsideHorizontal",
        "InsideVertical",
      ] as const) {
        const border = table.format.borders.getItem(edge);
        border.style = "Continuous";
        border.color = "#000000";
      }
      table.format.borders.getItem("EdgeBottom").weight = "Medium";
      const below = sheet.getRange("B4").format.borders.getItem("EdgeTop").load("style, weight");
      await context.sync();
      return { style: below.style, weight: below.weight };
    });
    expect(read).toEqual({ style: "Continuous", weight: "Medium" });
    expect(wb.sheet("Sheet1").cell("C3").borders.Right).toEqual({
      style: "Continuous",
      color: "#000000",
      weight: "Thin",
    });
    expect(wb.sheet("Sheet1").cell("B2").borders.Bottom.style).toBe("Continuous");
  });

  test("clear(Formats) resets formats and unmerges but keeps values; clear(Contents) keeps formats", async () => {
    const wb = createInMemoryWorkbook();
    wb.setCellValue("Sheet1", "A1:B1", [["a", "b"]]);
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").format.font.bold = true;
      sheet.getRange("A2:B2").merge();
      sheet.getRange("A1:B2").clear("Formats");
      sheet.getRange("B1").format.fill.color = "yellow";
      sheet.getRange("B1").clear(Excel_ClearApplyTo_Contents);
      await context.sync();
    });
    const sheet = wb.sheet("Sheet1");
    expect(sheet.cell("A1")).toMatchObject({ value: "a", fontBold: false });
    expect(sheet.cell("B1")).toMatchObject({ value: "", fill: "#FFFF00" });
    expect(sheet.mergedAreas).toEqual([]);
  });

  test("autofitColumns sizes columns from their text", async () => {
    const wb = createInMemoryWorkbook();
    wb.setCellValue("Sheet1", "A1:B1", [["a much longer header text", "x"]]);
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").format.autofitColumns();
      await context.sync();
    });
    expect(wb.sheet("Sheet1").columnWidth("A")).toBeGreaterThan(wb.sheet("Sheet1").columnWidth("B"));
  });
});

// `Excel.ClearApplyTo.contents` is an enum value that only exists when Office.js is loaded.
const Excel_ClearApplyTo_Contents = "Contents" as Excel.ClearApplyTo;

describe("data validation", () => {
  test("rules, prompts and alerts are stored per cell and read back", async () => {
    const wb = createInMemoryWorkbook();
    const read = await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const input = sheet.getRange("B2:B5");
      input.dataValidation.rule = { decimal: { formula1: 0, formula2: 1, operator: "Between" } };
      input.dataValidation.prompt = { showPrompt: true, title: "Share", message: "Between 0 and 1" };
      input.dataValidation.errorAlert = { showAlert: true, style: "Stop", title: "Invalid", message: "0…1" };
      sheet.getRange("C2").dataValidation.rule = { list: { inCellDropDown: true, source: "是,否" } };
      const dv = input.dataValidation.load("rule, prompt, errorAlert, type, ignoreBlanks");
      const mixed = sheet.getRange("B2:C2").dataValidation.load("type");
      await context.sync();
      return {
        rule: dv.rule,
        prompt: dv.prompt,
        type: dv.type,
        mixed: mixed.type,
        ignoreBlanks: dv.ignoreBlanks,
      };
    });
    expect(read).toEqual({
      rule: { decimal: { formula1: 0, formula2: 1, operator: "Between" } },
      prompt: { showPrompt: true, title: "Share", message: "Between 0 and 1" },
      type: "Decimal",
      mixed: "Inconsistent",
      ignoreBlanks: true,
    });
    expect(wb.sheet("Sheet1").cell("B5").validation).toMatchObject({
      rule: { decimal: { operator: "Between" } },
    });
    expect(wb.sheet("Sheet1").cell("B6").validation).toBeNull();
    expect(wb.sheet("Sheet1").cell("C2").validation?.rule).toEqual({
      list: { inCellDropDown: true, source: "是,否" },
    });
  });

  test("malformed rules are refused: two criteria, missing operator or formula2", async () => {
    const wb = createInMemoryWorkbook();
    for (const rule of [
      {
        wholeNumber: { formula1: 0, operator: "GreaterThan" },
        decimal: { formula1: 0, operator: "GreaterThan" },
      },
      { wholeNumber: { formula1: 0 } },
      { decimal: { formula1: 0, operator: "Between" } },
    ]) {
      await expect(
        wb.run(async (context) => {
          context.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation.rule =
            rule as Excel.DataValidationRule;
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });

  test("a Range used as a list source is stored as an absolute reference, and clear() removes the rule", async () => {
    const wb = createInMemoryWorkbook();
    wb.setCellValue("Sheet1", "E1:E2", [["甲"], ["乙"]]);
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").dataValidation.rule = {
        list: { inCellDropDown: true, source: sheet.getRange("E1:E2") },
      };
      await context.sync();
    });
    expect(wb.sheet("Sheet1").cell("A1").validation?.rule).toEqual({
      list: { inCellDropDown: true, source: "=$E$1:$E$2" },
    });
    expect(wb.typeIntoCell("Sheet1", "A1", "乙").alert).toBeNull();
    expect(() => wb.typeIntoCell("Sheet1", "A1", "丙")).toThrow(
      expect.objectContaining({ reason: "validation" }),
    );
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation.clear();
      await context.sync();
    });
    expect(wb.sheet("Sheet1").cell("A1").validation).toBeNull();
  });

  test("typeIntoCell enforces Stop alerts and reports Warning alerts; dataValidation.valid checks existing data", async () => {
    const wb = createInMemoryWorkbook();
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").dataValidation.rule = {
        wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" },
      };
      sheet.getRange("A2").dataValidation.rule = {
        wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" },
      };
      sheet.getRange("A2").dataValidation.errorAlert = {
        showAlert: true,
        style: "Warning",
        title: "",
        message: "negative?",
      };
      await context.sync();
    });
    expect(() => wb.typeIntoCell("Sheet1", "A1", "-3")).toThrow(
      expect.objectContaining({ reason: "validation" }),
    );
    expect(() => wb.typeIntoCell("Sheet1", "A1", "1.5")).toThrow(
      expect.objectContaining({ reason: "validation" }),
    );
    expect(wb.typeIntoCell("Sheet1", "A2", "-3").alert).toMatchObject({
      style: "Warning",
      message: "negative?",
    });
    const valid = await wb.run(async (context) => {
      const dv = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").dataValidation.load("valid");
      await context.sync();
      return dv.valid;
    });
    expect(valid).toBe(false);
  });
});
