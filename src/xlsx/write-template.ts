/**
 * The template as an .xlsx file, without Excel: the same layout the task pane inserts, written with
 * exceljs. Workbook names point at the tables; exceljs writes no custom document properties, so the
 * template's properties go to a very hidden sheet (`propertiesSheetName`) as key/value rows.
 */
import ExcelJS from "exceljs";
import { propertiesSheetName, propertyEntriesOf } from "../template/properties";
import { quotedSheet } from "../template/address";
import { tableRangeOf } from "../template/table-sheet";
import { tableNames, type TemplateLayout } from "../template/types";
import { writeTemplateSheet } from "./write-template-sheet";

export interface TemplateFileOptions {
  /** Sheet protection password; none by default (protected without a password). */
  password?: string;
}

export async function buildTemplateWorkbook(
  layout: TemplateLayout,
  options: TemplateFileOptions = {},
): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // Formula cells carry their results (src/template), so the file opens without recalculating: Excel
  // does not ask to save a template nobody touched.
  const { title, subject, author } = layout.documentProperties;
  workbook.title = title;
  workbook.subject = subject;
  workbook.creator = author;
  workbook.lastModifiedBy = author;
  for (const sheet of layout.sheets) {
    const worksheet = writeTemplateSheet(workbook, sheet);
    await worksheet.protect(options.password ?? "", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatRows: true,
      formatColumns: true,
    });
    workbook.definedNames.add(`${quotedSheet(sheet.name)}!${tableRangeOf(sheet)}`, tableNames[sheet.role]);
  }
  const properties = workbook.addWorksheet(propertiesSheetName, { state: "veryHidden" });
  propertyEntriesOf(layout).forEach((entry) => properties.addRow(entry));
  return workbook;
}

export async function writeTemplateFile(
  layout: TemplateLayout,
  file: string,
  options: TemplateFileOptions = {},
): Promise<void> {
  const workbook = await buildTemplateWorkbook(layout, options);
  await workbook.xlsx.writeFile(file);
}
