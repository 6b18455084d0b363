/**
 * Carrying typed figures and remarks from an earlier template into a new layout: each goes into the one
 * cell of the new layout with its key (indicator and year, or indicator); a second one of a key, or one
 * no cell takes, is an orphan, returned and never dropped.
 */
import type { CellLayout, SheetLayout, TemplateLayout } from "./types";

export interface Placed<Item> {
  layout: TemplateLayout;
  kept: Item[];
  orphans: Item[];
}

export function placeInCells<Item>(
  layout: TemplateLayout,
  items: readonly Item[],
  keyOf: (item: Item) => string,
  /** The key a cell takes, or null for a cell that takes none. */
  cellKey: (cell: CellLayout, sheet: SheetLayout) => string | null,
  place: (cell: CellLayout, item: Item) => CellLayout,
): Placed<Item> {
  const pending = new Map<string, Item>();
  const orphans: Item[] = [];
  for (const item of items) {
    const key = keyOf(item);
    if (pending.has(key)) orphans.push(item);
    else pending.set(key, item);
  }
  const kept: Item[] = [];
  const sheets = layout.sheets.map((sheet) => ({
    ...sheet,
    cells: sheet.cells.map((cell) => {
      const key = cellKey(cell, sheet);
      const item = key === null ? undefined : pending.get(key);
      if (key === null || item === undefined) return cell;
      pending.delete(key);
      kept.push(item);
      return place(cell, item);
    }),
  }));
  return { layout: { ...layout, sheets }, kept, orphans: [...orphans, ...pending.values()] };
}
