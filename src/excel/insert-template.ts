/**
 * 插入模板: copies a template layout (src/template) into the open workbook in three round trips,
 * whatever the number of indicators: read what is there, write complete new sheets under temporary
 * names, then swap them in. An existing template is only replaced or copied when the caller says so.
 */
import { planInsertion } from "../template/insertion-plan";
import { renameSheets } from "../template/rename";
import type { HostFeatures, InsertOutcome, InsertRequest } from "./insert-outcome";
import { queueWorkbookRead } from "./insert-read";
import { undoWrite } from "./insert-recover";
import { queueSheet } from "./insert-sheet";
import { queueSwap } from "./insert-swap";

const allFeatures: HostFeatures = { dataValidation: true, pageLayout: true };

export async function insertTemplate(
  context: Excel.RequestContext,
  request: InsertRequest,
): Promise<InsertOutcome> {
  const read = queueWorkbookRead(context);
  await context.sync();
  const state = read();
  const plan = planInsertion(request.layout, state, request.mode);
  if (plan.kind === "needs-choice") return { status: "needs-choice", existingSheets: plan.existingSheets };

  // Old sheets an update replaces are unprotected first: a wrong password stops the batch before anything else.
  const replaced = new Set([...plan.remove, ...plan.keep.map(({ from }) => from)]);
  const unprotecting = new Map([...state.protectedSheets].filter(([name]) => replaced.has(name)));
  const worksheets = context.workbook.worksheets;
  for (const name of unprotecting.keys()) worksheets.getItem(name).protection.unprotect(request.password);
  const temporaryNames = new Map(plan.swaps.map((swap) => [swap.final, swap.temporary]));
  const drafts = renameSheets(plan.layout, temporaryNames).sheets.map((sheet) => ({
    sheet,
    worksheet: worksheets.add(sheet.name),
  }));
  const features = { ...allFeatures, ...request.features };
  context.workbook.application.suspendApiCalculationUntilNextSync();
  for (const { sheet, worksheet } of drafts) queueSheet(worksheet, sheet, features);
  try {
    await context.sync();
  } catch (error) {
    return undoWrite(context, plan, unprotecting, request.password, error);
  }

  queueSwap(context, {
    plan,
    namedRoles: state.namedRoles,
    unprotected: unprotecting,
    password: request.password,
  });
  await context.sync();
  const orphanSheets = plan.keep.map(({ to }) => to);
  return {
    status: "inserted",
    sheets: plan.layout.sheets.map((sheet) => sheet.name),
    keptActuals: plan.kept.length,
    orphanedActuals: plan.orphans.length,
    ...(orphanSheets.length > 0 ? { orphanSheet: orphanSheets.join("、") } : {}),
    orphanSheets,
    orphans: plan.orphans,
  };
}
