import type { Page } from "playwright-core";
import type { InMemoryWorkbook } from "../../in-memory-excel";
import { cellAddress } from "../../src/template/address";

type Scalar = string | number | boolean;

/** Reads the preview's in-memory workbook from the page (window.previewWorkbook). */
export function sheetNames(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as { previewWorkbook: InMemoryWorkbook }).previewWorkbook.sheetNames(),
  );
}

/** The address of an indicator's cell, found by the 代码 column and a header text, as a reader of the sheet would. */
export async function addressOf(
  page: Page,
  sheet: string,
  indicatorId: string,
  header: string,
): Promise<string> {
  const { row, column } = await page.evaluate(
    ({ sheet, indicatorId, header }) => {
      const rows = (window as unknown as { previewWorkbook: InMemoryWorkbook }).previewWorkbook
        .sheet(sheet)
        .toMatrix();
      const headerRow = rows.find((row) => row.includes("代码")) ?? [];
      const column = headerRow.indexOf(header);
      const row = rows.findIndex((r) => r[headerRow.indexOf("代码")] === indicatorId);
      if (column < 0 || row < 0) throw new Error(`no cell for ${indicatorId} ${header}`);
      return { row, column };
    },
    { sheet, indicatorId, header },
  );
  return cellAddress(row, column);
}

export function cell(
  page: Page,
  sheet: string,
  address: string,
): Promise<{ value: Scalar; fill: string | null }> {
  return page.evaluate(
    ({ sheet, address }) => {
      const snapshot = (window as unknown as { previewWorkbook: InMemoryWorkbook }).previewWorkbook
        .sheet(sheet)
        .cell(address);
      return { value: snapshot.value, fill: snapshot.fill };
    },
    { sheet, address },
  );
}

export function codesIn(page: Page, sheet: string): Promise<string[]> {
  return page.evaluate((sheet) => {
    const rows = (window as unknown as { previewWorkbook: InMemoryWorkbook }).previewWorkbook
      .sheet(sheet)
      .toMatrix();
    const headerRow = rows.find((row) => row.includes("代码")) ?? [];
    const column = headerRow.indexOf("代码");
    return rows
      .map((row) => row[column])
      .filter((code): code is string => typeof code === "string" && /^[AB]\d?-/.test(code));
  }, sheet);
}

/** Everything of the preview's workbook a 自检 could change: sheets, their cells and protection, names, properties, the active sheet. */
export function workbookState(page: Page): Promise<unknown> {
  return page.evaluate(() => {
    const wb = (window as unknown as { previewWorkbook: InMemoryWorkbook }).previewWorkbook;
    return {
      sheets: wb.sheetNames().map((name) => ({
        name,
        cells: wb.sheet(name).toMatrix(),
        protection: wb.sheet(name).protection,
        pageLayout: wb.sheet(name).pageLayout,
      })),
      names: wb.names(),
      properties: wb.customProperties(),
      active: wb.activeSheetName(),
      selection: wb.selection(),
    };
  });
}
