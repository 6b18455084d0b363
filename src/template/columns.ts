/** The columns of each table, left to right, with their header text and width. */
import { headers, type CellStyle } from "./types";

export type Column =
  | { kind: "category" | "id" | "name" | "unit" | "baseline" | "lead" | "remark" }
  | { kind: "target" | "actual" | "rate"; year: number };

const leading: Column[] = [{ kind: "category" }, { kind: "id" }, { kind: "name" }, { kind: "unit" }];

const yearColumns = (year: number): Column[] => [
  { kind: "target", year },
  { kind: "actual", year },
  { kind: "rate", year },
];

/** 附件2 and the body sheet: category, 代码, name, unit, target/actual/rate per year, 牵头单位, 备注. */
export const yearlyColumns = (years: number[]): Column[] => [
  ...leading,
  ...years.flatMap(yearColumns),
  { kind: "lead" },
  { kind: "remark" },
];

/**
 * 附件1: as above with the 2020 baseline after the unit, and no 备注: its actuals come from 附件2,
 * where a shortfall is explained.
 */
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

/**
 * Widths in characters, sized to what the columns hold at 10 pt: 类别 2 characters a line, 代码
 * "A2-36c", 单位 "万元/亩", 完成率 "2023年" over "完成率" and "102.9%", 牵头单位 "资规分局、" a line.
 * The name column takes what the page leaves (`nameWidthOf` in table-sheet.ts).
 */
const widths: Record<Exclude<Column["kind"], "name">, number> = {
  category: 5,
  id: 6.5,
  unit: 6,
  baseline: 10,
  target: 6.5,
  actual: 7,
  rate: 7,
  lead: 10.5,
  remark: 10.5,
};

/** The name column never narrower than this (10 characters a line), nor wider than its longest name needs. */
export const minNameWidth = 20;

export const widthOf = (column: Column, nameWidth: number): number =>
  column.kind === "name" ? nameWidth : widths[column.kind];

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
    case "remark":
      return "remark";
    case "id":
      return "code";
    default:
      return "label";
  }
}

/** Columns to the left of the first figure stay visible when scrolling: category, code, name. */
export const frozenColumnCount = 3;
