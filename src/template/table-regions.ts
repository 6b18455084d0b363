/** Where a table's cells merge and which rectangles share a style: per category and column, not per row. */
import { rangeAddress } from "./address";
import { dataStyleOf, type Column } from "./columns";
import type { TableRow } from "./table-cells";
import { firstIndicatorRow, headerRow, subtitleRow, titleRow } from "./table-rows";
import type { StyleRegion } from "./types";

/** Consecutive rows of one category share a merged category cell (the content is in its first row). */
export function categoryMerges(rows: TableRow[]): string[] {
  const merges: string[] = [];
  let start = 0;
  rows.forEach((row, index) => {
    const next = rows[index + 1];
    if (next?.category === row.category) return;
    if (index > start) merges.push(rangeAddress(firstIndicatorRow + start, 0, firstIndicatorRow + index, 0));
    start = index + 1;
  });
  return merges;
}

export function regionsOf(columns: Column[], linkedActuals: boolean, lastRow: number): StyleRegion[] {
  const lastColumn = columns.length - 1;
  const bands: StyleRegion[] = [
    { range: rangeAddress(titleRow, 0, titleRow, lastColumn), style: "title" },
    { range: rangeAddress(subtitleRow, 0, subtitleRow, lastColumn), style: "subtitle" },
    { range: rangeAddress(headerRow, 0, headerRow, lastColumn), style: "header" },
  ];
  if (lastRow < firstIndicatorRow) return bands;
  const columnRegions = columns.map((column, index): StyleRegion => ({
    range: rangeAddress(firstIndicatorRow, index, lastRow, index),
    style: dataStyleOf(column, linkedActuals),
  }));
  return [...bands, ...columnRegions];
}
