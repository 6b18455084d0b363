/**
 * When writing the new sheets fails (sync 2), the workbook is put back as it was: the new, partly
 * written sheets are deleted and the old sheets unprotected for the password check protected again.
 * An old sheet still protected is where the password was wrong: that is an outcome, not an error.
 */
import type { WritePlan } from "../template/insertion-plan";
import type { InsertOutcome } from "./insert-outcome";

export async function undoWrite(
  context: Excel.RequestContext,
  plan: WritePlan,
  unprotecting: Map<string, Excel.WorksheetProtectionOptions>,
  password: string | undefined,
  error: unknown,
): Promise<InsertOutcome> {
  const worksheets = context.workbook.worksheets.load("items/name");
  const old = [...unprotecting].map(([name, options]) => {
    const protection = worksheets.getItem(name).protection.load("protected");
    return { name, options, protection };
  });
  await context.sync();
  const present = new Set(worksheets.items.map((sheet) => sheet.name));
  for (const { temporary } of plan.swaps) if (present.has(temporary)) worksheets.getItem(temporary).delete();
  const refused = old.find(({ protection }) => protection.protected);
  for (const { protection, options } of old) if (!protection.protected) protection.protect(options, password);
  await context.sync();
  if (refused) return { status: "wrong-password", sheet: refused.name };
  throw error;
}
