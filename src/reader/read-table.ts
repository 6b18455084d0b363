/**
 * Reads a template table back (pure): its 代码 column names the indicator of each row, its
 * `2023年目标` / `2023年实绩` columns the target and actual cells, wherever they are. Serves the add-in
 * (src/excel) and the CLI (src/xlsx) alike.
 */
import { failure, success, type Result } from "../core/result";
import { readMessages } from "./read-messages";
import type { CellsToValidate, RawCellValue, TemplateCell } from "../core/validation/types";
import type { Plan } from "../model/types";
import { cellAddress, rectangleOf } from "./address";
import { findColumns, headerText } from "./read-headers";

export interface TableToRead {
  sheet: string;
  /** A1 address of the table's top-left cell (the first header cell), e.g. "A3". */
  topLeft: string;
  /** Values as Excel gives them, header row first ("" for empty, errors as "#DIV/0!"). */
  values: RawCellValue[][];
  numberFormats: string[][];
  /**
   * Formulas as Excel gives them (the constant where a cell has none). An actual cell whose formula only
   * shows another sheet's cell (附件1 shows 附件2's actuals) is not an input and is not read.
   */
  formulas: RawCellValue[][];
}

/** A row whose 代码 the plan does not know: reported, not validated. */
export interface UnknownRow {
  sheet: string;
  address: string;
  code: string;
}

export interface TableCells extends CellsToValidate {
  unknownRows: UnknownRow[];
}

const SHOWS_OTHER_CELL = /^=(?:IF\((.+![$]?[A-Z]+[$]?\d+)="","",\1\)|[^=(]+![$]?[A-Z]+[$]?\d+)$/i;
const isLinked = (formula: RawCellValue | undefined) =>
  typeof formula === "string" && SHOWS_OTHER_CELL.test(formula.replace(/\s+/g, ""));

export function readTable(plan: Plan, table: TableToRead): Result<TableCells> {
  const { sheet, values, numberFormats, formulas } = table;
  const columns = findColumns(values[0] ?? [], plan.years);
  if (columns.id === null) return failure("invalidValue", readMessages.noIdColumn(sheet));
  if (columns.actual.size + columns.target.size === 0)
    return failure("invalidValue", readMessages.noYearColumns(sheet, plan.years));
  const idColumn = columns.id;
  const origin = rectangleOf(table.topLeft);
  const ids = new Map(plan.indicators.map((i) => [i.id.toUpperCase(), i.id]));
  const found: TableCells = { actuals: [], targets: [], unknownRows: [] };
  values.forEach((row, r) => {
    const code = headerText(row[idColumn]);
    if (r === 0 || code === "") return;
    const at = (c: number) => cellAddress(origin.top + r, origin.left + c);
    const indicatorId = ids.get(code.toUpperCase());
    if (indicatorId === undefined) {
      found.unknownRows.push({ sheet, address: at(idColumn), code });
      return;
    }
    const cell = (year: number, c: number): TemplateCell => ({
      sheet,
      address: at(c),
      raw: row[c] ?? null,
      numberFormat: numberFormats[r]?.[c] ?? "General",
      indicatorId,
      year,
    });
    columns.target.forEach((c, year) => found.targets.push(cell(year, c)));
    columns.actual.forEach((c, year) => {
      if (!isLinked(formulas[r]?.[c])) found.actuals.push(cell(year, c));
    });
  });
  return success(found);
}
