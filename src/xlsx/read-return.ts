/**
 * A returned .xlsx file, from its bytes (in Node and in the browser alike), read (never written) into
 * what the reader needs: first what the file is (refused in words if it is no workbook, or too large
 * to expand), then its package parts, then its cells through exceljs.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { failure, success, type Result } from "../core/result";
import type { Plan } from "../model/types";
import { fileMessages } from "../reader/messages";
import { readReturn, type ReturnContent } from "../reader/read-return";
import { sniffWorkbook } from "../reader/sniff";
import type { SheetView, TableToRead, WorkbookView } from "../reader/types";
import { cellAddress } from "../template/address";
import { propertiesSheetName } from "../template/properties";
import { readPackageParts } from "./package-parts";
import { formulaOf, numberFormatOf, valueOf } from "./read-cell";

export interface ReturnFile extends ReturnContent {
  /** When the file was last saved (ISO 8601), if it says. */
  savedAt: string | null;
}

function sheetView(worksheet: ExcelJS.Worksheet, state: SheetView["state"]): SheetView {
  return {
    name: worksheet.name,
    state,
    rowCount: worksheet.rowCount,
    columnCount: worksheet.columnCount,
    // One pass over the cells for the three matrices: exceljs's getCell is most of a read's cost.
    read(top, left, bottom, right): TableToRead {
      const table: TableToRead = {
        sheet: worksheet.name,
        topLeft: cellAddress(top, left),
        values: [],
        numberFormats: [],
        formulas: [],
      };
      for (let r = top; r <= bottom; r += 1) {
        const row = worksheet.getRow(r + 1);
        const values: TableToRead["values"][number] = [];
        const numberFormats: TableToRead["numberFormats"][number] = [];
        const formulas: TableToRead["formulas"][number] = [];
        for (let c = left; c <= right; c += 1) {
          const cell = row.getCell(c + 1);
          values.push(valueOf(cell));
          numberFormats.push(numberFormatOf(cell));
          formulas.push(formulaOf(cell));
        }
        table.values.push(values);
        table.numberFormats.push(numberFormats);
        table.formulas.push(formulas);
      }
      return table;
    },
  };
}

/** The key/value rows of the exported template's information sheet (exceljs writes no custom properties). */
function informationRows(workbook: ExcelJS.Workbook): Record<string, string> {
  const sheet = workbook.getWorksheet(propertiesSheetName);
  const rows: Record<string, string> = {};
  sheet?.eachRow((row) => {
    const key = valueOf(row.getCell(1));
    if (typeof key === "string" && key !== "") rows[key] = String(valueOf(row.getCell(2)) ?? "");
  });
  return rows;
}

/**
 * Worksheet parts the reader never looks at: exceljs skips parsing them (each actual cell of a template
 * carries a data validation, so that part alone is a good share of a sheet). Cells, merges and number
 * formats are read as before.
 */
const unreadParts = [
  "dataValidations",
  "conditionalFormatting",
  "sheetProtection",
  "pageSetup",
  "pageMargins",
  "printOptions",
  "headerFooter",
  "rowBreaks",
  "hyperlinks",
  "autoFilter",
  "picture",
  "drawing",
  "tableParts",
  "extLst",
];

export async function readReturnBytes(plan: Plan, bytes: Uint8Array): Promise<Result<ReturnFile>> {
  const sniffed = sniffWorkbook(bytes);
  if (!sniffed.ok) return sniffed;
  const workbook = new ExcelJS.Workbook();
  let parts;
  try {
    parts = await readPackageParts(await JSZip.loadAsync(bytes));
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: unreadParts });
  } catch {
    return failure("invalidValue", fileMessages.damaged);
  }
  const states = new Map(parts.sheets.map((sheet) => [sheet.name, sheet.state]));
  const byName = new Map(workbook.worksheets.map((sheet) => [sheet.name, sheet]));
  const order = parts.sheets.length > 0 ? parts.sheets.map((sheet) => sheet.name) : [...byName.keys()];
  const view: WorkbookView = {
    sheets: order.flatMap((name) => {
      const worksheet = byName.get(name);
      return worksheet ? [sheetView(worksheet, states.get(name) ?? "visible")] : [];
    }),
    names: parts.names,
    properties: { ...informationRows(workbook), ...parts.properties },
  };
  const read = readReturn(plan, view);
  return read.ok ? success({ ...read.value, savedAt: parts.savedAt }) : read;
}
