/** Where a table's cells merge and which rectangles share a style: per category and column, not per row. */
import { rangeAddress } from "./address";
import { dataStyleOf, type Column } from "./columns";
import type { TableRow } from "./rows";
import { firstIndicatorRow, headerRow, titleRow } from "./table-rows";
import type { StyleRegion } from "./types";

/** Runs of consecutive rows of one category, cut where a page starts (0-based table row indexes). */
export function categoryRuns(rows: readonly TableRow[], breaksBefore: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  let start = 0;
  rows.forEach((row, index) => {
    const next = rows[index + 1];
    const pageEnds = breaksBefore.includes(firstIndicatorRow + index + 1);
    if (next?.category === row.category && !pageEnds) return;
    runs.push([start, index]);
    start = index + 1;
  });
  return runs;
}

/** Each run of a category shares a merged cell (its text in the first row, repeated on a new page). */
export const categoryMerges = (runs: readonly [number, number][]): string[] =>
  runs
    .filter(([start, end]) => end > start)
    .map(([start, end]) => rangeAddress(firstIndicatorRow + start, 0, firstIndicatorRow + end, 0));

/** The printed name over a split row's parts spans the name and year columns. */
export function groupSpan(columns: readonly Column[]): { first: number; last: number } {
  const first = columns.findIndex((column) => column.kind === "name");
  const years = columns.flatMap((column, index) => ("year" in column ? [index] : []));
  return { first, last: Math.max(first, ...years) };
}

export function regionsOf(
  columns: readonly Column[],
  rows: readonly TableRow[],
  linkedActuals: boolean,
): StyleRegion[] {
  const lastColumn = columns.length - 1;
  const lastRow = firstIndicatorRow + rows.length - 1;
  const bands: StyleRegion[] = [
    { range: rangeAddress(titleRow, 0, titleRow, lastColumn), style: "title" },
    { range: rangeAddress(headerRow, 0, headerRow, lastColumn), style: "header" },
  ];
  if (lastRow < firstIndicatorRow) return bands;
  const columnRegions = columns.map((column, index): StyleRegion => ({
    range: rangeAddress(firstIndicatorRow, index, lastRow, index),
    style: dataStyleOf(column, linkedActuals),
  }));
  // A split row's printed name is no indicator: nothing to type on its row (applied after the columns).
  const group = groupSpan(columns);
  const groupRegions = rows.flatMap((row, index): StyleRegion[] =>
    row.kind === "group"
      ? [
          {
            range: rangeAddress(
              firstIndicatorRow + index,
              group.first,
              firstIndicatorRow + index,
              lastColumn,
            ),
            style: "group",
          },
        ]
      : [],
  );
  return [...bands, ...columnRegions, ...groupRegions];
}
