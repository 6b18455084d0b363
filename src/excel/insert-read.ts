/**
 * Sync 1 of an insertion: the workbook's sheets, the template's names, the tables they point at
 * (values included, for the actuals an update keeps) and their sheets' protection, in one round trip.
 */
import type { ExistingTable, WorkbookState } from "../template/insertion-plan";
import { queueNamedTables } from "./named-tables";

export interface ReadWorkbook extends WorkbookState {
  /** Protection options of each protected template sheet, to restore them exactly. */
  protectedSheets: Map<string, Excel.WorksheetProtectionOptions>;
}

/** Queues the reads; the returned function gives the state once the context has synced. */
export function queueWorkbookRead(context: Excel.RequestContext): () => ReadWorkbook {
  const worksheets = context.workbook.worksheets.load("items/name");
  const named = queueNamedTables(context, "values, rowIndex, columnIndex");
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
        .filter(({ worksheet }) => worksheet.protection.protected)
        .map(({ worksheet }) => [worksheet.name, worksheet.protection.options] as const),
    );
    return {
      sheetNames: worksheets.items.map((sheet) => sheet.name),
      tables,
      namedRoles: named.filter(({ item }) => !item.isNullObject).map(({ role }) => role),
      protectedSheets,
    };
  };
}
