/** The template's cell looks (src/template/styles.ts) on an Excel range: one region, a few properties. */
import { styleLooks } from "../template/styles";
import type { CellStyle } from "../template/types";

export function applyLook(range: Excel.Range, style: CellStyle): void {
  const look = styleLooks[style];
  const format = range.format;
  format.font.bold = look.bold;
  format.font.size = look.fontSize;
  if (look.fontColor) format.font.color = look.fontColor;
  if (look.fill) format.fill.color = look.fill;
  format.horizontalAlignment = look.horizontal === "left" ? "Left" : "Center";
  format.verticalAlignment = "Center";
  format.wrapText = look.wrap;
}

const gridLines: Parameters<Excel.RangeBorderCollection["getItem"]>[0][] = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
];

/** Thin grey lines around and between every cell of a table. */
export function applyGrid(range: Excel.Range): void {
  for (const line of gridLines) {
    const border = range.format.borders.getItem(line);
    border.style = "Continuous";
    border.weight = "Thin";
    border.color = "#808080";
  }
}

/** Excel column widths are in points; the layout's are in characters (about 6 points each). */
export const pointsPerCharacter = 6;
