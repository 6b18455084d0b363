import { createInMemoryWorkbook, ExcelApiError, UnsupportedMemberError } from "../index";

const NOT_LOADED =
  "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.";

describe("loading and reading properties", () => {
  test("reading a property that was never loaded throws PropertyNotLoaded", async () => {
    const wb = createInMemoryWorkbook();
    wb.setCellValue("Sheet1", "A1", 42);
    await wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      let caught: unknown;
      try {
        void range.values;
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ExcelApiError);
      expect(caught).toMatchObject({ name: "RichApi.Error", code: "PropertyNotLoaded", message: NOT_LOADED });
    });
  });

  test("reading after load but before sync throws", async () => {
    const wb = createInMemoryWorkbook();
    wb.setCellValue("Sheet1", "A1", 42);
    await wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
    });
  });

  test("a sync that was called but not awaited has not delivered the values yet", async () => {
    const wb = createInMemoryWorkbook();
    wb.setCellValue("Sheet1", "A1", 42);
    await wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      const pending = context.sync();
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await pending;
      expect(range.values).toEqual([[42]]);
    });
  });

  test("after load + sync the value is readable, and it is the value at that point of the queue", async () => {
    const wb = createInMemoryWorkbook();
    wb.setCellValue("Sheet1", "A1", 1);
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const before = sheet.getRange("A1").load("values");
      sheet.getRange("A1").values = [[2]];
      const after = sheet.getRange("A1").load("values, address, rowCount");
      await context.sync();
      expect(before.values).toEqual([[1]]);
      expect(after.values).toEqual([[2]]);
      expect(after.address).toBe("Sheet1!A1");
      expect(after.rowCount).toBe(1);
    });
  });

  test("a property assigned in the batch is not readable until loaded (strict by default)", async () => {
    const wb = createInMemoryWorkbook();
    await wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [["00123"]];
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      await context.sync();
      // Excel parsed the text as a number: the leading zeros are gone.
      expect(range.values).toEqual([[123]]);
    });
  });

  test("readBackAssignedValues gives Office.js's echo of assigned values", async () => {
    const wb = createInMemoryWorkbook({ readBackAssignedValues: true });
    await wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [["00123"]];
      expect(range.values).toEqual([["00123"]]);
      await context.sync();
    });
  });

  test("load accepts arrays, navigation paths and object notation", async () => {
    const wb = createInMemoryWorkbook();
    await wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2:C3");
      range.format.fill.color = "yellow";
      range.load(["address", "format/fill/color"]);
      const other = context.workbook.worksheets.getItem("Sheet1").getRange("B2");
      other.load({ format: { font: { $all: true } }, columnCount: true });
      await context.sync();
      expect(range.address).toBe("Sheet1!B2:C3");
      expect(range.format.fill.color).toBe("#FFFF00");
      expect(other.format.font.bold).toBe(false);
      expect(other.format.font.name).toBe("Calibri");
      expect(other.columnCount).toBe(1);
      expect(() => other.rowCount).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("collections: items must be loaded; load('name') on a collection loads items/name", async () => {
    const wb = createInMemoryWorkbook({ sheets: ["Data", "附件2"] });
    await wb.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheets.load("name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Data", "附件2"]);
      expect(() => sheets.items[0]?.position).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheets.load("items");
      await context.sync();
      expect(sheets.items.map((s) => s.position)).toEqual([0, 1]);
    });
  });

  test("typos and unknown members fail loudly instead of creating plain JS properties", async () => {
    const wb = createInMemoryWorkbook();
    await wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => {
        (range as unknown as Record<string, unknown>).value = 5;
      }).toThrow(UnsupportedMemberError);
      expect(() => {
        (range as unknown as Record<string, unknown>).value = 5;
      }).toThrow(/did you mean 'values'/);
      expect(() => range.load("valuez")).toThrow(UnsupportedMemberError);
      expect(() => {
        (range as unknown as { address: string }).address = "B2";
      }).toThrow(TypeError);
      await context.sync();
    });
  });

  test("toJSON returns the loaded properties (what pretty-printers show)", async () => {
    const wb = createInMemoryWorkbook();
    wb.setCellValue("Sheet1", "A1", "x");
    const json = await wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values, address");
      await context.sync();
      return range.toJSON();
    });
    expect(json).toEqual({ values: [["x"]], address: "Sheet1!A1" });
  });

  test("loaded values can be read after run finishes, but new operations cannot be queued", async () => {
    const wb = createInMemoryWorkbook();
    wb.setCellValue("Sheet1", "A1", 7);
    const range = await wb.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      await context.sync();
      return r;
    });
    expect(range.values).toEqual([[7]]);
    expect(() => {
      range.values = [[8]];
    }).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
  });

  test("run requires the batch to return a promise, and syncs what is still queued at the end", async () => {
    const wb = createInMemoryWorkbook();
    await expect(
      wb.run((() => undefined) as unknown as (c: Excel.RequestContext) => Promise<void>),
    ).rejects.toMatchObject({
      code: "RunMustReturnPromise",
    });
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C3").values = [["queued"]];
    });
    expect(wb.sheet("Sheet1").cell("C3").value).toBe("queued");
  });
});

describe("counters", () => {
  test("syncCount counts every context.sync() call and queuedOperationCount every queued operation", async () => {
    const wb = createInMemoryWorkbook();
    await wb.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [[1, 2]]; // 1
      range.format.font.bold = true; // 2
      range.load("values"); // 3
      await context.sync();
      await context.sync(); // empty, still a call
      context.workbook.application.suspendApiCalculationUntilNextSync(); // 4
      await context.sync();
    });
    expect(wb.syncCount).toBe(3);
    expect(wb.roundTripCount).toBe(2);
    expect(wb.queuedOperationCount).toBe(4);
    expect(wb.operationCounts()).toEqual({
      "Range.values": 1,
      "RangeFont.bold": 1,
      "Range.load": 1,
      "Application.suspendApiCalculationUntilNextSync": 1,
    });
    wb.resetCounters();
    expect([wb.syncCount, wb.queuedOperationCount, wb.roundTripCount]).toEqual([0, 0, 0]);
  });
});
