import { createInMemoryWorkbook } from "../index";

describe("worksheets", () => {
  test("add, position, activate, visibility and counts", async () => {
    const wb = createInMemoryWorkbook({ sheets: ["说明"] });
    const read = await wb.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const added = sheets.add("附件2");
      sheets.add(); // Excel picks a free "SheetN"
      added.position = 0;
      added.activate();
      added.load("name, position, id, visibility");
      const count = sheets.getCount();
      const active = sheets.getActiveWorksheet().load("name");
      await context.sync();
      return {
        name: added.name,
        position: added.position,
        id: added.id,
        count: count.value,
        active: active.name,
      };
    });
    expect(read).toMatchObject({ name: "附件2", position: 0, count: 3, active: "附件2" });
    expect(read.id).toMatch(/^\{[0-9A-F-]+\}$/);
    expect(wb.sheetNames()).toEqual(["附件2", "说明", "Sheet3"]);
    expect(wb.activeSheetName()).toBe("附件2");
  });

  test("ClientResult values are available only after the sync", async () => {
    const wb = createInMemoryWorkbook();
    await wb.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await context.sync();
      expect(count.value).toBe(1);
    });
  });

  test("getItem accepts a sheet id; hiding the active sheet activates another", async () => {
    const wb = createInMemoryWorkbook({ sheets: ["A", "B"] });
    const id = wb.sheet("B").id;
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem(id).activate();
      context.workbook.worksheets.getItem("B").visibility = "Hidden";
      await context.sync();
    });
    expect(wb.sheet("B").visibility).toBe("Hidden");
    expect(wb.activeSheetName()).toBe("A");
  });

  test("freeze panes and page layout are stored", async () => {
    const wb = createInMemoryWorkbook();
    const read = await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.freezePanes.freezeRows(2);
      sheet.pageLayout.orientation = "Landscape";
      sheet.pageLayout.paperSize = "A4";
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      sheet.pageLayout.centerHorizontally = true;
      sheet.pageLayout.setPrintTitleRows("$1:$2");
      const titles = sheet.pageLayout.getPrintTitleRowsOrNullObject().load("address");
      const frozen = sheet.freezePanes.getLocationOrNullObject().load("address");
      const layout = sheet.pageLayout.load("orientation, paperSize, zoom, leftMargin");
      await context.sync();
      return {
        titles: titles.address,
        frozen: frozen.address,
        orientation: layout.orientation,
        zoom: layout.zoom,
        margin: layout.leftMargin,
      };
    });
    expect(read).toEqual({
      titles: "Sheet1!1:2",
      frozen: "Sheet1!1:2",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      margin: 50.4,
    });
    const sheet = wb.sheet("Sheet1");
    expect(sheet.frozenRows).toBe(2);
    expect(sheet.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHorizontally: true,
      printTitleRows: "$1:$2",
    });
  });

  test("invalid page layout values are refused", async () => {
    const wb = createInMemoryWorkbook();
    await expect(
      wb.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").pageLayout.zoom = { scale: 5 };
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("names", () => {
  test("add with a Range or a string, read name/formula/type, getRange, delete", async () => {
    const wb = createInMemoryWorkbook({ sheets: ["附件2", "My Data"] });
    const read = await wb.run(async (context) => {
      const names = context.workbook.names;
      const targets = names.add(
        "Targets",
        context.workbook.worksheets.getItem("附件2").getRange("B3:F20"),
        "plan figures",
      );
      names.add("Rate", "=0.05");
      names.add("Data", "='My Data'!A1:B2");
      targets.load("name, formula, type, comment, value");
      const range = names.getItemOrNullObject("targets").getRange().load("address");
      const all = names.load("items/name");
      await context.sync();
      return { targets: targets.toJSON(), range: range.address, names: all.items.map((n) => n.name) };
    });
    expect(read.targets).toEqual({
      name: "Targets",
      formula: "=附件2!$B$3:$F$20",
      type: "Range",
      comment: "plan figures",
      value: "附件2!$B$3:$F$20",
    });
    expect(read.range).toBe("附件2!B3:F20");
    expect(read.names).toEqual(["Targets", "Rate", "Data"]);
    expect(wb.names()).toEqual([
      { name: "Targets", formula: "=附件2!$B$3:$F$20", comment: "plan figures", visible: true },
      { name: "Rate", formula: "=0.05", comment: "", visible: true },
      { name: "Data", formula: "='My Data'!$A$1:$B$2", comment: "", visible: true },
    ]);
    await wb.run(async (context) => {
      context.workbook.names.getItem("Rate").delete();
      const missing = context.workbook.names.getItemOrNullObject("Rate");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
    expect(wb.names().map((n) => n.name)).toEqual(["Targets", "Data"]);
  });

  test("names follow sheet renames and become #REF! when the sheet is deleted", async () => {
    const wb = createInMemoryWorkbook({ sheets: ["Keep", "Data"] });
    await wb.run(async (context) => {
      context.workbook.names.add("Block", context.workbook.worksheets.getItem("Data").getRange("A1:A3"));
      context.workbook.worksheets.getItem("Data").name = "Data 2021";
      await context.sync();
    });
    expect(wb.names()[0]?.formula).toBe("='Data 2021'!$A$1:$A$3");
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("Data 2021").delete();
      await context.sync();
    });
    expect(wb.names()[0]?.formula).toBe("=#REF!");
  });

  test("duplicate and malformed names are refused", async () => {
    const wb = createInMemoryWorkbook();
    for (const [name, code] of [
      ["Dup", "ItemAlreadyExists"],
      ["A1", "InvalidArgument"],
      ["has space", "InvalidArgument"],
      ["1st", "InvalidArgument"],
    ] as const) {
      await expect(
        wb.run(async (context) => {
          context.workbook.names.add("dup", "=1");
          context.workbook.names.add(name, "=1");
          await context.sync();
        }),
      ).rejects.toMatchObject({ code });
      await wb.run(async (context) => {
        context.workbook.names.getItemOrNullObject("dup").delete();
        await context.sync();
      });
    }
  });

  test("getItem of a missing name rejects with ItemNotFound", async () => {
    const wb = createInMemoryWorkbook();
    await expect(
      wb.run(async (context) => {
        context.workbook.names.getItem("Nope").load("formula");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("custom properties", () => {
  test("add, read, overwrite (case-insensitive key), list and delete", async () => {
    const wb = createInMemoryWorkbook();
    const read = await wb.run(async (context) => {
      const custom = context.workbook.properties.custom;
      custom.add("TemplateVersion", "2025.1");
      custom.add("Rows", 42);
      custom.add("templateversion", "2025.2"); // same key, overwritten
      const version = custom.getItemOrNullObject("TEMPLATEVERSION").load("key, value, type");
      const missing = custom.getItemOrNullObject("Nope");
      const all = custom.load("items/key, items/value");
      await context.sync();
      return {
        version: [version.key, version.value, version.type],
        missing: missing.isNullObject,
        all: all.items.map((p) => [p.key, p.value]),
      };
    });
    expect(read).toEqual({
      version: ["TemplateVersion", "2025.2", "String"],
      missing: true,
      all: [
        ["TemplateVersion", "2025.2"],
        ["Rows", 42],
      ],
    });
    expect(wb.customProperties()).toEqual([
      { key: "TemplateVersion", value: "2025.2", type: "String" },
      { key: "Rows", value: 42, type: "Number" },
    ]);
    await wb.run(async (context) => {
      context.workbook.properties.custom.getItem("rows").delete();
      await context.sync();
    });
    expect(wb.customProperties().map((p) => p.key)).toEqual(["TemplateVersion"]);
  });

  test("getItem of a missing key rejects with ItemNotFound; invalid values are refused", async () => {
    const wb = createInMemoryWorkbook();
    await expect(
      wb.run(async (context) => {
        context.workbook.properties.custom.getItem("Nope").load("value");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    await expect(
      wb.run(async (context) => {
        context.workbook.properties.custom.add("Obj", { nested: true });
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("document properties round-trip", async () => {
    const wb = createInMemoryWorkbook();
    const title = await wb.run(async (context) => {
      context.workbook.properties.title = "仑政发〔2022〕1号";
      const props = context.workbook.properties.load("title, author");
      await context.sync();
      return [props.title, props.author];
    });
    expect(title).toEqual(["仑政发〔2022〕1号", ""]);
  });
});
