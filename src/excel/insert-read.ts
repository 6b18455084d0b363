/**
 * Sync 1 of an insertion: the workbook's sheets, the template's names, the tables they point at
 * (values included, for the actuals an update keeps) and their sheets' protection, in one round trip.
 */
import type { ExistingTable, WorkbookState } from "../template/insertion-plan";
import { tableNames, type SheetRole } from "../template/types";

export interface ReadWorkbook extends WorkbookState {
  /** Protection options of each protected template sheet, to restore them exactly. */
  protectedSheets: Map<string, Excel.WorksheetProtectionOptions>;
}

const roles = Object.keys(tableNames) as SheetRole[];

/** Queues the reads; the returned function gives the state once the context has synced. */
export function queueWorkbookRead(context: Excel.RequestContext): () => ReadWorkbook {
  const worksheets = context.workbook.worksheets.load("items/name");
  const named = roles.map((role) => {
    const item = context.workbook.names.getItemOrNullObject(tableNames[role]);
    const range = item.getRangeOrNullObject().load("values,rowIndex,columnIndex");
    const worksheet = range.worksheet.load("name");
    const protection = worksheet.protection.load("protected,options");
    return { role, item, range, worksheet, protection };
  });
  return () => {
    const live = named.filter(({ item, range }) => !item.isNullObject && !range.isNullObject);
    const tables = live.map(({ role, range, worksheet }): ExistingTable => ({
      role,
      sheet: worksheet.name,
      top: range.rowIndex,
      left: range.columnIndex,
      values: range.values,
    }));
    const protectedSheets = new Map(
      live
        .filter(({ protection }) => protection.protected)
        .map(({ worksheet, protection }) => [worksheet.name, protection.options] as const),
    );
    return {
      sheetNames: worksheets.items.map((sheet) => sheet.name),
      tables,
      namedRoles: named.filter(({ item }) => !item.isNullObject).map(({ role }) => role),
      protectedSheets,
    };
  };
}
