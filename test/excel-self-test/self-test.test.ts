/**
 * The 自检 over the in-memory workbook: every check passes where in-memory Excel imitates Office.js,
 * and the workbook (template, typed actuals, names, properties, active sheet) is left as it was.
 */
import { excelWorkbook } from "../../src/excel/open-host";
import { target } from "../../src/functions/functions";
import { snapshot } from "../excel-template/workbook-helpers";
import { annex2, templateWorkbook } from "../support/template-workbook";

const inPreview = {
  office: { host: "in-memory-excel", platform: "jest", version: "—" },
  customFunctions: target,
  triggerSource: true,
};

test("every check passes over in-memory Excel, and the workbook is left exactly as it was", async () => {
  const { wb, addressOf } = await templateWorkbook({ password: "bl2023" });
  wb.typeIntoCell(annex2, addressOf(annex2, "A2-05", "2023年实绩"), 25);
  const before = { ...snapshot(wb), active: wb.activeSheetName(), selection: wb.selection() };
  const report = await excelWorkbook(
    wb.run,
    { dataValidation: true, pageLayout: true },
    inPreview,
  ).selfTest();
  expect(report.checks.filter((check) => !check.passed)).toEqual([]);
  expect(report.checks.map((check) => check.id)).toEqual([
    "null-object",
    "sheet-swap",
    "protected-cells",
    "passwords",
    "data-validation",
    "page-layout",
    "names",
    "custom-properties",
    "failed-batch",
    "on-changed",
    "text-values",
    "cell-edit-option",
    "custom-functions",
  ]);
  expect(report).toMatchObject({ cleanedUp: true, functions: "direct" });
  expect({ ...snapshot(wb), active: wb.activeSheetName(), selection: wb.selection() }).toEqual(before);
  expect(report.text).toMatch(/结果：13 项通过，0 项不通过/);
});

test("a check that fails in this Excel is reported, not thrown, and the others still run", async () => {
  const { wb } = await templateWorkbook();
  const broken = { ...inPreview, customFunctions: () => "#NAME?" };
  const report = await excelWorkbook(wb.run, { dataValidation: true, pageLayout: true }, broken).selfTest();
  expect(report.checks.filter((check) => !check.passed).map((check) => check.id)).toEqual([
    "custom-functions",
  ]);
  expect(report.cleanedUp).toBe(true);
});

test("while the user edits a cell, the 自检 waits for the edit to end instead of failing", async () => {
  const { wb } = await templateWorkbook();
  wb.startCellEdit("Sheet1", "A1");
  const running = excelWorkbook(wb.run, { dataValidation: true, pageLayout: true }, inPreview).selfTest();
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(wb.sheetNames().some((name) => name.startsWith("BL自检"))).toBe(false);
  wb.endCellEdit();
  expect((await running).checks.every((check) => check.passed)).toBe(true);
});
