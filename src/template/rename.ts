/** A layout under other sheet names, formulas that refer to those sheets included. */
import { quotedSheet } from "./address";
import type { CellLayout, TemplateLayout } from "./types";

/** A quoted sheet reference in a formula: 'name'! with quotes inside doubled. */
const sheetReference = /'((?:[^']|'')+)'!/g;

export function renameSheets(layout: TemplateLayout, names: ReadonlyMap<string, string>): TemplateLayout {
  const retarget = (content: CellLayout["content"]): CellLayout["content"] => {
    if (typeof content !== "string" || !content.startsWith("=")) return content;
    return content.replace(sheetReference, (reference, quoted: string) => {
      const renamed = names.get(quoted.replace(/''/g, "'"));
      return renamed === undefined ? reference : `${quotedSheet(renamed)}!`;
    });
  };
  return {
    ...layout,
    sheets: layout.sheets.map((sheet) => ({
      ...sheet,
      name: names.get(sheet.name) ?? sheet.name,
      cells: sheet.cells.map((cell) => ({ ...cell, content: retarget(cell.content) })),
    })),
  };
}
