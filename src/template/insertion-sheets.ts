/** Which sheet names an insertion ends with, and in which order the workbook's sheets then stand. */
import type { InsertMode, WorkbookState } from "./insertion-plan";
import { renameSheets } from "./rename";
import { freeNames } from "./sheet-names";
import type { SheetRole, TemplateLayout } from "./types";

/** The sheets after the swap: the new set where the first replaced sheet was (at the end for a copy). */
export function orderAfter(
  sheets: string[],
  replacing: string[],
  movedTo: Map<string, string>,
  added: string[],
): string[] {
  const at = sheets.findIndex((name) => replacing.includes(name));
  const staying = (names: string[]) =>
    names
      .filter((name) => !replacing.includes(name) || movedTo.has(name))
      .map((name) => movedTo.get(name) ?? name);
  if (at < 0) return [...staying(sheets), ...added];
  return [...staying(sheets.slice(0, at)), ...added, ...staying(sheets.slice(at))];
}

/** Update keeps each old sheet's name; copy (or a fresh insertion) takes the first free numbered set. */
export function finalNames(
  layout: TemplateLayout,
  state: WorkbookState,
  mode: InsertMode,
  others: ReadonlySet<string>,
): Map<SheetRole, string> {
  const names = new Map<SheetRole, string>();
  if (mode === "update") {
    for (const table of state.tables) names.set(table.role, table.sheet);
  }
  const rest = layout.sheets.filter((sheet) => !names.has(sheet.role));
  const taken = new Set([...others, ...names.values()]);
  const free = freeNames(
    rest.map((sheet) => sheet.name),
    taken,
  );
  rest.forEach((sheet, index) => names.set(sheet.role, free[index] ?? sheet.name));
  return names;
}

export function renameByRole(layout: TemplateLayout, finals: Map<SheetRole, string>): TemplateLayout {
  return renameSheets(
    layout,
    new Map(layout.sheets.map((sheet) => [sheet.name, finals.get(sheet.role) ?? sheet.name])),
  );
}
