import type { RawCellValue } from "../core/validation/types";
import type { CellWrite, FixResult } from "../host/contract";

const sameValue = (now: RawCellValue | undefined, then: RawCellValue) =>
  now === then || (now === "" && then === null);

/**
 * Writes the fixes the user confirmed, only into cells still holding the value the finding showed (a
 * sheet renamed or deleted since, or a cell edited since, is left alone and reported as skipped).
 *   sync 1  read the cells and their sheets' protection;
 *   sync 2  write, unprotecting a protected sheet around the writes (a restored target is a locked
 *           cell; a number format is blocked by protection).
 */
export async function applyFixes(
  context: Excel.RequestContext,
  writes: readonly CellWrite[],
  password: string,
): Promise<FixResult> {
  // Sync 1
  const sheets = new Map<string, Excel.Worksheet>();
  for (const { sheet } of writes) {
    if (sheets.has(sheet)) continue;
    const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
    worksheet.protection.load("protected, options");
    sheets.set(sheet, worksheet);
  }
  const reads = writes.map((write) => {
    const range = (sheets.get(write.sheet) as Excel.Worksheet).getRange(write.address);
    range.load("values");
    return { write, range };
  });
  await context.sync();
  const present = (sheet: string) => !(sheets.get(sheet) as Excel.Worksheet).isNullObject;
  const applied = reads.filter(
    ({ write, range }) =>
      present(write.sheet) && sameValue(range.values[0]?.[0] as RawCellValue, write.original),
  );

  // Sync 2
  const touched = [...new Set(applied.map(({ write }) => sheets.get(write.sheet) as Excel.Worksheet))];
  const protectedSheets = touched.filter((worksheet) => worksheet.protection.protected);
  for (const worksheet of protectedSheets) worksheet.protection.unprotect(password);
  for (const { write, range } of applied) {
    if (write.numberFormat !== undefined) range.numberFormat = [[write.numberFormat]];
    range.values = [[write.value]];
  }
  for (const worksheet of protectedSheets) {
    worksheet.protection.protect(worksheet.protection.options, password || undefined);
  }
  await context.sync();
  const done = new Set(applied.map(({ write }) => write));
  return { applied: [...done], skipped: writes.filter((write) => !done.has(write)) };
}
