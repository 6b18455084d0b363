import type { RawCellValue } from "../core/validation/types";
import type { CellWrite, FixResult } from "../host/contract";
import { protectionOf, queueProtectAgain, queueUnprotect } from "./sheet-protection";

const sameValue = (now: RawCellValue | undefined, then: RawCellValue) =>
  now === then || (now === "" && then === null);

/**
 * Writes the fixes the user confirmed, only into cells still holding the value the finding showed (a
 * sheet renamed or deleted since, or a cell edited since, is left alone and reported as skipped).
 *   sync 1  look the sheets up (a sheet that is gone is a null object: nothing is reached through it);
 *   sync 2  read the cells and their sheets' protection;
 *   (with the pane's password, one sync per protected sheet written to: does it have a password?)
 *   last    write, unprotecting a protected sheet around the writes and protecting it again as it was
 *           (a restored target is a locked cell; a number format is blocked by protection).
 */
export async function applyFixes(
  context: Excel.RequestContext,
  writes: readonly CellWrite[],
  password: string,
): Promise<FixResult> {
  // Sync 1
  const lookedUp = new Map<string, Excel.Worksheet>();
  for (const { sheet } of writes) {
    if (!lookedUp.has(sheet)) lookedUp.set(sheet, context.workbook.worksheets.getItemOrNullObject(sheet));
  }
  await context.sync();
  const sheets = new Map([...lookedUp].filter(([, worksheet]) => !worksheet.isNullObject));

  // Sync 2
  for (const worksheet of sheets.values()) worksheet.protection.load("protected, options");
  const reads = writes.flatMap((write) => {
    const worksheet = sheets.get(write.sheet);
    if (!worksheet) return [];
    const range = worksheet.getRange(write.address);
    range.load("values");
    return [{ write, range, worksheet }];
  });
  if (reads.length > 0) await context.sync();
  const applied = reads.filter(({ write, range }) =>
    sameValue(range.values[0]?.[0] as RawCellValue, write.original),
  );

  // With the pane's password, one sync per protected sheet written to: does it have a password?
  const touched = [...new Set(applied.map(({ write }) => write.sheet))].flatMap((sheet) => {
    const { protection } = sheets.get(sheet) as Excel.Worksheet;
    return protection.protected ? [{ worksheetId: sheet, options: protection.options }] : [];
  });
  const protections = await protectionOf(context, touched, password);

  // Last sync
  for (const sheet of protections) queueUnprotect(context, sheet);
  for (const { write, range } of applied) {
    if (write.numberFormat !== undefined) range.numberFormat = [[write.numberFormat]];
    range.values = [[write.value]];
  }
  for (const sheet of protections) queueProtectAgain(context, sheet);
  await context.sync();
  const done = new Set(applied.map(({ write }) => write));
  return { applied: [...done], skipped: writes.filter((write) => !done.has(write)) };
}
