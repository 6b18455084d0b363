/** A sheet of the 汇总 description (进度总览, 数据来源) as an HTML table: its rows, styles and number formats. */
import type { ReportCell, ReportSheet } from "../../consolidation/report-layout";
import { formatFigure } from "../report-format";
import { h } from "./dom";

const cellText = (cell: ReportCell) =>
  cell.value === null
    ? ""
    : typeof cell.value === "number"
      ? formatFigure(cell.value, cell.numberFormat)
      : cell.value;

/** Rows from `from` on (the sheet's own title rows are the page's headings); a header row becomes <th>s. */
export function reportTable(sheet: ReportSheet, from = 0): HTMLElement {
  const rows = sheet.rows.slice(from);
  return h(
    "div",
    { class: "table-box" },
    h(
      "table",
      { class: "report" },
      h(
        "tbody",
        {},
        rows.map((cells) => {
          if (cells.length === 0) return null;
          const header = cells.every((cell) => cell.style === "header");
          return h(
            "tr",
            { class: cells[0]?.style === "group" ? "group" : "" },
            cells.map((cell) =>
              header
                ? h("th", { scope: "col" }, cellText(cell))
                : h(
                    "td",
                    {
                      class: `r-${cell.style}`,
                      colspan:
                        cell.style === "group" || cell.style === "heading" || cell.style === "paragraph"
                          ? Math.max(1, sheet.columnWidths.length)
                          : null,
                    },
                    cellText(cell),
                  ),
            ),
          );
        }),
      ),
    ),
  );
}
