/** A cell of an .xlsx file as Excel's `values`, `numberFormat` and `formulas` would give it. */
import type { Cell, CellValue } from "exceljs";
import type { RawCellValue } from "../core/validation/types";

/** Excel's day 0 (its serial numbers count days from 1899-12-30, in UTC as exceljs reads dates). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

function plain(value: CellValue | undefined): RawCellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH) / DAY;
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  // A formula gives its cached result; a file saved without one (no calculation) reads as empty.
  if ("formula" in value || "sharedFormula" in value) return plain(value.result as CellValue | undefined);
  if ("text" in value) return typeof value.text === "string" ? value.text : plain(value.text);
  return "";
}

/** The value Excel shows the add-in: formula results, rich text as plain text, errors as "#DIV/0!". */
export function valueOf(cell: Cell): RawCellValue {
  return cell.isMerged && cell.master !== cell ? "" : plain(cell.value);
}

export const numberFormatOf = (cell: Cell): string => cell.numFmt || "General";

/** The formula ("=…") of a formula cell, else its value, like Excel's `formulas`. */
export const formulaOf = (cell: Cell): RawCellValue => (cell.formula ? `=${cell.formula}` : valueOf(cell));
