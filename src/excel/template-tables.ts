import { readTable, type TableCells } from "../template/read-table";
import type { SheetRole } from "../template/types";
import type { Plan } from "../model/types";
import type { RawCellValue } from "../core/validation/types";
import { queueNamedTables } from "./named-tables";

/** A template table as found through its workbook name, with its sheet's protection. */
export interface FoundTable {
  role: SheetRole;
  sheet: string;
  worksheetId: string;
  protectedSheet: boolean;
  protectionOptions: Excel.WorksheetProtectionOptions;
  cells: TableCells;
}

export interface TemplateRead {
  tables: FoundTable[];
  /** Why a named table could not be read (its 代码 or year headers were changed): shown, not ignored. */
  problems: string[];
}

/**
 * Queues the read of every template table (one sync for all): the ranges the BL_* names point at,
 * with values, formulas and number formats. Call the returned function after `context.sync()`.
 */
export function queueTemplateRead(context: Excel.RequestContext, plan: Plan): () => TemplateRead {
  const reads = queueNamedTables(context, "address, values, formulas, numberFormat");
  return () => {
    const found: TemplateRead = { tables: [], problems: [] };
    for (const { role, range, worksheet } of reads) {
      if (range.isNullObject) continue;
      const cells = readTable(plan, {
        sheet: worksheet.name,
        topLeft: topLeftOf(range.address),
        values: range.values as RawCellValue[][],
        formulas: range.formulas as RawCellValue[][],
        numberFormats: range.numberFormat as string[][],
      });
      if (cells.ok) found.tables.push(foundTable(role, worksheet, cells.value));
      else found.problems.push(cells.message);
    }
    return found;
  };
}

/** "'附件2 目标任务分解'!A3:T44" → "A3". */
export const topLeftOf = (address: string): string =>
  address.slice(address.lastIndexOf("!") + 1).split(":")[0] ?? "A1";

/** A table read from `worksheet` (its name, id and protection loaded). */
export function foundTable(role: SheetRole, worksheet: Excel.Worksheet, cells: TableCells): FoundTable {
  const { protected: protectedSheet, options: protectionOptions } = worksheet.protection;
  return { role, sheet: worksheet.name, worksheetId: worksheet.id, protectedSheet, protectionOptions, cells };
}
