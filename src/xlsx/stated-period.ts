/**
 * The 报告期 a returned .xlsx states (报告期：2023年1–6月, under each sheet's title since template
 * version 2), found by its text in the top rows of the visible sheets; null for a version-1 file.
 */
import type { Workbook } from "exceljs";
import { statedPeriodIn, type StatedPeriod } from "../template/report-period";
import { valueOf } from "./read-cell";

/** Rows and columns searched: the period sits in the line under the title, never far from the corner. */
const topRows = 10;
const leftColumns = 40;

export function statedPeriodOf(workbook: Workbook): StatedPeriod | null {
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== "visible") continue;
    const rows = Array.from({ length: Math.min(topRows, sheet.rowCount) }, (_, r) => {
      const row = sheet.getRow(r + 1);
      return Array.from({ length: Math.min(leftColumns, sheet.columnCount) }, (_, c) =>
        valueOf(row.getCell(c + 1)),
      );
    });
    const stated = statedPeriodIn(sheet.name, rows);
    if (stated) return stated;
  }
  return null;
}
