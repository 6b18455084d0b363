/** One layout sheet into an exceljs worksheet: values and formulas, looks, merges, validation, print setup. */
import type ExcelJS from "exceljs";
import { rectangleOf } from "../template/address";
import { styleLooks } from "../template/styles";
import type { CellLayout, SheetLayout } from "../template/types";
import { applyLook } from "./write-template-style";
import { dataValidationOf } from "./write-template-validation";

const A4 = 9;

/** A formula with its laid-out result cached (so an untouched file needs no recalculation), text as text. */
function valueOf(layout: CellLayout): ExcelJS.CellValue {
  const { content } = layout;
  if (layout.text || typeof content !== "string" || !content.startsWith("=")) return content;
  const formula = content.slice(1);
  return layout.result === undefined
    ? { formula }
    : ({ formula, result: layout.result } as ExcelJS.CellValue);
}

export function writeTemplateSheet(workbook: ExcelJS.Workbook, sheet: SheetLayout): ExcelJS.Worksheet {
  const { page } = sheet;
  const worksheet = workbook.addWorksheet(sheet.name, {
    pageSetup: {
      paperSize: A4,
      orientation: page.orientation,
      scale: page.scale,
      fitToPage: false,
      horizontalCentered: page.centerHorizontally,
      firstPageNumber: page.firstPageNumber,
      margins: page.margins,
      printTitlesRow: sheet.printTitleRows.replace(/\$/g, ""),
    },
    headerFooter: {
      oddHeader: `&L${page.header.left}&C${page.header.center}&R${page.header.right}`,
      oddFooter: `&L${page.footer.left}&C${page.footer.center}&R${page.footer.right}`,
    },
    views: [{ state: "frozen", xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }],
  });
  sheet.columnWidths.forEach((width, index) => {
    worksheet.getColumn(index + 1).width = width;
  });
  sheet.rowHeights.forEach((height, index) => {
    worksheet.getRow(index + 1).height = height;
  });
  for (const region of sheet.regions) {
    const { top, left, bottom, right } = rectangleOf(region.range);
    for (let row = top; row <= bottom; row += 1) {
      for (let column = left; column <= right; column += 1)
        applyLook(worksheet.getCell(row + 1, column + 1), styleLooks[region.style]);
    }
  }
  for (const layout of sheet.cells) {
    const cell = worksheet.getCell(layout.row + 1, layout.column + 1);
    // An actual carried from a return is what someone typed: a value, never a formula ("=1/0" stays text).
    cell.value = layout.carried ?? valueOf(layout);
    if (layout.numberFormat) cell.numFmt = layout.numberFormat;
    if (!layout.locked) cell.protection = { locked: false };
    if (layout.validation) cell.dataValidation = dataValidationOf(layout.validation);
  }
  sheet.merges.forEach((range) => worksheet.mergeCells(range));
  // A break before row r (0-based) is a break after the 1-based row r.
  for (const row of page.breaksBefore) worksheet.getRow(row).addPageBreak();
  return worksheet;
}
