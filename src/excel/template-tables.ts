/**
 * The template's tables as the workbook names reach them, queued for the caller's sync: insertion,
 * validation and live validation each spend one round trip on them, whatever the number of indicators.
 */
import type { RawCellValue } from "../core/validation/types";
import type { Plan } from "../model/types";
import { readTable } from "../reader/read-table";
import { tableContextOf, templateRecordOf } from "../reader/template-record";
import type { ReadNote, TableRead } from "../reader/types";
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
 * `rangeProperties`) and that range's sheet with its name, id and protection.
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
 * row is noticed). Call the returned function after `context.sync()`.
 */
export function queueTemplateRead(context: Excel.RequestContext, plan: Plan): () => TemplateRead {
  const reads = queueNamedTables(context, "address, values, formulas, numberFormat");
  const properties = context.workbook.properties.custom.load("items/key, items/value");
  return () => {
    const found: TemplateRead = { tables: [], problems: [], notes: [] };
    const record = templateRecordOf(
      Object.fromEntries(properties.items.map((item) => [item.key, String(item.value)])),
    );
    for (const { role, range, worksheet } of reads) {
      if (range.isNullObject) continue;
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
