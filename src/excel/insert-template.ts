/**
 * 插入模板: copies a template layout (src/template) into the open workbook in at most four round
 * trips, whatever the number of indicators:
 *   sync 1  read what is there: the sheets and the template's workbook names;
 *   sync 2  the tables the names that exist point at, and their protection (skipped when none does);
 *   (an update with a password: one sync per protected old sheet, does it have a password?)
 *   sync 3  write complete new sheets under temporary names (on failure, put the workbook back);
 *   sync 4  swap them in: old sheets go, new ones take their names, the workbook names and properties.
 * An existing template is only replaced or copied when the caller says so.
 */
import type { InsertOutcome, InsertRequest } from "../host/contract";
import { defaultPeriod } from "../core/reporting-period";
import type { Plan } from "../model/types";
import { buildTemplateLayout } from "../template/build-layout";
import {
  planInsertion,
  type ExistingTable,
  type InsertMode,
  type WritePlan,
} from "../template/insertion-plan";
import { propertyEntriesOf } from "../template/properties";
import { renameSheets } from "../template/rename";
import { tableRangeOf } from "../template/table-sheet";
import { tableNames, type SheetRole, type TemplateLayout } from "../template/types";
import { allFeatures, formulaOf, matrixOf, queueSheet, type HostFeatures } from "./layout-sheet";
import {
  passwordArgument,
  protectionOf,
  queueProtectAgain,
  queueUnprotect,
  type SheetProtection,
} from "./sheet-protection";
import { namedRoles, queueNamedTables, queueTableNames } from "./template-tables";

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

/** The pane's request: the plan's layout for the chosen lead unit, inserted with the host's features. */
export function insertTemplate(
  context: Excel.RequestContext,
  plan: Plan,
  { leadUnit, mode, password, period, assignments }: InsertRequest,
  features: HostFeatures,
): Promise<InsertOutcome> {
  const layout = buildTemplateLayout(plan, {
    leadUnit,
    period: period ?? defaultPeriod(plan.years, new Date()),
    assignments: assignments ?? {},
  });
  return insertLayout(context, { layout, mode, password, features });
}

export interface LayoutInsertion {
  layout: TemplateLayout;
  mode: InsertMode;
  password?: string;
  /** Defaults to all. */
  features?: Partial<HostFeatures>;
}

export async function insertLayout(
  context: Excel.RequestContext,
  request: LayoutInsertion,
): Promise<InsertOutcome> {
  const { password } = request;
  const worksheets = context.workbook.worksheets;

  // Sync 1: the workbook's sheets and the template's names.
  worksheets.load("items/name");
  const names = queueTableNames(context);
  await context.sync();

  // Sync 2: the tables the names that exist point at (values included, for the actuals an update
  // keeps) and their sheets' protection.
  const live = queueNamedTables(context, names, "values, rowIndex, columnIndex");
  if (live.length > 0) await context.sync();
  const tables = live.map(({ role, range, worksheet }): ExistingTable => ({
    role,
    sheet: worksheet.name,
    top: range.rowIndex,
    left: range.columnIndex,
    values: range.values,
  }));
  const plan = planInsertion(
    request.layout,
    { sheetNames: worksheets.items.map((sheet) => sheet.name), tables, namedRoles: namedRoles(names) },
    request.mode,
  );
  if (plan.kind === "needs-choice") return { status: "needs-choice", existingSheets: plan.existingSheets };

  // With a password, one sync per protected old sheet an update replaces: does it have a password?
  const replaced = new Set([...plan.remove, ...plan.keep.map(({ from }) => from)]);
  const protectedOld = live.filter(
    ({ worksheet }) => worksheet.protection.protected && replaced.has(worksheet.name),
  );
  const protections = await protectionOf(
    context,
    protectedOld.map(({ worksheet }) => ({
      worksheetId: worksheet.id,
      options: worksheet.protection.options,
    })),
    password,
  );
  const nameOf = new Map(protectedOld.map(({ worksheet }) => [worksheet.id, worksheet.name]));
  const unprotecting = new Map(protections.map((sheet) => [nameOf.get(sheet.worksheetId) ?? "", sheet]));

  // Sync 3: old sheets an update replaces are unprotected first (a wrong password stops the batch before
  // anything else), then every new sheet is written whole under a temporary name.
  for (const sheet of protections) queueUnprotect(context, sheet);
  const temporaryNames = new Map(plan.swaps.map((swap) => [swap.final, swap.temporary]));
  const features = { ...allFeatures, ...request.features };
  context.workbook.application.suspendApiCalculationUntilNextSync();
  for (const sheet of renameSheets(plan.layout, temporaryNames).sheets)
    queueSheet(worksheets.add(sheet.name), sheet, features);
  try {
    await context.sync();
  } catch (error) {
    return undoWrite(context, plan, unprotecting, error);
  }

  // Sync 4: the swap.
  queueSwap(context, plan, namedRoles(names), unprotecting, passwordArgument(password));
  await context.sync();
  const orphanSheets = plan.keep.map(({ to }) => to);
  return {
    status: "inserted",
    sheets: plan.layout.sheets.map((sheet) => sheet.name),
    keptActuals: plan.kept.length,
    orphanedActuals: plan.orphans.length,
    keptRemarks: plan.keptRemarks.length,
    orphanedRemarks: plan.orphanRemarks.length,
    ...(orphanSheets.length > 0 ? { orphanSheet: orphanSheets.join("、") } : {}),
    orphanSheets,
    orphans: plan.orphans,
  };
}

/**
 * Sync 3 failed: the new, partly written sheets are deleted and the old sheets unprotected for the
 * password check are protected again (two more syncs, only on this path). An old sheet still protected
 * is where the password was wrong: that is an outcome, not an error.
 */
async function undoWrite(
  context: Excel.RequestContext,
  plan: WritePlan,
  unprotecting: Map<string, SheetProtection>,
  error: unknown,
): Promise<InsertOutcome> {
  const worksheets = context.workbook.worksheets.load("items/name");
  const old = [...unprotecting].map(([name, sheet]) => {
    const protection = worksheets.getItem(sheet.worksheetId).protection.load("protected");
    return { name, sheet, protection };
  });
  await context.sync();
  const present = new Set(worksheets.items.map((sheet) => sheet.name));
  for (const { temporary } of plan.swaps) if (present.has(temporary)) worksheets.getItem(temporary).delete();
  const refused = old.find(({ protection }) => protection.protected);
  for (const { protection, sheet } of old) if (!protection.protected) queueProtectAgain(context, sheet);
  await context.sync();
  if (refused) return { status: "wrong-password", sheet: refused.name };
  throw error;
}

/**
 * Once the new sheets are complete: old template sheets go (or stay renamed where they still hold
 * actuals no new row takes), new sheets take their final names and places, the workbook names and
 * properties point at them, and they are protected.
 */
function queueSwap(
  context: Excel.RequestContext,
  plan: WritePlan,
  namedRoles: SheetRole[],
  unprotected: Map<string, SheetProtection>,
  password: string | undefined,
): void {
  const worksheets = context.workbook.worksheets;
  for (const name of plan.remove) worksheets.getItem(name).delete();
  for (const { from, to } of plan.keep) {
    worksheets.getItem(from).name = to;
    const old = unprotected.get(from);
    if (old) queueProtectAgain(context, old); // as it was: with its own password or none
  }
  for (const swap of plan.swaps) worksheets.getItem(swap.temporary).name = swap.final;
  // Placed in ascending order, each move leaves the sheets before it where they belong.
  for (const { final } of plan.swaps) worksheets.getItem(final).position = plan.order.indexOf(final);
  for (const role of namedRoles) context.workbook.names.getItem(tableNames[role]).delete();
  for (const sheet of plan.layout.sheets) {
    const worksheet = worksheets.getItem(sheet.name);
    // Formulas showing another sheet's cells are written again under the final names.
    for (const region of sheet.regions.filter((candidate) => candidate.style === "linked")) {
      worksheet.getRange(region.range).formulas = matrixOf(sheet, region.range, formulaOf, "");
    }
    context.workbook.names.add(tableNames[sheet.role], worksheet.getRange(tableRangeOf(sheet)));
    worksheet.protection.protect(templateProtection, password);
  }
  for (const [key, value] of propertyEntriesOf(plan.layout))
    context.workbook.properties.custom.add(key, value);
  const { title, subject, author } = plan.layout.documentProperties;
  const properties = context.workbook.properties;
  properties.title = title;
  properties.subject = subject;
  properties.author = author;
  const first = plan.layout.sheets.find((sheet) => sheet.role === "annex2") ?? plan.layout.sheets[0];
  if (first) worksheets.getItem(first.name).activate();
}
