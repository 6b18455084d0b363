/**
 * One layout sheet (src/template) written into an Excel worksheet, all queued for the caller's sync:
 * values and formulas in one matrix, number formats in another, looks region by region, and only
 * data validation cell by cell. The Office.js counterpart of src/xlsx/write-template-sheet.ts.
 */
import { cellAddress, rangeAddress, rectangleOf } from "../template/address";
import { asTypedInput } from "../template/carry-actuals";
import { styleLooks, type CellLook } from "../template/styles";
import { tableRangeOf } from "../template/table-sheet";
import type { ActualValidation, CellLayout, SheetLayout } from "../template/types";
import { comparisonOf } from "../template/validation";

/** Office.js features the writer uses when the running Excel has them. */
export interface HostFeatures {
  /** Data validation of actual cells: ExcelApi 1.8. */
  dataValidation: boolean;
  /** Page layout and print titles: ExcelApi 1.9. */
  pageLayout: boolean;
}

export const allFeatures: HostFeatures = { dataValidation: true, pageLayout: true };

/** Excel column widths are in points; the layout's are in characters (about 6 points each). */
export const pointsPerCharacter = 6;

type Matrix = (string | number)[][];

/** A rectangle of the layout's cells as a matrix, `fill` where a cell has nothing. */
export function matrixOf(
  sheet: SheetLayout,
  range: string,
  pick: (cell: CellLayout) => string | number | null | undefined,
  fill: string,
): Matrix {
  const { top, left, bottom, right } = rectangleOf(range);
  const matrix: Matrix = Array.from({ length: bottom - top + 1 }, () =>
    Array<string | number>(right - left + 1).fill(fill),
  );
  for (const cell of sheet.cells) {
    const row = matrix[cell.row - top];
    if (row && cell.column >= left && cell.column <= right) row[cell.column - left] = pick(cell) ?? fill;
  }
  return matrix;
}

/** What a cell gets in `formulas`: text cells (a carried 备注) behind an apostrophe, so they stay text. */
export const formulaOf = (cell: CellLayout): string | number | null =>
  cell.text && typeof cell.content === "string" ? `'${cell.content}` : cell.content;

export function queueSheet(worksheet: Excel.Worksheet, sheet: SheetLayout, features: HostFeatures): void {
  const whole = worksheet.getRangeByIndexes(0, 0, sheet.rowCount, sheet.columnCount);
  const used = rangeAddress(0, 0, sheet.rowCount - 1, sheet.columnCount - 1);
  whole.formulas = matrixOf(sheet, used, formulaOf, "");
  whole.numberFormat = matrixOf(sheet, used, (cell) => cell.numberFormat, "General");
  // Actuals carried from an earlier template: values, never formulas (text stays text).
  for (const cell of sheet.cells) {
    if (cell.carried !== undefined)
      worksheet.getRange(cellAddress(cell.row, cell.column)).values = [[asTypedInput(cell.carried)]];
  }
  for (const region of sheet.regions) {
    const range = worksheet.getRange(region.range);
    applyLook(range, styleLooks[region.style]);
    range.format.protection.locked = !styleLooks[region.style].input;
  }
  applyGrid(worksheet.getRange(tableRangeOf(sheet)));
  for (const merge of sheet.merges) worksheet.getRange(merge).merge(false);
  sheet.columnWidths.forEach((width, column) => {
    worksheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = width * pointsPerCharacter;
  });
  queueRowHeights(worksheet, sheet.rowHeights);
  if (features.dataValidation) {
    for (const cell of sheet.cells) if (cell.validation) queueValidation(worksheet, cell, cell.validation);
  }
  worksheet.freezePanes.freezeAt(worksheet.getRangeByIndexes(0, 0, sheet.frozenRows, sheet.frozenColumns));
  if (features.pageLayout) queuePageLayout(worksheet, sheet);
}

/** Rows of one height set together: one operation per run of equal heights, not per row. */
function queueRowHeights(worksheet: Excel.Worksheet, heights: readonly number[]): void {
  let start = 0;
  heights.forEach((height, row) => {
    if (heights[row + 1] === height) return;
    worksheet.getRangeByIndexes(start, 0, row - start + 1, 1).format.rowHeight = height;
    start = row + 1;
  });
}

/** The layout's page setup (src/template/print.ts): scale, margins, breaks, header and footer. */
function queuePageLayout(worksheet: Excel.Worksheet, sheet: SheetLayout): void {
  const { page } = sheet;
  const layout = worksheet.pageLayout;
  layout.orientation = "Landscape";
  layout.paperSize = "A4";
  layout.zoom = { scale: page.scale };
  layout.centerHorizontally = page.centerHorizontally;
  layout.firstPageNumber = page.firstPageNumber;
  const inches = (value: number) => value * 72;
  layout.leftMargin = inches(page.margins.left);
  layout.rightMargin = inches(page.margins.right);
  layout.topMargin = inches(page.margins.top);
  layout.bottomMargin = inches(page.margins.bottom);
  layout.headerMargin = inches(page.margins.header);
  layout.footerMargin = inches(page.margins.footer);
  layout.setPrintTitleRows(sheet.printTitleRows);
  const all = layout.headersFooters.defaultForAllPages;
  all.leftHeader = page.header.left;
  all.centerHeader = page.header.center;
  all.rightHeader = page.header.right;
  all.leftFooter = page.footer.left;
  all.centerFooter = page.footer.center;
  all.rightFooter = page.footer.right;
  for (const row of page.breaksBefore) worksheet.horizontalPageBreaks.add(cellAddress(row, 0));
}

/**
 * A cell look (src/template/styles.ts, or a report's) on an Excel range: one region, a few properties.
 * A "grid" is drawn by `applyGrid` over a whole table at once, not region by region.
 */
export function applyLook(range: Excel.Range, look: CellLook): void {
  const format = range.format;
  format.font.name = look.font.name;
  format.font.bold = look.bold;
  format.font.size = look.fontSize;
  if (look.fontColor) format.font.color = look.fontColor;
  if (look.fill) format.fill.color = look.fill;
  format.horizontalAlignment = alignments[look.horizontal];
  format.verticalAlignment = "Center";
  format.wrapText = look.wrap;
  if (look.border === "under") {
    const line = format.borders.getItem("EdgeBottom");
    line.style = "Continuous";
    line.weight = "Thin";
    line.color = "#808080";
  }
}

const alignments = { left: "Left", center: "Center", right: "Right" } as const;

const gridLines: Parameters<Excel.RangeBorderCollection["getItem"]>[0][] = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
];

/** Thin grey lines around and between every cell of a table. */
export function applyGrid(range: Excel.Range): void {
  for (const line of gridLines) {
    const border = range.format.borders.getItem(line);
    border.style = "Continuous";
    border.weight = "Thin";
    border.color = "#808080";
  }
}

function ruleOf(validation: ActualValidation): Excel.DataValidationRule {
  const comparison: Excel.BasicDataValidation = comparisonOf(validation);
  return validation.type === "wholeNumber" ? { wholeNumber: comparison } : { decimal: comparison };
}

/** An actual cell's data validation in Office.js terms: the rule first, then its prompt and stop alert. */
function queueValidation(worksheet: Excel.Worksheet, cell: CellLayout, validation: ActualValidation): void {
  const { dataValidation } = worksheet.getRange(cellAddress(cell.row, cell.column));
  dataValidation.rule = ruleOf(validation);
  dataValidation.ignoreBlanks = true;
  dataValidation.prompt = {
    showPrompt: true,
    title: validation.promptTitle,
    message: validation.promptMessage,
  };
  dataValidation.errorAlert = {
    showAlert: true,
    style: "Stop",
    title: validation.errorTitle,
    message: validation.errorMessage,
  };
}
