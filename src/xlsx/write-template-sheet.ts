/** One layout sheet into an exceljs worksheet: values and formulas, looks, merges, validation, print setup. */
import type ExcelJS from "exceljs";
import { rectangleOf } from "../template/address";
import type { CellLayout, SheetLayout } from "../template/types";
import { applyLook } from "./write-template-style";
import { dataValidationOf } from "./write-template-validation";

const A4 = 9;

function valueOf(content: CellLayout["content"]): ExcelJS.CellValue {
  if (typeof content === "string" && content.startsWith("=")) return { formula: content.slice(1) };
  return content;
}

export function writeTemplateSheet(workbook: ExcelJS.Workbook, sheet: SheetLayout): ExcelJS.Worksheet {
  const rows = sheet.printTitleRows.replace(/\$/g, "");
  const worksheet = workbook.addWorksheet(sheet.name, {
    pageSetup: {
      paperSize: A4,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: rows,
    },
    views: [{ state: "frozen", xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }],
  });
  sheet.columnWidths.forEach((width, index) => {
    worksheet.getColumn(index + 1).width = width;
  });
  for (const region of sheet.regions) {
    const { top, left, bottom, right } = rectangleOf(region.range);
    for (let row = top; row <= bottom; row += 1) {
      for (let column = left; column <= right; column += 1)
        applyLook(worksheet.getCell(row + 1, column + 1), region.style);
    }
  }
  for (const layout of sheet.cells) {
    const cell = worksheet.getCell(layout.row + 1, layout.column + 1);
    // An actual carried from a return is what someone typed: a value, never a formula ("=1/0" stays text).
    cell.value = layout.carried ?? valueOf(layout.content);
    if (layout.numberFormat) cell.numFmt = layout.numberFormat;
    if (!layout.locked) cell.protection = { locked: false };
    if (layout.validation) cell.dataValidation = dataValidationOf(layout.validation);
  }
  sheet.merges.forEach((range) => worksheet.mergeCells(range));
  return worksheet;
}
