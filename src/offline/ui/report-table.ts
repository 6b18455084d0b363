/**
 * A sheet of the 汇总 description (进度总览, 数据来源) as the page shows it: its rows cut into blocks
 * where the sheet leaves a blank row or starts a heading, so each small table gets its own columns;
 * a header row starts a table, a heading row is a heading, a paragraph a paragraph.
 */
import type { ReportCell, ReportSheet } from "../../consolidation/report-layout";
import { formatFigure } from "../report-format";
import { h } from "./dom";

const cellText = (cell: ReportCell) =>
  cell.value === null
    ? ""
    : typeof cell.value === "number"
      ? formatFigure(cell.value, cell.numberFormat)
      : cell.value;

const isHeader = (cells: readonly ReportCell[]) =>
  cells.length > 0 && cells.every((cell) => cell.style === "header");

function table(header: readonly ReportCell[], rows: readonly ReportCell[][]) {
  const width = header.length;
  return h(
    "div",
    { class: "table-box" },
    h(
      "table",
      { class: "report" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          header.map((cell) => h("th", { scope: "col" }, cellText(cell))),
        ),
      ),
      h(
        "tbody",
        {},
        rows.map((cells) =>
          cells[0]?.style === "group"
            ? h("tr", { class: "group" }, h("th", { scope: "colgroup", colspan: width }, cellText(cells[0])))
            : h(
                "tr",
                {},
                cells.map((cell) => h("td", { class: `r-${cell.style}` }, cellText(cell))),
              ),
        ),
      ),
    ),
  );
}

/** The sheet's rows from `from` on (its own title rows are the page's headings). */
export function reportBlocks(sheet: ReportSheet, from = 0): HTMLElement[] {
  const blocks: HTMLElement[] = [];
  let header: ReportCell[] | null = null;
  let rows: ReportCell[][] = [];
  const close = () => {
    if (header) blocks.push(table(header, rows));
    header = null;
    rows = [];
  };
  for (const cells of sheet.rows.slice(from)) {
    const first = cells[0];
    if (!first) close();
    else if (isHeader(cells)) {
      close();
      header = cells;
    } else if (first.style === "heading" || first.style === "title") {
      close();
      blocks.push(h("h4", {}, cellText(first)));
    } else if (first.style === "paragraph" || first.style === "subtitle" || header === null) {
      close();
      blocks.push(h("p", {}, cells.map(cellText).join(" ")));
    } else rows.push(cells);
  }
  close();
  return blocks;
}
