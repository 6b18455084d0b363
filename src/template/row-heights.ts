/** Row heights that fit each cell's wrapped text, a merged cell's text over all the rows it spans. */
import { rectangleOf, type Rectangle } from "./address";
import { styleLooks } from "./styles";
import { heightOf, linesOf } from "./text-lines";
import type { CellLayout } from "./types";

/** The text a cell shows for measuring: formulas and numbers are short figures (one line). */
const shownText = (content: CellLayout["content"]): string =>
  typeof content === "string" && !content.startsWith("=") ? content : "0";

/** Heights (points) of rows `first`…`last` for these cells; `merges` widen or deepen a cell. */
export function rowHeightsOf(
  cells: readonly CellLayout[],
  merges: readonly string[],
  widths: readonly number[],
  first: number,
  last: number,
): Map<number, number> {
  const spans = new Map<string, Rectangle>();
  for (const merge of merges) {
    const rectangle = rectangleOf(merge);
    spans.set(`${rectangle.top}:${rectangle.left}`, rectangle);
  }
  const heights = new Map<number, number>();
  for (let row = first; row <= last; row += 1) heights.set(row, heightOf(1, styleLooks.label.fontSize));
  const deep: { rectangle: Rectangle; needed: number }[] = [];
  for (const cell of cells) {
    if (cell.row < first || cell.row > last || cell.content === null) continue;
    const rectangle = spans.get(`${cell.row}:${cell.column}`) ?? {
      top: cell.row,
      left: cell.column,
      bottom: cell.row,
      right: cell.column,
    };
    const width = widths.slice(rectangle.left, rectangle.right + 1).reduce((sum, w) => sum + w, 0);
    const size = styleLooks[cell.style].fontSize;
    const needed = heightOf(linesOf(shownText(cell.content), width, size), size);
    if (rectangle.bottom > rectangle.top) deep.push({ rectangle, needed });
    else heights.set(cell.row, Math.max(heights.get(cell.row) ?? 0, needed));
  }
  for (const { rectangle, needed } of deep) {
    let total = 0;
    for (let row = rectangle.top; row <= rectangle.bottom; row += 1) total += heights.get(row) ?? 0;
    const bottom = Math.min(rectangle.bottom, last);
    if (total < needed) heights.set(bottom, (heights.get(bottom) ?? 0) + needed - total);
  }
  return heights;
}
