import { freeName, freeNames, keptName } from "../../src/template/sheet-names";
import { renameSheets } from "../../src/template/rename";
import { buildTemplateLayout } from "../../src/template/build-layout";
import { plan } from "../../src/model";
import { contentAt, sheetOf } from "./layout-helpers";

describe("free sheet names", () => {
  it("numbers a set of copies together, ignoring case as Excel does", () => {
    expect(freeNames(["附件1", "附件2"], new Set(["附件2", "附件1 (2)"]))).toEqual([
      "附件1 (3)",
      "附件2 (3)",
    ]);
    expect(freeName("Sheet", new Set(["SHEET"]))).toBe("Sheet (2)");
    expect(freeName("说明", new Set())).toBe("说明");
  });

  it("names a kept old sheet … (旧), then … (旧2)", () => {
    expect(keptName("附件2 目标任务分解", new Set())).toBe("附件2 目标任务分解 (旧)");
    expect(keptName("附件2 目标任务分解", new Set(["附件2 目标任务分解 (旧)"]))).toBe(
      "附件2 目标任务分解 (旧2)",
    );
  });

  it("stays within Excel's 31 characters by shortening the base", () => {
    const long = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一";
    expect(long).toHaveLength(31);
    const copy = freeName(long, new Set([long]));
    expect(copy).toHaveLength(31);
    expect(copy.endsWith(" (2)")).toBe(true);
  });
});

describe("renaming a layout's sheets", () => {
  it("renames the sheets and the references to them in formulas", () => {
    const layout = buildTemplateLayout(plan, { leadUnit: null });
    const renamed = renameSheets(layout, new Map([["附件2 目标任务分解", "BL_new_annex2"]]));
    expect(renamed.sheets.map((sheet) => sheet.name)).toEqual([
      "附件1 四倍增、五跃升目标",
      "BL_new_annex2",
      "正文其他量化目标",
    ]);
    expect(contentAt(sheetOf(renamed, "annex1"), "G11")).toBe(
      `=IF('BL_new_annex2'!L6="","",'BL_new_annex2'!L6)`,
    );
    expect(contentAt(sheetOf(renamed, "annex2"), "M6")).toBe('=IF(L6="","",L6/K6)');
  });

  it("quotes a name holding an apostrophe by doubling it", () => {
    const layout = buildTemplateLayout(plan, { leadUnit: "区科技局" });
    const renamed = renameSheets(layout, new Map([["附件2 目标任务分解", "O'Neil"]]));
    expect(contentAt(sheetOf(renamed, "annex1"), "G4")).toBe(`=IF('O''Neil'!L4="","",'O''Neil'!L4)`);
    const back = renameSheets(renamed, new Map([["O'Neil", "附件2 目标任务分解"]]));
    expect(contentAt(sheetOf(back, "annex1"), "G4")).toBe(
      `=IF('附件2 目标任务分解'!L4="","",'附件2 目标任务分解'!L4)`,
    );
  });
});
