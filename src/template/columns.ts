/** The columns of each table, left to right, with their header text and width. */
import { headers, type CellStyle } from "./types";

export type Column =
  | { kind: "category" | "id" | "name" | "unit" | "baseline" | "lead" }
  | { kind: "target" | "actual" | "rate"; year: number };

const leading: Column[] = [{ kind: "category" }, { kind: "id" }, { kind: "name" }, { kind: "unit" }];

const yearColumns = (year: number): Column[] => [
  { kind: "target", year },
  { kind: "actual", year },
  { kind: "rate", year },
];

/** 附件2 and the body sheet: category, 代码, name, unit, then target/actual/rate per year, 牵头单位. */
export const yearlyColumns = (years: number[]): Column[] => [
  ...leading,
  ...years.flatMap(yearColumns),
  { kind: "lead" },
];

/** 附件1 prints the 2023 and 2025 targets only. */
export const annex1Years = [2023, 2025];

/** 附件1: as above with the 2020 baseline after the unit. */
export const annex1Columns = (years: number[]): Column[] => [
  ...leading,
  { kind: "baseline" },
  ...years.flatMap(yearColumns),
  { kind: "lead" },
];

export function headerOf(column: Column): string {
  switch (column.kind) {
    case "target":
      return headers.target(column.year);
    case "actual":
      return headers.actual(column.year);
    case "rate":
      return headers.attainment(column.year);
    default:
      return headers[column.kind];
  }
}

const widths: Record<Column["kind"], number> = {
  category: 10,
  id: 8,
  name: 40,
  unit: 9,
  baseline: 12,
  target: 11,
  actual: 11,
  rate: 10,
  lead: 18,
};

export const widthOf = (column: Column): number => widths[column.kind];

/** Style of a column's indicator cells; `actual` becomes `linked` where the sheet shows another's actuals. */
export function dataStyleOf(column: Column, linkedActuals: boolean): CellStyle {
  switch (column.kind) {
    case "category":
      return "category";
    case "target":
    case "rate":
      return column.kind;
    case "baseline":
      return "target";
    case "actual":
      return linkedActuals ? "linked" : "actual";
    default:
      return "label";
  }
}

/** Columns to the left of the first figure stay visible when scrolling: category, code, name. */
export const frozenColumnCount = 3;
