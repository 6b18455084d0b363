/**
 * The 汇总 workbook as an .xlsx file (exceljs): the filled template as `npm run template` writes it,
 * then 数据来源, 进度总览 and 情况分析 from their description. exceljs writes no charts: the 完成率
 * column of 进度总览 gets data bars instead. Every string is written as a string, so text from a
 * returned file ("=1/0", "+63") stays text.
 */
import ExcelJS from "exceljs";
import { reportLooks, type ConsolidationWorkbook, type ReportSheet } from "../consolidation/report-layout";
import { buildTemplateWorkbook } from "./write-template";
import { applyLook } from "./write-template-style";

function writeReportSheet(workbook: ExcelJS.Workbook, sheet: ReportSheet): void {
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: sheet.frozenRows > 0 ? [{ state: "frozen", ySplit: sheet.frozenRows }] : [],
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columnWidths.forEach((width, index) => {
    worksheet.getColumn(index + 1).width = width;
  });
  sheet.rows.forEach((cells, r) => {
    cells.forEach((cell, c) => {
      const target = worksheet.getCell(r + 1, c + 1);
      // A plain string is a string in exceljs, never a formula: untrusted text needs nothing more.
      target.value = cell.value;
      if (cell.numberFormat) target.numFmt = cell.numberFormat;
      applyLook(target, reportLooks[cell.style]);
    });
  });
  for (const merge of sheet.merges) worksheet.mergeCells(merge);
  for (const ref of sheet.dataBars) {
    worksheet.addConditionalFormatting({
      ref,
      rules: [
        {
          type: "dataBar",
          priority: 1,
          minLength: 0,
          maxLength: 100,
          cfvo: [
            { type: "num", value: 0 },
            { type: "num", value: 1.2 },
          ],
          color: { argb: "FF638EC6" },
          gradient: false,
        } as unknown as ExcelJS.ConditionalFormattingRule,
      ],
    });
  }
}

export async function buildConsolidationFile(description: ConsolidationWorkbook): Promise<ExcelJS.Workbook> {
  const workbook = await buildTemplateWorkbook(description.template);
  workbook.creator = "工作专班";
  for (const sheet of description.sheets) writeReportSheet(workbook, sheet);
  return workbook;
}

export async function writeConsolidationFile(
  description: ConsolidationWorkbook,
  file: string,
): Promise<void> {
  await (await buildConsolidationFile(description)).xlsx.writeFile(file);
}
