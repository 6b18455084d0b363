/**
 * The offline page opened from disk (file://) in Chromium, watched: every request the page makes,
 * every console error and uncaught error, and the downloads it offers (saved, then read back).
 */
import { existsSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import pageFile from "../../src/offline/page-file.json";

export const offlineFile = join(__dirname, "..", "..", "dist", "offline", pageFile.fileName);
export const fixture = (name: string) => join(__dirname, "..", "fixtures", "returns", name);

export interface OfflinePage {
  context: BrowserContext;
  page: Page;
  /** Every URL requested, whatever its scheme. */
  requests: string[];
  errors: string[];
}

export async function openOfflinePage(browser: Browser): Promise<OfflinePage> {
  if (!existsSync(offlineFile))
    throw new Error(`${offlineFile} is missing: npm run build:offline (test:e2e runs it)`);
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, acceptDownloads: true });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(`file://${offlineFile}`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
  return { context, page, requests, errors };
}

const downloads = mkdtempSync(join(tmpdir(), "offline-downloads-"));

/** Clicks and saves the download it starts (under `saveAs`, an ASCII name LibreOffice's CSV export can prefix). */
export async function downloadOf(page: Page, click: () => Promise<void>, saveAs: string) {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  const path = join(downloads, saveAs);
  await download.saveAs(path);
  return { path, suggested: download.suggestedFilename(), url: download.url() };
}

export async function workbookAt(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** The cell of an indicator (by the 代码 column) under a header text, as a reader of the sheet finds it. */
export function cellIn(sheet: ExcelJS.Worksheet, code: string, header: string): ExcelJS.Cell {
  let headerRow = 0;
  let column = 0;
  let row = 0;
  let codeColumn = 0;
  sheet.eachRow((r, n) => {
    r.eachCell((cell, c) => {
      if (headerRow === 0 && cell.text === "代码") [headerRow, codeColumn] = [n, c];
    });
  });
  sheet.getRow(headerRow).eachCell((cell, c) => {
    if (cell.text === header) column = c;
  });
  sheet.eachRow((r, n) => {
    if (n > headerRow && r.getCell(codeColumn).text === code) row = n;
  });
  if (!headerRow || !column || !row) throw new Error(`no cell for ${code} under ${header} in ${sheet.name}`);
  return sheet.getCell(row, column);
}

/** The same lookup in LibreOffice's CSV of a sheet. */
export function csvCellIn(rows: string[][], code: string, header: string): string {
  const headerRow = rows.find((r) => r.includes("代码")) ?? [];
  const row = rows.find((r) => r[headerRow.indexOf("代码")] === code);
  const column = headerRow.indexOf(header);
  if (!row || column < 0) throw new Error(`no CSV cell for ${code} under ${header}`);
  return row[column] ?? "";
}
