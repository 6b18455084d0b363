import { plan } from "../../src/model";
import { buildTemplateLayout } from "../../src/template/build-layout";
import { contentAt, sheetOf } from "./layout-helpers";

const idsFor = (leadUnit: string) =>
  Object.fromEntries(
    buildTemplateLayout(plan, { leadUnit }).sheets.map((sheet) => [sheet.role, sheet.indicatorIds]),
  );

describe("a template for one lead unit", () => {
  it("区科技局 sees its four 附件2 rows, 研发投入规模 in 附件1 and 研发投入占GDP比重 in the body", () => {
    expect(idsFor("区科技局")).toEqual({
      annex1: ["A2-03"],
      annex2: ["A2-03", "A2-07", "A2-24", "A2-25"],
      body: ["B-01"],
    });
  });

  it("资规分局 sees the rows it co-leads (A2-26 with 区经信局) as well as its own", () => {
    expect(idsFor("资规分局")).toEqual({
      annex1: ["A2-26"],
      annex2: ["A2-26", "A2-33"],
      body: ["B-04", "B-05"],
    });
  });

  it("omits a sheet with no rows for the unit: 区委人才办 gets 附件2 only", () => {
    expect(idsFor("区委人才办")).toEqual({ annex2: ["A2-08", "A2-09"] });
  });

  it("says which unit under the title and in the page header, and links 附件1 to the unit's own 附件2 rows", () => {
    const layout = buildTemplateLayout(plan, { leadUnit: "区科技局" });
    const annex1 = sheetOf(layout, "annex1");
    const annex2 = sheetOf(layout, "annex2");
    expect(contentAt(annex2, "A2")).toBe("填报单位：区科技局");
    expect(annex2.page.header.right).toContain("填报单位：区科技局");
    expect(contentAt(annex2, "B4")).toBe("A2-03");
    expect(contentAt(annex1, "G4")).toBe(`=IF('附件2 目标任务分解'!L4="","",'附件2 目标任务分解'!L4)`);
    expect(annex2.merges).toEqual(expect.arrayContaining(["A1:U1", "A4:A5", "A6:A7"]));
    expect(layout.leadUnit).toBe("区科技局");
  });

  it("keeps the number of formatted regions the same whatever the number of rows (one more per split row)", () => {
    const all = sheetOf(buildTemplateLayout(plan, { leadUnit: null }), "annex2");
    const one = sheetOf(buildTemplateLayout(plan, { leadUnit: "区委人才办" }), "annex2");
    const groups = (sheet: typeof all) => sheet.rowIds.filter((id) => id === null).length;
    expect([groups(all), groups(one)]).toEqual([2, 0]);
    expect(one.regions.length).toBe(all.regions.length - 2);
    expect(all.regions).toContainEqual({ range: "L4:L45", style: "actual" });
  });
});
