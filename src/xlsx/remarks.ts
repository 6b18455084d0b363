/** The 备注（情况说明） of a table read from a returned file (consolidation reads them with the actuals). */
import { parseCell } from "../template/address";
import { remarksInTable, type CarriedRemark } from "../template/carry-remarks";
import type { TableToRead } from "../template/read-table";

export const remarksOfTable = (table: TableToRead): CarriedRemark[] => {
  const { row, column } = parseCell(table.topLeft);
  return remarksInTable({ sheet: table.sheet, top: row, left: column, values: table.values });
};
