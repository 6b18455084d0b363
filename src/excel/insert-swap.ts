/**
 * Sync 3 of an insertion, once the new sheets are complete: old template sheets go (or stay renamed
 * where they still hold actuals no new row takes), new sheets take their final names, the workbook
 * names and properties point at them, and they are protected.
 */
import { propertyEntriesOf } from "../template/properties";
import type { WritePlan } from "../template/insertion-plan";
import { tableRangeOf } from "../template/table-sheet";
import { tableNames, type SheetRole } from "../template/types";
import { matrixOf } from "./insert-sheet";

/** Users may resize rows and columns of a protected template; nothing else. */
export const templateProtection: Excel.WorksheetProtectionOptions = {
  allowFormatCells: false,
  allowFormatColumns: true,
  allowFormatRows: true,
  allowInsertRows: false,
  allowInsertColumns: false,
  allowDeleteRows: false,
  allowDeleteColumns: false,
  allowSort: false,
  allowAutoFilter: false,
};

export interface SwapContext {
  plan: WritePlan;
  namedRoles: SheetRole[];
  /** Old sheets unprotected in sync 2, with the options to protect a kept one again. */
  unprotected: Map<string, Excel.WorksheetProtectionOptions>;
  password: string | undefined;
}

export function queueSwap(
  context: Excel.RequestContext,
  { plan, namedRoles, unprotected, password }: SwapContext,
) {
  const worksheets = context.workbook.worksheets;
  for (const name of plan.remove) worksheets.getItem(name).delete();
  for (const { from, to } of plan.keep) {
    const kept = worksheets.getItem(from);
    kept.name = to;
    const options = unprotected.get(from);
    if (options) kept.protection.protect(options, password);
  }
  for (const swap of plan.swaps) worksheets.getItem(swap.temporary).name = swap.final;
  // Placed in ascending order, each move leaves the sheets before it where they belong.
  for (const { final } of plan.swaps) worksheets.getItem(final).position = plan.order.indexOf(final);
  for (const role of namedRoles) context.workbook.names.getItem(tableNames[role]).delete();
  for (const sheet of plan.layout.sheets) {
    const worksheet = worksheets.getItem(sheet.name);
    // Formulas showing another sheet's cells are written again under the final names.
    for (const region of sheet.regions.filter((candidate) => candidate.style === "linked")) {
      worksheet.getRange(region.range).formulas = matrixOf(sheet, region.range, (cell) => cell.content, "");
    }
    context.workbook.names.add(tableNames[sheet.role], worksheet.getRange(tableRangeOf(sheet)));
    worksheet.protection.protect(templateProtection, password);
  }
  for (const [key, value] of propertyEntriesOf(plan.layout))
    context.workbook.properties.custom.add(key, value);
  const first = plan.layout.sheets.find((sheet) => sheet.role === "annex2") ?? plan.layout.sheets[0];
  if (first) worksheets.getItem(first.name).activate();
}
