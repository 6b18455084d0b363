/**
 * A report sheet (report-layout.ts) as a writer that works range by range needs it (pure): its used
 * rectangle, its values and number formats as two matrices, and its cells grouped into rectangles of
 * one style. The rectangles come from runs of a style along a row merged down the rows that repeat
 * them, so a table of n rows costs as many rectangles as it has columns, not n times as many.
 */
import { rangeAddress } from "../template/address";
import type { ReportSheet, ReportStyle } from "./report-layout";

export interface ReportRegion {
  /** A1 rectangle, e.g. "A6:B40". */
  range: string;
  style: ReportStyle;
}

export interface ReportGrid {
  rowCount: number;
  columnCount: number;
  /** "" where the sheet has no value. Strings are as the description gives them (the writer keeps them text). */
  values: (string | number)[][];
  numberFormats: string[][];
  regions: ReportRegion[];
}

interface OpenRegion {
  top: number;
  bottom: number;
  left: number;
  right: number;
  style: ReportStyle;
}

/** Runs of one style along a row: [left, right, style]. */
function runsOf(row: ReportSheet["rows"][number]): [number, number, ReportStyle][] {
  const runs: [number, number, ReportStyle][] = [];
  row.forEach((cell, column) => {
    const last = runs[runs.length - 1];
    if (last && last[1] === column - 1 && last[2] === cell.style) last[1] = column;
    else runs.push([column, column, cell.style]);
  });
  return runs;
}

export function reportGrid(sheet: ReportSheet): ReportGrid {
  const rowCount = Math.max(1, sheet.rows.length);
  const columnCount = Math.max(1, sheet.columnWidths.length, ...sheet.rows.map((row) => row.length));
  const values = Array.from({ length: rowCount }, () => Array<string | number>(columnCount).fill(""));
  const numberFormats = Array.from({ length: rowCount }, () => Array<string>(columnCount).fill("General"));
  const closed: OpenRegion[] = [];
  let open = new Map<string, OpenRegion>();
  sheet.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      values[r]![c] = cell.value ?? "";
      if (cell.numberFormat) numberFormats[r]![c] = cell.numberFormat;
    });
    const next = new Map<string, OpenRegion>();
    for (const [left, right, style] of runsOf(row)) {
      const key = `${left}|${right}|${style}`;
      const region = open.get(key);
      if (region) {
        region.bottom = r;
        open.delete(key);
      }
      next.set(key, region ?? { top: r, bottom: r, left, right, style });
    }
    closed.push(...open.values());
    open = next;
  });
  closed.push(...open.values());
  const regions = closed
    .sort((a, b) => a.top - b.top || a.left - b.left)
    .map(({ top, left, bottom, right, style }) => ({ range: rangeAddress(top, left, bottom, right), style }));
  return { rowCount, columnCount, values, numberFormats, regions };
}
