/** Finds the template's tables in an .xlsx workbook: by their workbook names, else by header rows. */
import type { Workbook, Worksheet } from "exceljs";
import { failure, success, type Result } from "../core/result";
import { readMessages as say } from "../template/read-messages";
import { cellAddress, rectangleOf, type Rectangle } from "../template/address";
import { headerText } from "../template/read-headers";
import type { TableToRead } from "../template/read-table";
import { headers, tableNames } from "../template/types";
import { formulaOf, numberFormatOf, valueOf } from "./read-cell";

export interface FoundTables {
  tables: TableToRead[];
  /** How they were found: "headers" when the names are gone (WPS and others may drop them). */
  foundBy: "names" | "headers";
}

function tableAt(sheet: Worksheet, { top, left, bottom, right }: Rectangle): TableToRead {
  const rows = Array.from({ length: bottom - top + 1 }, (_, r) => sheet.getRow(top + r + 1));
  const cellsOf = <T>(read: (cell: ReturnType<Worksheet["getCell"]>) => T): T[][] =>
    rows.map((row) => Array.from({ length: right - left + 1 }, (_, c) => read(row.getCell(left + c + 1))));
  return {
    sheet: sheet.name,
    topLeft: cellAddress(top, left),
    values: cellsOf(valueOf),
    numberFormats: cellsOf(numberFormatOf),
    formulas: cellsOf(formulaOf),
  };
}

/** "'附件2 目标任务分解'!$A$3:$T$44" → the sheet and its rectangle. */
function namedTable(workbook: Workbook, name: string): Result<TableToRead> | null {
  const [reference] = workbook.definedNames.getRanges(name).ranges;
  if (reference === undefined) return null;
  const bang = reference.lastIndexOf("!");
  const sheetName = reference
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  const sheet = workbook.getWorksheet(sheetName);
  const range = reference.slice(bang + 1).replace(/\$/g, "");
  if (bang < 0 || !sheet || !/^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(range))
    return failure("invalidValue", say.badTableName(name, reference));
  return success(tableAt(sheet, rectangleOf(range)));
}

/** `2023年实绩`, for any four-digit year (the file may be for another plan's years). */
const isActualHeader = (text: string): boolean =>
  /^\d{4}/.test(text) && text === headerText(headers.actual(Number(text.slice(0, 4))));

/** A sheet without names: its table starts at the first row with a 代码 cell and a `YYYY年实绩` cell. */
function tableByHeaders(sheet: Worksheet): TableToRead | null {
  const whole = { top: 0, left: 0, bottom: sheet.rowCount - 1, right: sheet.columnCount - 1 };
  for (let top = 0; top <= whole.bottom; top++) {
    const row = sheet.getRow(top + 1);
    const texts = Array.from({ length: sheet.columnCount }, (_, c) =>
      headerText(valueOf(row.getCell(c + 1))),
    );
    if (texts.includes(headerText(headers.id)) && texts.some(isActualHeader))
      return tableAt(sheet, { ...whole, top });
  }
  return null;
}

export function findTables(workbook: Workbook): Result<FoundTables> {
  const named = Object.values(tableNames).flatMap((name) => namedTable(workbook, name) ?? []);
  const broken = named.find((table) => !table.ok);
  if (broken && !broken.ok) return broken;
  const tables = named.flatMap((table) => (table.ok ? [table.value] : []));
  if (tables.length > 0) return success({ tables, foundBy: "names" });
  const byHeaders = workbook.worksheets.flatMap((sheet) => tableByHeaders(sheet) ?? []);
  return byHeaders.length > 0
    ? success({ tables: byHeaders, foundBy: "headers" })
    : failure("invalidValue", say.notTemplate(Object.values(tableNames)));
}
