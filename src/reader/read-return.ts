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
import type { CarriedRemark } from "../template/carry-remarks";
import { statedPeriodIn, type StatedPeriod } from "../template/report-period";
import type { ReadNote, TableRead, TemplateRecord, UnknownRow, WorkbookView } from "./types";

export interface ReturnContent extends CellsToValidate {
  record: TemplateRecord | null;
  /** The 报告期 the file states (under each sheet's title since template version 2), if any. */
  statedPeriod: StatedPeriod | null;
  tables: TableRead[];
  remarks: CarriedRemark[];
  unknownRows: UnknownRow[];
  /** What the reader says about the workbook and its tables, in the order met. */
  notes: ReadNote[];
  foundBy: "names" | "headers";
}

/** Rows and columns searched for 报告期：…: it sits in the line under the title, near the corner. */
const periodArea = { rows: 10, columns: 40 };

function statedPeriodOf(view: WorkbookView): StatedPeriod | null {
  for (const sheet of view.sheets) {
    if (sheet.state !== "visible" || sheet.rowCount === 0 || sheet.columnCount === 0) continue;
    const bottom = Math.min(periodArea.rows, sheet.rowCount) - 1;
    const right = Math.min(periodArea.columns, sheet.columnCount) - 1;
    const stated = statedPeriodIn(sheet.name, sheet.read(0, 0, bottom, right).values);
    if (stated) return stated;
  }
  return null;
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
    statedPeriod: statedPeriodOf(view),
    tables,
    remarks: tables.flatMap((table) => table.remarks),
    actuals: tables.flatMap((table) => table.actuals),
    targets: tables.flatMap((table) => table.targets),
    unknownRows: tables.flatMap((table) => table.unknownRows),
    notes: [...notes, ...tables.flatMap((table) => table.notes)],
    foundBy,
  });
}
