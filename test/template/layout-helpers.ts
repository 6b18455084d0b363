/** Reading a layout the way a person reads the sheet: by A1 address, header text and 代码. */
import { cellAddress } from "../../src/template/address";
import type { CellLayout, SheetLayout, SheetRole, TemplateLayout } from "../../src/template/types";

export function sheetOf(layout: TemplateLayout, role: SheetRole): SheetLayout {
  const sheet = layout.sheets.find((candidate) => candidate.role === role);
  if (!sheet) throw new Error(`no ${role} sheet in the layout`);
  return sheet;
}

export function cellAt(sheet: SheetLayout, address: string): CellLayout | undefined {
  return sheet.cells.find((cell) => cellAddress(cell.row, cell.column) === address);
}

export const contentAt = (sheet: SheetLayout, address: string) => cellAt(sheet, address)?.content ?? null;

/** The cell of an indicator's row in the column headed `header`. */
export function cellOfIndicator(sheet: SheetLayout, indicatorId: string, header: string): CellLayout {
  const row = sheet.firstIndicatorRow + sheet.rowIds.indexOf(indicatorId);
  const column = sheet.cells.find((cell) => cell.row === sheet.headerRow && cell.content === header)?.column;
  const cell = sheet.cells.find((candidate) => candidate.row === row && candidate.column === column);
  if (!cell) throw new Error(`no cell for ${indicatorId} under ${header}`);
  return cell;
}

export const headerTexts = (sheet: SheetLayout) =>
  sheet.cells.filter((cell) => cell.row === sheet.headerRow).map((cell) => cell.content);

/** The A1 row number (1-based) of an indicator's row. */
export const rowOf = (sheet: SheetLayout, indicatorId: string): number =>
  sheet.firstIndicatorRow + sheet.rowIds.indexOf(indicatorId) + 1;

/** Every cell's text (numbers as they are), for finding labels. */
export const textsOf = (sheet: SheetLayout): string[] =>
  sheet.cells.flatMap((cell) => (typeof cell.content === "string" ? [cell.content] : []));
