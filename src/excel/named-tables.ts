import { tableNames, type SheetRole } from "../template/types";

const roles = Object.keys(tableNames) as SheetRole[];

/** One template table as reached through its workbook name (null objects where the name is missing). */
export interface NamedTable {
  role: SheetRole;
  item: Excel.NamedItem;
  range: Excel.Range;
  worksheet: Excel.Worksheet;
}

/**
 * Queues, for every template table, its BL_* name, the range the name points at (loading
 * `rangeProperties`) and that range's sheet with its name, id and protection. Nothing is read until
 * the caller's `context.sync()`, so insertion, validation and live validation each spend one round trip.
 */
export function queueNamedTables(context: Excel.RequestContext, rangeProperties: string): NamedTable[] {
  return roles.map((role) => {
    const item = context.workbook.names.getItemOrNullObject(tableNames[role]);
    const range = item.getRangeOrNullObject();
    range.load(rangeProperties);
    const worksheet = range.worksheet;
    worksheet.load("name, id");
    worksheet.protection.load("protected, options");
    return { role, item, range, worksheet };
  });
}
