/**
 * The template's tables as the workbook names reach them, queued for the caller's syncs: insertion,
 * validation and live validation each spend two round trips on them (the names, then the tables the
 * names that exist point at), whatever the number of indicators.
 */
import type { RawCellValue } from "../core/validation/types";
import type { Plan } from "../model/types";
import { readTable } from "../reader/read-table";
import { tableContextOf, templateRecordOf } from "../reader/template-record";
import type { ReadNote, TableRead } from "../reader/types";
import { tableNames, type SheetRole } from "../template/types";

const roles = Object.keys(tableNames) as SheetRole[];

/** A template table's workbook name, looked up in a sync of its own (see `queueTableNames`). */
export interface TableName {
  role: SheetRole;
  item: Excel.NamedItem;
}

/**
 * Queues the lookup of every template table's BL_* name and its `type`. After the sync, `isNullObject`
 * says whether the name exists and `type` whether it refers to a range. Loading a property of a
 * possibly-null object in the batch that checks it is what Microsoft's samples do (`findOrNullObject`
 * + `load`); what Excel does with the children of a null object is not documented, so nothing is
 * reached through a name before this sync has said it is there.
 */
export function queueTableNames(context: Excel.RequestContext): TableName[] {
  return roles.map((role) => ({
    role,
    item: context.workbook.names.getItemOrNullObject(tableNames[role]).load("type"),
  }));
}

/** The roles whose name exists (some may point nowhere, e.g. after their sheet was deleted). Read after the sync. */
export const namedRoles = (names: readonly TableName[]): SheetRole[] =>
  names.filter(({ item }) => !item.isNullObject).map(({ role }) => role);

/** One template table as reached through its workbook name, which exists and refers to a range. */
export interface NamedTable {
  role: SheetRole;
  range: Excel.Range;
  worksheet: Excel.Worksheet;
}

/**
 * Queues, for every template table whose name (synced by `queueTableNames`) exists and refers to a
 * range, the range (loading `rangeProperties`) and its sheet with its name, id and protection.
 * `NamedItem.getRange()` is documented to throw only when the name's type is not a range.
 */
export function queueNamedTables(
  context: Excel.RequestContext,
  names: readonly TableName[],
  rangeProperties: string,
): NamedTable[] {
  return names
    .filter(({ item }) => !item.isNullObject && item.type === "Range")
    .map(({ role, item }) => {
      const range = item.getRange();
      range.load(rangeProperties);
      const worksheet = range.worksheet;
      worksheet.load("name, id");
      worksheet.protection.load("protected, options");
      return { role, range, worksheet };
    });
}

/** A template table read from its sheet, with the sheet's protection (to restore it around marks). */
export interface FoundTable {
  role: SheetRole;
  sheet: string;
  worksheetId: string;
  protectedSheet: boolean;
  protectionOptions: Excel.WorksheetProtectionOptions;
  cells: Pick<TableRead, "actuals" | "targets" | "unknownRows">;
}

export interface TemplateRead {
  tables: FoundTable[];
  /** Why a named table could not be read (its 代码 or year headers were changed): shown, not ignored. */
  problems: string[];
  /** What the reader met in the tables it read: edited headers, deleted rows, figures typed into 附件1. */
  notes: ReadNote[];
}

/**
 * Queues the read of every template table (values, formulas and number formats of the ranges the
 * names point at) and of the template's record (custom properties: for whom it was made, so a deleted
 * row is noticed), once `names` are synced. Call the returned function after `context.sync()`.
 */
export function queueTemplateRead(
  context: Excel.RequestContext,
  plan: Plan,
  names: readonly TableName[],
): () => TemplateRead {
  const reads = queueNamedTables(context, names, "address, values, formulas, numberFormat");
  const properties =
    reads.length > 0 ? context.workbook.properties.custom.load("items/key, items/value") : null;
  return () => {
    const found: TemplateRead = { tables: [], problems: [], notes: [] };
    if (!properties) return found;
    const record = templateRecordOf(
      Object.fromEntries(properties.items.map((item) => [item.key, String(item.value)])),
    );
    for (const { role, range, worksheet } of reads) {
      const table = { sheet: worksheet.name, topLeft: topLeftOf(range.address), ...cellsOf(range) };
      const cells = readTable(plan, table, tableContextOf(plan, record, role));
      if (!cells.ok) {
        found.problems.push(cells.message);
        continue;
      }
      found.tables.push(foundTable(role, worksheet, cells.value));
      found.notes.push(...cells.value.notes);
    }
    return found;
  };
}

/** A loaded range's values, formulas and number formats, as the reader takes them. */
export const cellsOf = (range: Excel.Range) => ({
  values: range.values as RawCellValue[][],
  formulas: range.formulas as RawCellValue[][],
  numberFormats: range.numberFormat as string[][],
});

/** "'附件2 目标任务分解'!A3:T44" → "A3". */
export const topLeftOf = (address: string): string =>
  address.slice(address.lastIndexOf("!") + 1).split(":")[0] ?? "A1";

/** A table read from `worksheet` (its name, id and protection loaded). */
export function foundTable(
  role: SheetRole,
  worksheet: Excel.Worksheet,
  cells: FoundTable["cells"],
): FoundTable {
  const { protected: protectedSheet, options: protectionOptions } = worksheet.protection;
  return { role, sheet: worksheet.name, worksheetId: worksheet.id, protectedSheet, protectionOptions, cells };
}
