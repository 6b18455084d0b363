/**
 * One table sheet: title, subtitle, header row, then one row per indicator with its category merged
 * down the rows it spans. The annex builders say which columns, rows and actual cells it has.
 */
import { absoluteRange, cellAddress, rangeAddress } from "./address";
import { frozenColumnCount, headerOf, widthOf, type Column } from "./columns";
import { layoutCellOf, type TableRow } from "./table-cells";
import { categoryMerges, regionsOf } from "./table-regions";
import { firstIndicatorRow, headerRow, subtitleRow, titleRow } from "./table-rows";
import type { CellLayout, SheetLayout, SheetRole } from "./types";

export interface TableSpec {
  role: SheetRole;
  name: string;
  title: string;
  subtitle: string;
  columns: Column[];
  rows: TableRow[];
  /** The formula showing an actual typed on another sheet, or null where this sheet takes the input. */
  linkedActual: ((indicatorId: string, year: number) => string) | null;
}

export function buildTableSheet(spec: TableSpec): SheetLayout {
  const { columns, rows } = spec;
  const lastColumn = columns.length - 1;
  const lastRow = firstIndicatorRow + rows.length - 1;
  const banner = (row: number, content: string, style: "title" | "subtitle"): CellLayout => ({
    row,
    column: 0,
    content,
    style,
    locked: true,
  });
  const headerCells = columns.map((column, index): CellLayout => ({
    row: headerRow,
    column: index,
    content: headerOf(column),
    style: "header",
    locked: true,
  }));
  const bodyCells = rows.flatMap((row, index) =>
    columns.map((column, columnIndex) =>
      layoutCellOf(spec, row, firstIndicatorRow + index, column, columnIndex),
    ),
  );
  return {
    role: spec.role,
    name: spec.name,
    rowCount: firstIndicatorRow + rows.length,
    columnCount: columns.length,
    headerRow,
    firstIndicatorRow,
    indicatorIds: rows.map((row) => row.indicator.id),
    cells: [
      banner(titleRow, spec.title, "title"),
      banner(subtitleRow, spec.subtitle, "subtitle"),
      ...headerCells,
      ...bodyCells,
    ],
    merges: [
      rangeAddress(titleRow, 0, titleRow, lastColumn),
      rangeAddress(subtitleRow, 0, subtitleRow, lastColumn),
      ...categoryMerges(rows),
    ],
    regions: regionsOf(columns, spec.linkedActual !== null, lastRow),
    columnWidths: columns.map(widthOf),
    frozenRows: headerRow + 1,
    frozenColumns: frozenColumnCount,
    printTitleRows: `$${titleRow + 1}:$${headerRow + 1}`,
  };
}

/** The table a workbook name points at: header row through the last indicator row, e.g. `$A$3:$T$44`. */
export function tableRangeOf(sheet: SheetLayout): string {
  return absoluteRange(sheet.headerRow, 0, sheet.rowCount - 1, sheet.columnCount - 1);
}

/** A1 address of an indicator's cell in the column with that header, or null if there is none. */
export function addressIn(sheet: SheetLayout, indicatorId: string, header: string): string | null {
  const row = sheet.indicatorIds.indexOf(indicatorId);
  const column = sheet.cells.findIndex((cell) => cell.row === sheet.headerRow && cell.content === header);
  const headerCell = sheet.cells[column];
  return row < 0 || !headerCell ? null : cellAddress(sheet.firstIndicatorRow + row, headerCell.column);
}
