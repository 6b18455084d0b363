/**
 * One table sheet: title, the 填报单位/报告期/依据 line, header row, one row per indicator (a split row's
 * printed name over its parts) with its category merged down the rows it spans, then the 填报说明 and
 * the sign-off block; row heights for the wrapped text, and how it prints. The annex builders say
 * which columns, rows and actual cells it has.
 */
import type { Assignments } from "../core/indicator-list";
import { absoluteRange, cellAddress, rangeAddress } from "./address";
import { frozenColumnCount, headerOf, minNameWidth, widthOf, type Column } from "./columns";
import { headerFooterOf, margins, pageBreaks, printableWidth, scaleFor } from "./print";
import { rowHeightsOf } from "./row-heights";
import type { TableRow } from "./rows";
import { infoBand, notesBand, periodColumnOf, signOffBand, type Band, type InfoTexts } from "./sheet-bands";
import { styleLooks } from "./styles";
import { layoutCellOf } from "./table-cells";
import { categoryMerges, categoryRuns, groupSpan, regionsOf } from "./table-regions";
import { firstIndicatorRow, headerRow, infoRow, titleRow } from "./table-rows";
import { charactersFor, heightOf, widestPointsPerCharacter } from "./text-lines";
import type { CellLayout, SheetLayout, SheetRole } from "./types";

export interface TableSpec {
  role: SheetRole;
  name: string;
  title: string;
  info: InfoTexts;
  /** The 填报说明 lines under the table. */
  notes: string[];
  /** Page header and footer words. */
  page: { title: string; unitAndPeriod: string; basis: string; pageOf: string };
  columns: Column[];
  rows: TableRow[];
  /** The formula showing an actual typed on another sheet, or null where this sheet takes the input. */
  linkedActual: ((indicatorId: string, year: number) => string) | null;
  assignments: Assignments;
}

const spacerHeight = 9;

/**
 * The name column: at least `minNameWidth`, and as wide as the longest name needs on one line while
 * the table still prints at 100% (附件1); a wide table (附件2, 5 years) keeps the minimum.
 */
function nameWidthOf(columns: readonly Column[], rows: readonly TableRow[]): number {
  const others = columns.reduce((sum, column) => sum + (column.kind === "name" ? 0 : widthOf(column, 0)), 0);
  const room = printableWidth / widestPointsPerCharacter - others;
  const longest = Math.max(
    0,
    ...rows
      .filter((row) => row.kind === "indicator")
      .map((row) => charactersFor(row.label, styleLooks.label.fontSize)),
  );
  return Math.max(minNameWidth, Math.min(Math.ceil(longest), Math.floor(room)));
}

export function buildTableSheet(spec: TableSpec): SheetLayout {
  const { columns, rows } = spec;
  const lastColumn = columns.length - 1;
  const lastRow = firstIndicatorRow + rows.length - 1;
  const nameWidth = nameWidthOf(columns, rows);
  const columnWidths = columns.map((column) => widthOf(column, nameWidth));
  const scale = scaleFor(columnWidths);

  const info = infoBand(infoRow, columnWidths, spec.info);
  const notesRow = lastRow + 2;
  const notes = notesBand(notesRow, columnWidths, spec.notes);
  const signOffRow = notesRow + spec.notes.length + 1;
  const signOff = signOffBand(signOffRow, columnWidths);
  const rowCount = signOffRow + 2;

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
  const group = groupSpan(columns);
  const groupMerges = rows.flatMap((row, index) =>
    row.kind === "group" && group.last > group.first
      ? [rangeAddress(firstIndicatorRow + index, group.first, firstIndicatorRow + index, group.last)]
      : [],
  );
  const title: CellLayout = { row: titleRow, column: 0, content: spec.title, style: "title", locked: true };
  const titleMerge = rangeAddress(titleRow, 0, titleRow, lastColumn);

  // Heights first (from the unsplit category runs), then where pages break, then the runs cut there.
  const unsplit = categoryMerges(categoryRuns(rows, []));
  const tableHeights = rowHeightsOf(
    [...headerCells, ...bodyCells],
    [...unsplit, ...groupMerges],
    columnWidths,
    headerRow,
    lastRow,
  );
  const heights = new Map<number, number>([
    [titleRow, heightOf(1, styleLooks.title.fontSize) + 6],
    ...info.heights,
    ...tableHeights,
    [lastRow + 1, spacerHeight],
    ...notes.heights,
    [signOffRow - 1, spacerHeight],
    ...signOff.heights,
  ]);
  const rowHeights = Array.from({ length: rowCount }, (_, row) => heights.get(row) ?? spacerHeight);
  const breaksBefore = pageBreaks({
    rowHeights,
    scale,
    firstBreakable: firstIndicatorRow + 1,
    repeatedHeight: rowHeights[headerRow] ?? 0,
    keepFrom: notesRow,
  });

  // On a new page a category's text is repeated in its first row there.
  const runs = categoryRuns(rows, breaksBefore);
  const runStarts = new Set(runs.map(([start]) => firstIndicatorRow + start));
  const cells = bodyCells.map((cell) => {
    const row = rows[cell.row - firstIndicatorRow];
    return cell.column === 0 && row && runStarts.has(cell.row) ? { ...cell, content: row.category } : cell;
  });
  const splitMerges = categoryMerges(runs);
  for (const [start, end] of runs) {
    if (start !== end) continue;
    const row = firstIndicatorRow + start;
    const needed = rowHeightsOf(cells, [], columnWidths, row, row).get(row) ?? 0;
    rowHeights[row] = Math.max(rowHeights[row] ?? 0, needed);
  }

  const bands: Band[] = [info, notes, signOff];
  return {
    role: spec.role,
    name: spec.name,
    rowCount,
    columnCount: columns.length,
    headerRow,
    firstIndicatorRow,
    indicatorIds: rows.flatMap((row) => (row.kind === "indicator" ? [row.indicator.id] : [])),
    rowIds: rows.map((row) => (row.kind === "indicator" ? row.indicator.id : null)),
    periodCell: { row: infoRow, column: periodColumnOf(info) },
    cells: [title, ...info.cells, ...headerCells, ...cells, ...notes.cells, ...signOff.cells],
    merges: [titleMerge, ...info.merges, ...splitMerges, ...groupMerges, ...notes.merges, ...signOff.merges],
    regions: [
      ...regionsOf(columns, rows, spec.linkedActual !== null),
      ...bands.flatMap((band) => band.regions),
    ],
    columnWidths,
    rowHeights,
    frozenRows: headerRow + 1,
    frozenColumns: frozenColumnCount,
    printTitleRows: `$${headerRow + 1}:$${headerRow + 1}`,
    page: {
      orientation: "landscape",
      paper: "A4",
      scale,
      margins,
      centerHorizontally: true,
      firstPageNumber: 1,
      breaksBefore,
      ...headerFooterOf(spec.page),
    },
  };
}

/** The table a workbook name points at: header row through the last indicator row, e.g. `$A$3:$U$45`. */
export function tableRangeOf(sheet: SheetLayout): string {
  return absoluteRange(
    sheet.headerRow,
    0,
    sheet.firstIndicatorRow + sheet.rowIds.length - 1,
    sheet.columnCount - 1,
  );
}

/** A1 address of an indicator's cell in the column with that header, or null if there is none. */
export function addressIn(sheet: SheetLayout, indicatorId: string, header: string): string | null {
  const row = sheet.rowIds.indexOf(indicatorId);
  const column = sheet.cells.findIndex((cell) => cell.row === sheet.headerRow && cell.content === header);
  const headerCell = sheet.cells[column];
  return row < 0 || !headerCell ? null : cellAddress(sheet.firstIndicatorRow + row, headerCell.column);
}
