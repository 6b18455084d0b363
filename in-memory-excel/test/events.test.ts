import { createInMemoryWorkbook } from "../index";

async function listen(wb: ReturnType<typeof createInMemoryWorkbook>, sheetName: string) {
  const seen: Excel.WorksheetChangedEventArgs[] = [];
  const registration = await wb.run(async (context) => {
    const result = context.workbook.worksheets.getItem(sheetName).onChanged.add(async (args) => {
      seen.push(args);
    });
    await context.sync();
    return result;
  });
  return { seen, registration };
}

describe("onChanged", () => {
  test("fires for typeIntoCell with the address, sheet id and before/after details", async () => {
    const wb = createInMemoryWorkbook({ sheets: ["Input"] });
    const { seen } = await listen(wb, "Input");
    wb.setCellValue("Input", "C4", 1);
    wb.typeIntoCell("Input", "C4", "2.5");
    expect(seen).toHaveLength(0); // asynchronous, like Excel
    await wb.settle();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      type: "WorksheetChanged",
      address: "C4",
      worksheetId: wb.sheet("Input").id,
      changeType: "RangeEdited",
      source: "Local",
      triggerSource: "Unknown",
      details: { valueBefore: 1, valueAfter: 2.5, valueTypeBefore: "Double", valueTypeAfter: "Double" },
    });
  });

  test("an edit a coauthor made fires with source Remote (Excel.EventSource, ExcelApi 1.7)", async () => {
    const wb = createInMemoryWorkbook({ sheets: ["Input"] });
    const { seen } = await listen(wb, "Input");
    wb.typeIntoCell("Input", "C4", "7", { source: "Remote" });
    await wb.settle();
    expect(seen[0]).toMatchObject({ address: "C4", source: "Remote", triggerSource: "Unknown" });
  });

  test("fires for add-in writes too (triggerSource ThisLocalAddin), after the sync that applied them", async () => {
    const wb = createInMemoryWorkbook({ sheets: ["Input", "Other"] });
    const { seen } = await listen(wb, "Input");
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Input").getRange("A1:B2").values = [
        [1, 2],
        [3, 4],
      ];
      context.workbook.worksheets.getItem("Other").getRange("A1").values = [["elsewhere"]];
      context.workbook.worksheets.getItem("Input").getRange("D1").format.fill.color = "red"; // not a value change
      await context.sync();
    });
    await wb.settle();
    expect(seen.map((e) => [e.address, e.triggerSource, e.details])).toEqual([
      ["A1:B2", "ThisLocalAddin", undefined],
    ]);
  });

  test("fireEventsForApiWrites: false limits events to simulated user edits", async () => {
    const wb = createInMemoryWorkbook({ fireEventsForApiWrites: false });
    const { seen } = await listen(wb, "Sheet1");
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
    });
    wb.typeIntoCell("Sheet1", "A2", "x");
    await wb.settle();
    expect(seen.map((e) => e.address)).toEqual(["A2"]);
  });

  test("a handler registered but not yet synced does not fire; remove() through run(context) stops it", async () => {
    const wb = createInMemoryWorkbook();
    const seen: string[] = [];
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").onChanged.add(async (e) => {
        seen.push(e.address);
      });
      wb.typeIntoCell("Sheet1", "A1", "before registration is synced");
      await context.sync();
    });
    const { registration } = await listen(wb, "Sheet1");
    expect(wb.sheet("Sheet1").changeHandlerCount).toBe(2);
    await wb.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
    expect(wb.sheet("Sheet1").changeHandlerCount).toBe(1);
    wb.typeIntoCell("Sheet1", "B1", "after");
    await wb.settle();
    expect(seen).toEqual(["B1"]);
  });

  test("handlers can read the workbook through getRange(context) and their errors are collected", async () => {
    const wb = createInMemoryWorkbook();
    const read: unknown[] = [];
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").onChanged.add(async (e) => {
        await wb.run(async (ctx) => {
          const range = e.getRange(ctx).load("values");
          await ctx.sync();
          read.push(range.values);
        });
        throw new Error("handler bug");
      });
      await context.sync();
    });
    wb.typeIntoCell("Sheet1", "B2", "42");
    await wb.settle();
    expect(read).toEqual([[[42]]]);
    expect(wb.handlerErrors()).toEqual([new Error("handler bug")]);
  });

  test("worksheets.onChanged hears every sheet", async () => {
    const wb = createInMemoryWorkbook({ sheets: ["A", "B"] });
    const seen: string[] = [];
    await wb.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (e) => {
        seen.push(`${e.worksheetId === wb.sheet("A").id ? "A" : "B"}!${e.address}`);
      });
      await context.sync();
    });
    wb.typeIntoCell("A", "A1", "1");
    wb.typeIntoCell("B", "B2", "2");
    await wb.settle();
    expect(seen).toEqual(["A!A1", "B!B2"]);
  });
});
