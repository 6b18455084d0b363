import { plan } from "../../src/model";
import { buildTemplateLayout } from "../../src/template/build-layout";
import type { TemplateLayout } from "../../src/template/types";
import { createInMemoryWorkbook, type InMemoryWorkbook } from "../../in-memory-excel";
import { insert, snapshot } from "./workbook-helpers";

const annex1 = "附件1 四倍增、五跃升目标";
const annex2 = "附件2 目标任务分解";
const body = "正文其他量化目标";
const layout = buildTemplateLayout(plan, { leadUnit: null });

/** A template protected with a password, one actual typed in. */
async function lockedWorkbook(): Promise<InMemoryWorkbook> {
  const wb = createInMemoryWorkbook({ sheets: ["说明"] });
  await insert(wb, { layout, mode: "ask", password: "bl2022" });
  wb.typeIntoCell(annex2, "L6", "63");
  wb.resetCounters();
  return wb;
}

/** The layout with a column too wide for Excel on its last sheet: a write that fails half-way, after two sheets. */
function failingHalfWay(source: TemplateLayout): TemplateLayout {
  const sheets = source.sheets.map((sheet, index) =>
    index < source.sheets.length - 1
      ? sheet
      : { ...sheet, columnWidths: [...sheet.columnWidths.slice(0, -1), 1000] },
  );
  return { ...source, sheets };
}

describe("a template protected with a password", () => {
  it("protects the new sheets with the password given", async () => {
    const wb = await lockedWorkbook();
    for (const name of [annex1, annex2, body])
      expect(wb.sheet(name).protection).toMatchObject({ protected: true, password: "bl2022" });
  });

  it("is not updated with a wrong password: a clear outcome, and nothing changed", async () => {
    const wb = await lockedWorkbook();
    const before = snapshot(wb);
    const outcome = await insert(wb, { layout, mode: "update", password: "123456" });
    expect(outcome).toEqual({ status: "wrong-password", sheet: annex1 });
    expect(snapshot(wb)).toEqual(before);
  });

  it("is not updated without the password either", async () => {
    const wb = await lockedWorkbook();
    const before = snapshot(wb);
    expect(await insert(wb, { layout, mode: "update" })).toEqual({ status: "wrong-password", sheet: annex1 });
    expect(snapshot(wb)).toEqual(before);
  });

  it("is updated with the right password, keeping the actual and the password", async () => {
    const wb = await lockedWorkbook();
    const outcome = await insert(wb, { layout, mode: "update", password: "bl2022" });
    expect(outcome).toMatchObject({ status: "inserted", keptActuals: 1 });
    expect(wb.sheet(annex2).cell("L6").value).toBe(63);
    expect(wb.sheet(annex2).protection).toMatchObject({ protected: true, password: "bl2022" });
    expect(wb.syncCount).toBe(7); // names, tables, one per protected old sheet (has it a password?), write, swap
  });

  it("may be copied without its password: the old sheets stay as they are", async () => {
    const wb = await lockedWorkbook();
    const before = snapshot(wb).sheets;
    const outcome = await insert(wb, { layout, mode: "copy" });
    expect(outcome).toMatchObject({
      status: "inserted",
      sheets: [`${annex1} (2)`, `${annex2} (2)`, `${body} (2)`],
    });
    expect(snapshot(wb).sheets.slice(0, 4)).toEqual(before);
    expect(wb.sheet(`${annex2} (2)`).protection).toMatchObject({ protected: true, password: null });
  });
});

describe("a write that fails half-way", () => {
  it("leaves a workbook without the template as it was, and rejects with Excel's error", async () => {
    const wb = createInMemoryWorkbook({ sheets: ["说明"] });
    wb.setCellValue("说明", "A1", "填报说明");
    const before = snapshot(wb);
    await expect(insert(wb, { layout: failingHalfWay(layout), mode: "ask" })).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    expect(snapshot(wb)).toEqual(before);
  });

  it("leaves a password-protected template as it was during an update: old sheets, actuals, protection", async () => {
    const wb = await lockedWorkbook();
    const before = snapshot(wb);
    await expect(
      insert(wb, { layout: failingHalfWay(layout), mode: "update", password: "bl2022" }),
    ).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    expect(snapshot(wb)).toEqual(before);
    expect(wb.sheetNames()).toEqual(["说明", annex1, annex2, body]);
  });
});
