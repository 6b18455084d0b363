/**
 * Round trips to Excel and queued operations of 插入模板, 校验实绩 and live re-validation of one edited
 * cell, counted by the in-memory workbook. Counts are deterministic: one run per plan is exact.
 */
import { revalidateEdits } from "../../src/excel/revalidate-edits";
import { validateWorkbook } from "../../src/excel/validate";
import type { Plan } from "../../src/model/types";
import { createInMemoryWorkbook, type InMemoryWorkbook } from "../../in-memory-excel";
import { actualCell, insertWholeTemplate, period, sheetOf } from "./template-session";

export interface Counts {
  /** Calls of context.sync(). */
  syncs: number;
  /** Syncs that carried operations, including Excel.run's implicit final one. */
  roundTrips: number;
  operations: number;
}

export interface RoundTrips {
  indicators: number;
  insert: Counts;
  validate: Counts;
  revalidate: Counts;
}

/** The syncs, round trips and queued operations of `action` on `wb`. */
export async function counted(wb: InMemoryWorkbook, action: () => Promise<unknown>): Promise<Counts> {
  wb.resetCounters();
  await action();
  return { syncs: wb.syncCount, roundTrips: wb.roundTripCount, operations: wb.queuedOperationCount };
}

/** The last 附件2 indicator: the edited row sits at the bottom of the largest table. */
function editedIndicator(plan: Plan) {
  const indicator = plan.indicators.filter((i) => i.annex === 2).at(-1);
  if (!indicator) throw new Error(`${plan.id} has no 附件2 indicator to edit`);
  return indicator;
}

/** Counts on `wb` (a fresh workbook by default), which keeps the template for further measuring. */
export async function measureRoundTrips(plan: Plan, wb = createInMemoryWorkbook()): Promise<RoundTrips> {
  const insert = await counted(wb, () => insertWholeTemplate(wb, plan));
  const validate = await counted(wb, () => wb.run((c) => validateWorkbook(c, plan, period, "")));
  const sheet = sheetOf(plan, "annex2");
  const indicator = editedIndicator(plan);
  const address = actualCell(wb, sheet, indicator.id, period.year);
  wb.typeIntoCell(sheet, address, indicator.targets[String(period.year)] ?? 1);
  const edits = [{ sheet, address }];
  const revalidate = await counted(wb, () => wb.run((c) => revalidateEdits(c, plan, edits, period, "")));
  return { indicators: plan.indicators.length, insert, validate, revalidate };
}
