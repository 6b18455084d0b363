/**
 * Unprotecting a protected sheet around the add-in's writes and protecting it again exactly as it was:
 * with its own options, and with a password only if it had one.
 *
 * One rule for an empty password everywhere: the pane's password field left empty ("") means no
 * password, so no password argument is passed at all (`protect(options)`, `unprotect()`), never "".
 */

/** The password argument for `protect` / `unprotect`: none for "" or no password. */
export const passwordArgument = (password: string | undefined): string | undefined =>
  password === undefined || password === "" ? undefined : password;

/** A protected sheet the add-in is about to write to, and how to protect it again afterwards. */
export interface SheetProtection {
  worksheetId: string;
  options: Excel.WorksheetProtectionOptions;
  /** The password it is protected with (the pane's), or undefined for a sheet protected without one. */
  password: string | undefined;
}

/**
 * Which of these protected sheets have a password. Office.js outside Excel on the web cannot say
 * (`isPasswordProtected` and `checkPassword` are ExcelApiOnline only), so when the pane has a password,
 * each sheet is unprotected without one and protected again with its options, in a batch of its own:
 * a sheet that refuses has a password, and the refused batch changed nothing. One sync per protected
 * sheet, only when the pane has a password (a template has at most three sheets). Without the pane's
 * password there is nothing to tell apart: every sheet is unprotected without one, and a sheet that
 * has a password refuses the write that follows.
 */
export async function protectionOf(
  context: Excel.RequestContext,
  sheets: readonly { worksheetId: string; options: Excel.WorksheetProtectionOptions }[],
  password: string | undefined,
): Promise<SheetProtection[]> {
  const given = passwordArgument(password);
  const found: SheetProtection[] = [];
  for (const { worksheetId, options } of sheets) {
    if (given === undefined) {
      found.push({ worksheetId, options, password: undefined });
      continue;
    }
    // Sync (one per protected sheet): does it unprotect without a password?
    const protection = context.workbook.worksheets.getItem(worksheetId).protection;
    protection.unprotect();
    protection.protect(options);
    const withoutPassword = await context.sync().then(
      () => true,
      () => false,
    );
    found.push({ worksheetId, options, password: withoutPassword ? undefined : given });
  }
  return found;
}

/** Queues the unprotect before the writes to a sheet. */
export function queueUnprotect(context: Excel.RequestContext, sheet: SheetProtection): void {
  context.workbook.worksheets.getItem(sheet.worksheetId).protection.unprotect(sheet.password);
}

/** Queues the protect after the writes: the sheet's own options, its own password or none. */
export function queueProtectAgain(context: Excel.RequestContext, sheet: SheetProtection): void {
  context.workbook.worksheets.getItem(sheet.worksheetId).protection.protect(sheet.options, sheet.password);
}
