/** Cell looks (src/template/styles.ts, the reports' in src/consolidation) in exceljs terms. */
import type ExcelJS from "exceljs";
import type { CellLook } from "../template/styles";

const argb = (hex: string) => `FF${hex.slice(1)}`;

const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };

const borders: Record<"grid" | "under", Partial<ExcelJS.Borders>> = {
  grid: { top: thin, left: thin, bottom: thin, right: thin },
  under: { bottom: thin },
};

/** A template style's look, or a report's, on one exceljs cell. */
export function applyLook(cell: ExcelJS.Cell, look: CellLook): void {
  cell.font = {
    name: look.font.name,
    family: look.font.family,
    charset: look.font.charset,
    bold: look.bold,
    size: look.fontSize,
    ...(look.fontColor ? { color: { argb: argb(look.fontColor) } } : {}),
  };
  cell.alignment = { horizontal: look.horizontal, vertical: "middle", wrapText: look.wrap };
  if (look.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
  if (look.border !== "none") cell.border = borders[look.border];
}
