/**
 * Sync 2 of an insertion: one layout sheet written into a new worksheet. Values and formulas go in
 * one matrix, number formats in another, looks region by region; only data validation is per cell.
 */
import { rangeAddress, rectangleOf } from "../template/address";
import { tableRangeOf } from "../template/table-sheet";
import type { CellLayout, SheetLayout } from "../template/types";
import { applyGrid, applyLook, pointsPerCharacter } from "./insert-look";
import type { HostFeatures } from "./insert-outcome";
import { queueValidation } from "./insert-validation";

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

export function queueSheet(worksheet: Excel.Worksheet, sheet: SheetLayout, features: HostFeatures): void {
  const whole = worksheet.getRangeByIndexes(0, 0, sheet.rowCount, sheet.columnCount);
  const used = rangeAddress(0, 0, sheet.rowCount - 1, sheet.columnCount - 1);
  whole.formulas = matrixOf(sheet, used, (cell) => cell.content, "");
  whole.numberFormat = matrixOf(sheet, used, (cell) => cell.numberFormat, "General");
  for (const region of sheet.regions) {
    const range = worksheet.getRange(region.range);
    applyLook(range, region.style);
    if (region.style === "actual") range.format.protection.locked = false;
  }
  applyGrid(worksheet.getRange(tableRangeOf(sheet)));
  for (const merge of sheet.merges) worksheet.getRange(merge).merge(false);
  sheet.columnWidths.forEach((width, column) => {
    worksheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = width * pointsPerCharacter;
  });
  const table = worksheet.getRangeByIndexes(
    sheet.headerRow,
    0,
    sheet.rowCount - sheet.headerRow,
    sheet.columnCount,
  );
  table.format.autofitRows();
  if (features.dataValidation) {
    for (const cell of sheet.cells) if (cell.validation) queueValidation(worksheet, cell, cell.validation);
  }
  worksheet.freezePanes.freezeAt(worksheet.getRangeByIndexes(0, 0, sheet.frozenRows, sheet.frozenColumns));
  if (features.pageLayout) {
    worksheet.pageLayout.orientation = "Landscape";
    worksheet.pageLayout.paperSize = "A4";
    // One page wide. Office.js documents no value for "pages tall: automatic" (0 is undocumented and could
    // fail the whole batch), so only the width is set.
    worksheet.pageLayout.zoom = { horizontalFitToPages: 1 };
    worksheet.pageLayout.setPrintTitleRows(sheet.printTitleRows);
  }
}
