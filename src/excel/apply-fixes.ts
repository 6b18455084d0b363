import type { RawCellValue } from "../core/validation/types";
import type { CellWrite } from "../taskpane/host";

export interface FixOutcome {
  applied: CellWrite[];
  /** Cells that no longer hold what was validated (edited since): left as they are. */
  skipped: CellWrite[];
}

const sameValue = (now: RawCellValue | undefined, then: RawCellValue) =>
  now === then || (now === "" && then === null);

/**
 * Writes the fixes the user confirmed, only into cells still holding the value the finding showed.
 * Two round trips: read the cells and their sheets' protection, then write (re-protecting a sheet
 * whose number format has to change, since protection blocks formatting).
 */
export async function applyFixes(
  context: Excel.RequestContext,
  writes: readonly CellWrite[],
  password: string,
): Promise<FixOutcome> {
  const reads = writes.map((write) => {
    const worksheet = context.workbook.worksheets.getItem(write.sheet);
    const range = worksheet.getRange(write.address);
    range.load("values");
    worksheet.protection.load("protected, options");
    return { write, worksheet, range };
  });
  await context.sync();
  const applied = reads.filter(({ write, range }) =>
    sameValue(range.values[0]?.[0] as RawCellValue, write.original),
  );
  const reprotect = new Map<string, Excel.Worksheet>();
  for (const { write, worksheet } of applied) {
    if (write.numberFormat !== undefined && worksheet.protection.protected)
      reprotect.set(write.sheet, worksheet);
  }
  for (const worksheet of reprotect.values()) worksheet.protection.unprotect(password);
  for (const { write, range } of applied) {
    if (write.numberFormat !== undefined) range.numberFormat = [[write.numberFormat]];
    range.values = [[write.value]];
  }
  for (const worksheet of reprotect.values())
    worksheet.protection.protect(worksheet.protection.options, password || undefined);
  await context.sync();
  const done = new Set(applied.map(({ write }) => write));
  return { applied: [...done], skipped: writes.filter((write) => !done.has(write)) };
}
