/**
 * One rule for an empty password (no password argument at all) and sheets protected again exactly as
 * they were: the pane's password is never added to a sheet protected without one. Office.js outside
 * the web cannot say whether a sheet has a password; the add-in asks by unprotecting without one in a
 * batch of its own (src/excel/sheet-protection.ts). That a sheet with a password refuses `unprotect()`
 * is in-memory Excel's guess, checked in the user's Excel by the 自检.
 */
import { annex2, templateWorkbook } from "../support/template-workbook";
import { plan } from "../../src/model";
import { buildTemplateLayout } from "../../src/template/build-layout";
import { createInMemoryWorkbook } from "../../in-memory-excel";
import { insert } from "../excel-template/workbook-helpers";

const period = { year: 2023, month: 6 };
const sheets = ["附件1 四倍增、五跃升目标", annex2, "正文其他量化目标"];
const emptyPasswordWarnings = (warnings: string[]) => warnings.filter((w) => w.includes('"" passed'));

describe("sheets protected without a password, the pane holding one", () => {
  test("校验实绩 marks them and protects them again without a password, one extra sync per sheet", async () => {
    const { wb, ops, addressOf } = await templateWorkbook(); // inserted without a password
    const cell = addressOf(annex2, "A2-03", "2023年实绩");
    wb.setCellValue(annex2, cell, "约150");
    await ops.validate(period, "bl2023");
    expect(wb.sheet(annex2).cell(cell).fill).toBe("#FFC7CE");
    for (const name of sheets)
      expect(wb.sheet(name).protection).toMatchObject({ protected: true, password: null });
    expect(wb.syncCount).toBe(3 + sheets.length);
  });

  test("live validation of one edit asks about the one sheet it marks", async () => {
    const { wb, ops, addressOf } = await templateWorkbook();
    const cell = addressOf(annex2, "A2-05", "2023年实绩");
    wb.typeIntoCell(annex2, cell, 250);
    wb.resetCounters();
    await ops.revalidate([{ sheet: annex2, address: cell }], period, "bl2023");
    expect(wb.sheet(annex2).cell(cell).fill).toBe("#FFEB9C");
    expect(wb.sheet(annex2).protection).toMatchObject({ protected: true, password: null });
    expect(wb.syncCount).toBe(4);
  });

  test("修正 writes the fix and leaves the sheet without a password", async () => {
    const { wb, ops, addressOf } = await templateWorkbook();
    const cell = addressOf(annex2, "A2-18", "2022年实绩");
    wb.typeIntoCell(annex2, cell, 12);
    const outcome = await ops.applyFixes(
      [{ sheet: annex2, address: cell, value: 0.12, original: 12 }],
      "bl2023",
    );
    expect(outcome.skipped).toEqual([]);
    expect(wb.sheet(annex2).cell(cell).value).toBe(0.12);
    expect(wb.sheet(annex2).protection).toMatchObject({ protected: true, password: null });
  });

  test("an update protects the new sheets with the pane's password, and the kept old sheet as it was", async () => {
    const wb = createInMemoryWorkbook({ sheets: ["说明"] });
    await insert(wb, { layout: buildTemplateLayout(plan, { leadUnit: null }), mode: "ask" });
    wb.typeIntoCell(annex2, "F4", "98"); // 数字经济核心产业制造业增加值规模 2021: not a 区科技局 row
    const outcome = await insert(wb, {
      layout: buildTemplateLayout(plan, { leadUnit: "区科技局" }),
      mode: "update",
      password: "bl2023",
    });
    expect(outcome).toMatchObject({ status: "inserted", orphanSheets: ["附件2 目标任务分解 (旧)"] });
    expect(wb.sheet(annex2).protection).toMatchObject({ protected: true, password: "bl2023" });
    expect(wb.sheet("附件2 目标任务分解 (旧)").protection).toMatchObject({ protected: true, password: null });
  });
});

describe("an empty password", () => {
  test('is no password argument at all: marks and fixes never pass "" to protect or unprotect', async () => {
    const { wb, ops, addressOf } = await templateWorkbook();
    const cell = addressOf(annex2, "A2-18", "2022年实绩");
    wb.typeIntoCell(annex2, cell, 12);
    await ops.validate(period, "");
    await ops.applyFixes([{ sheet: annex2, address: cell, value: 0.12, original: 12 }], "");
    expect(emptyPasswordWarnings(wb.warnings())).toEqual([]);
    expect(wb.sheet(annex2).protection).toMatchObject({ protected: true, password: null });
  });

  test('inserting with "" protects without a password and passes none', async () => {
    const wb = createInMemoryWorkbook();
    await insert(wb, { layout: buildTemplateLayout(plan, { leadUnit: null }), mode: "ask", password: "" });
    expect(emptyPasswordWarnings(wb.warnings())).toEqual([]);
    for (const name of sheets)
      expect(wb.sheet(name).protection).toMatchObject({ protected: true, password: null });
  });
});

describe("a sheet protected with another password than the pane's", () => {
  test("refuses the marks and keeps its own password; nothing is written", async () => {
    const { wb, ops, addressOf } = await templateWorkbook({ password: "theirs" });
    const cell = addressOf(annex2, "A2-03", "2023年实绩");
    wb.setCellValue(annex2, cell, "约150");
    await expect(ops.validate(period, "mine")).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(wb.sheet(annex2).cell(cell).fill).not.toBe("#FFC7CE");
    for (const name of sheets)
      expect(wb.sheet(name).protection).toMatchObject({ protected: true, password: "theirs" });
  });
});
