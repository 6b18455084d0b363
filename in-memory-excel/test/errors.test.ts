import { createInMemoryWorkbook, ExcelApiError } from "../index";

describe("errors at sync", () => {
  test("getItem of a missing sheet rejects at sync with ItemNotFound, not when called", async () => {
    const wb = createInMemoryWorkbook();
    const result = wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Nope"); // no throw here
      sheet.load("name");
      await context.sync();
    });
    await expect(result).rejects.toBeInstanceOf(ExcelApiError);
    await expect(result).rejects.toMatchObject({
      name: "RichApi.Error",
      code: "ItemNotFound",
      debugInfo: { errorLocation: "WorksheetCollection.getItem" },
    });
  });

  test("getItemOrNullObject gives a null object: isNullObject is true after sync and unreadable before", async () => {
    const wb = createInMemoryWorkbook();
    await wb.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1"); // case-insensitive
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      missing.load("name");
      present.load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(missing.name).toBeUndefined(); // Office.js: properties of a null object read as undefined
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe("Sheet1");
    });
  });

  test("isNullObject is available after a plain sync (no load needed), and operations on a null object are ignored", async () => {
    const wb = createInMemoryWorkbook();
    await wb.run(async (context) => {
      const name = context.workbook.names.getItemOrNullObject("Missing");
      name.delete(); // the delete-if-exists idiom: no error
      await context.sync();
      expect(name.isNullObject).toBe(true);
    });
  });

  test("a child of a null object (undocumented in Excel) fails the sync; a load on the null object itself does not", async () => {
    const wb = createInMemoryWorkbook();
    const chained = wb.run(async (context) => {
      const range = context.workbook.names.getItemOrNullObject("Missing").getRangeOrNullObject();
      range.worksheet.load("name");
      await context.sync();
    });
    await expect(chained).rejects.toMatchObject({
      code: "InvalidObjectPath",
      debugInfo: { errorLocation: "NamedItem.getRangeOrNullObject" },
    });
    await wb.run(async (context) => {
      const item = context.workbook.names.getItemOrNullObject("Missing").load("type");
      await context.sync();
      expect([item.isNullObject, item.type]).toEqual([true, undefined]);
    });
  });

  test("a 2x2 array written into a 2x3 range rejects with InvalidArgument and writes nothing", async () => {
    const wb = createInMemoryWorkbook();
    const result = wb.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:C2").values = [
        [1, 2],
        [3, 4],
      ];
      await context.sync();
    });
    await expect(result).rejects.toMatchObject({
      code: "InvalidArgument",
      debugInfo: { errorLocation: "Range.values" },
    });
    expect(wb.sheet("Sheet1").usedValuesAddress).toBeNull();
  });

  test("formulas and numberFormat arrays are checked too; a 1x1 array is not broadcast", async () => {
    const wb = createInMemoryWorkbook();
    await expect(
      wb.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A3").formulas = [["=B1"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      wb.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").numberFormat = [["0.00"], ["0.00"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("ops before a failing op are applied, the failing one and later ones are not, loads are not delivered", async () => {
    const wb = createInMemoryWorkbook();
    let loaded: Excel.Range | undefined;
    const result = wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["before"]];
      loaded = sheet.getRange("A1").load("values");
      sheet.getRange("A2:B2").values = [["too short"]]; // fails
      sheet.getRange("A3").values = [["after"]];
      await context.sync();
    });
    await expect(result).rejects.toMatchObject({ code: "InvalidArgument" });
    const sheet = wb.sheet("Sheet1");
    expect(sheet.cell("A1").value).toBe("before");
    expect(sheet.cell("A2").value).toBe("");
    expect(sheet.cell("A3").value).toBe("");
    expect(() => loaded?.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  test("a failed sync does not stop the next batch; the queue was discarded", async () => {
    const wb = createInMemoryWorkbook();
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").values = [[1]];
      sheet.getRange("C1").values = [["dropped"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      sheet.getRange("D1").values = [["kept"]];
      await context.sync();
    });
    expect(wb.sheet("Sheet1").toMatrix("C1:D1")).toEqual([["", "kept"]]);
  });

  test("adding a sheet with an existing name (any case) rejects with ItemAlreadyExists", async () => {
    const wb = createInMemoryWorkbook();
    await expect(
      wb.run(async (context) => {
        context.workbook.worksheets.add("SHEET1");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    expect(wb.sheetNames()).toEqual(["Sheet1"]);
  });

  test.each([
    ["a name longer than 31 characters", "x".repeat(32)],
    ["a name with a colon", "a:b"],
    ["a name with a slash", "2021/2022"],
    ["a name with brackets", "[x]"],
    ["a name with a question mark", "what?"],
    ["a name with an asterisk", "a*"],
    ["a name with a backslash", "a\\b"],
    ["the reserved name History", "history"],
    ["an empty name", ""],
  ])("adding a sheet with %s rejects with InvalidArgument", async (_label, name) => {
    const wb = createInMemoryWorkbook();
    await expect(
      wb.run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("renaming a sheet follows the same rules", async () => {
    const wb = createInMemoryWorkbook({ sheets: ["A", "B"] });
    await expect(
      wb.run(async (context) => {
        context.workbook.worksheets.getItem("B").name = "a";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("B").name = "附件2";
      await context.sync();
    });
    expect(wb.sheetNames()).toEqual(["A", "附件2"]);
  });

  test("a bad address rejects at sync with InvalidArgument", async () => {
    const wb = createInMemoryWorkbook();
    await expect(
      wb.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:ZZZZ9").load("address");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument", debugInfo: { errorLocation: "Worksheet.getRange" } });
  });

  test("using a deleted sheet's proxy rejects with ItemNotFound", async () => {
    const wb = createInMemoryWorkbook({ sheets: ["Keep", "Gone"] });
    await expect(
      wb.run(async (context) => {
        const gone = context.workbook.worksheets.getItem("Gone");
        gone.delete();
        gone.getRange("A1").values = [[1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(wb.sheetNames()).toEqual(["Keep"]);
  });

  test("the last visible sheet cannot be deleted or hidden", async () => {
    const wb = createInMemoryWorkbook();
    await expect(
      wb.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(
      wb.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").visibility = "Hidden";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  test("passing an object from another run throws InvalidRequestContext when called", async () => {
    const wb = createInMemoryWorkbook();
    const oldRange = await wb.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      await context.sync();
      return r;
    });
    await wb.run(async (context) => {
      expect(() => context.workbook.names.add("Old", oldRange)).toThrow(
        expect.objectContaining({ code: "InvalidRequestContext" }),
      );
      await context.sync();
    });
  });

  test("error objects look like OfficeExtension.Error", async () => {
    const wb = createInMemoryWorkbook();
    const error = await wb
      .run(async (context) => {
        context.workbook.worksheets.getItem("Nope").load("name");
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const e = error as ExcelApiError;
    expect(e.toString()).toBe(`ItemNotFound: ${e.message}`);
    expect(e.message.startsWith("The requested resource doesn't exist.")).toBe(true);
    expect(e.httpStatusCode).toBe(404);
  });
});
