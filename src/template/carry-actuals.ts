/**
 * Actuals typed into an earlier template, read back from its tables by header text and 代码, and put
 * into the cells of the same indicator and year in a new layout (wherever that row is now).
 */
import { cellAddress } from "./address";
import { findColumns } from "./read-headers";
import { placeInCells } from "./place-carried";
import type { CellLayout, TemplateLayout } from "./types";

export type TypedValue = string | number | boolean;

export interface CarriedActual {
  indicatorId: string;
  year: number;
  value: TypedValue;
  /** Where it was typed: sheet name and A1 address. */
  sheet: string;
  address: string;
}

/** An old table: its sheet, the 0-based position of its header row's first cell, and its values. */
export interface TableValues {
  sheet: string;
  top: number;
  left: number;
  values: unknown[][];
}

const isTyped = (value: unknown): value is TypedValue =>
  (typeof value === "number" && Number.isFinite(value)) ||
  typeof value === "boolean" ||
  (typeof value === "string" && value.trim() !== "");

/** Every non-empty actual in a table, found by the 代码 column and the `YYYY年实绩` headers (as edited). */
export function actualsInTable({ sheet, top, left, values }: TableValues): CarriedActual[] {
  const [header = [], ...rows] = values;
  const columns = findColumns(header.map((text) => (typeof text === "string" ? text : "")));
  const idColumn = columns.id;
  if (idColumn === null) return [];
  const yearColumns = [...columns.actual]
    .map(([year, column]) => ({ column, year }))
    .sort((a, b) => a.column - b.column);
  return rows.flatMap((row, index) => {
    const indicatorId = String(row[idColumn] ?? "").trim();
    if (indicatorId === "") return [];
    return yearColumns.flatMap(({ column, year }) => {
      const value = row[column];
      if (!isTyped(value)) return [];
      return [{ indicatorId, year, value, sheet, address: cellAddress(top + 1 + index, left + column) }];
    });
  });
}

/**
 * A carried actual as `Range.values` must receive it to store it unchanged. Excel reads a string written
 * to `values` like typed input: "If the returned value starts with a plus ("+"), minus ("-"), or equal
 * sign ("="), Excel interprets this value as a formula" (Excel.Range.values), and "12" or "9%" become
 * numbers. A leading apostrophe makes typed input text, so every non-empty string gets one (an empty one stays an empty cell) (Excel keeps it out of
 * the value; the 自检 checks this in the user's Excel). Numbers and booleans go as they are.
 */
export const asTypedInput = <Value extends TypedValue>(value: Value): Value =>
  (typeof value === "string" && value !== "" ? `'${value}` : value) as Value;

export interface CarriedLayout {
  layout: TemplateLayout;
  kept: CarriedActual[];
  /** Actuals whose indicator (or year) the new layout has no input cell for. */
  orphans: CarriedActual[];
}

/** The layout with each carried actual in its indicator's cell; the rest are orphans, never dropped. */
export function withActuals(layout: TemplateLayout, actuals: CarriedActual[]): CarriedLayout {
  const placed = placeInCells(
    layout,
    actuals,
    (actual) => `${actual.indicatorId}|${actual.year}`,
    (cell) => (cell.actualOf ? `${cell.actualOf.indicatorId}|${cell.actualOf.year}` : null),
    (cell, actual) => ({ ...cell, carried: actual.value }),
  );
  return placed.kept.length > 0 ? { ...placed, layout: withoutResults(placed.layout) } : placed;
}

/** Formula results laid out for empty actuals no longer hold once actuals are carried in: the host computes them. */
function withoutResults(layout: TemplateLayout): TemplateLayout {
  const drop = ({ result: _result, ...cell }: CellLayout): CellLayout => cell;
  return { ...layout, sheets: layout.sheets.map((sheet) => ({ ...sheet, cells: sheet.cells.map(drop) })) };
}
