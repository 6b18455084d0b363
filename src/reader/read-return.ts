/**
 * One returned workbook, read (pure): the template's record, its tables, every actual and target cell
 * with where it stands, and the notes on what the reader met. Validation and consolidation take it
 * from here; nothing is validated that is not a template table.
 */
import { failure, success, type Result } from "../core/result";
import type { CellsToValidate } from "../core/validation/types";
import type { Plan } from "../model/types";
import { findTables } from "./find-tables";
import { readMessages as say } from "./messages";
import { templateRecordOf } from "./template-record";
import type { ReadNote, TableRead, TemplateRecord, UnknownRow, WorkbookView } from "./types";

export interface ReturnContent extends CellsToValidate {
  record: TemplateRecord | null;
  tables: TableRead[];
  unknownRows: UnknownRow[];
  /** What the reader says about the workbook and its tables, in the order met. */
  notes: ReadNote[];
  foundBy: "names" | "headers";
}

export function readReturn(plan: Plan, view: WorkbookView): Result<ReturnContent> {
  const record = templateRecordOf(view.properties);
  if (record?.planId && record.planId !== plan.id)
    return failure("invalidValue", say.otherPlan(record.planId, plan.id));
  const found = findTables(plan, view, record);
  if (!found.ok) return found;
  const { tables, notes, foundBy } = found.value;
  return success({
    record,
    tables,
    actuals: tables.flatMap((table) => table.actuals),
    targets: tables.flatMap((table) => table.targets),
    unknownRows: tables.flatMap((table) => table.unknownRows),
    notes: [...notes, ...tables.flatMap((table) => table.notes)],
    foundBy,
  });
}
