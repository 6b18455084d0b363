/** An .xlsx file returned by a unit, read (never written) into the cells the validator checks. */
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { failure, success, type Result } from "../core/result";
import { readMessages as say } from "../template/read-messages";
import type { CellsToValidate } from "../core/validation/types";
import type { Plan } from "../model/types";
import { readTable, type UnknownRow } from "../template/read-table";
import { findTables, type FoundTables } from "./read-template";
import { remarksOfTable } from "./remarks";
import { statedPeriodOf } from "./stated-period";
import type { CarriedRemark } from "../template/carry-remarks";
import type { StatedPeriod } from "../template/report-period";

export interface TemplateFileCells extends CellsToValidate {
  unknownRows: UnknownRow[];
  foundBy: FoundTables["foundBy"];
  /** The 报告期 the file states under a title, or null (version-1 templates state none). */
  statedPeriod: StatedPeriod | null;
  /** The 备注（情况说明） typed in the tables, by indicator. */
  remarks: CarriedRemark[];
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? "";
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The file's bytes, or why they cannot be had (missing, a folder, no permission). */
async function bytesOf(path: string): Promise<Result<Buffer>> {
  try {
    return success(await readFile(path));
  } catch (error) {
    return failure("invalidValue", say.unreadable(say.fileReasons[codeOf(error)] ?? messageOf(error)));
  }
}

async function workbookOf(bytes: Buffer): Promise<Result<ExcelJS.Workbook>> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return success(workbook);
  } catch (error) {
    return failure("invalidValue", say.unreadable(say.notXlsx(messageOf(error))));
  }
}

export async function readTemplateFile(plan: Plan, path: string): Promise<Result<TemplateFileCells>> {
  const bytes = await bytesOf(path);
  if (!bytes.ok) return bytes;
  const workbook = await workbookOf(bytes.value);
  if (!workbook.ok) return workbook;
  const found = findTables(workbook.value);
  if (!found.ok) return found;
  const cells: TemplateFileCells = {
    actuals: [],
    targets: [],
    unknownRows: [],
    foundBy: found.value.foundBy,
    statedPeriod: statedPeriodOf(workbook.value),
    remarks: found.value.tables.flatMap(remarksOfTable),
  };
  for (const table of found.value.tables) {
    const read = readTable(plan, table);
    if (!read.ok) return read;
    cells.actuals.push(...read.value.actuals);
    cells.targets.push(...read.value.targets);
    cells.unknownRows.push(...read.value.unknownRows);
  }
  return success(cells);
}
