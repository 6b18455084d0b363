/**
 * How a table prints on A4 landscape: the scale that fits it one page wide (so body text prints at
 * 10 pt × scale, at least 8 pt), where pages break (never inside the 填报说明 and sign-off), and the page
 * header (title, unit, 报告期) and footer (第 N 页 共 M 页) in Excel's header codes.
 */
import { fonts } from "./styles";
import { widestPointsPerCharacter } from "./text-lines";
import type { HeaderFooterText, PageSetup } from "./types";

/** A4 landscape in points. */
const paper = { width: 841.89, height: 595.28 };

/** Margins (inches): Excel's “窄” 0.25 left and right; 0.6 above and below, the header and footer in it. */
export const margins: PageSetup["margins"] = {
  left: 0.25,
  right: 0.25,
  top: 0.6,
  bottom: 0.6,
  header: 0.25,
  footer: 0.25,
};

const points = (inches: number) => inches * 72;

/** Points between the left and right margins. */
export const printableWidth = paper.width - points(margins.left) - points(margins.right);

/** The largest whole percent (at most 100) at which the columns fit the printable width in any host. */
export function scaleFor(columnWidths: readonly number[]): number {
  const sheetWidth = columnWidths.reduce((sum, width) => sum + width, 0) * widestPointsPerCharacter;
  return Math.min(100, Math.floor((printableWidth / sheetWidth) * 100));
}

/** What may not be cut by a page break: the rows of one category are best kept, the sign-off must be. */
export interface Pagination {
  rowHeights: readonly number[];
  scale: number;
  /** The first row a page may start with (rows above print on the first page). */
  firstBreakable: number;
  /** Height of the rows repeated at the top of every page (the column headers). */
  repeatedHeight: number;
  /** Rows from here to the end print together (填报说明 and sign-off). */
  keepFrom: number;
}

/** Pages fill to 96% of their height, leaving room for hosts that lay rows out a little taller. */
const fill = 0.96;

/** Rows (0-based) that start a new page. */
export function pageBreaks({
  rowHeights,
  scale,
  firstBreakable,
  repeatedHeight,
  keepFrom,
}: Pagination): number[] {
  const printable = (paper.height - points(margins.top) - points(margins.bottom)) / (scale / 100);
  const capacity = printable * fill;
  const breaks: number[] = [];
  const kept = rowHeights.slice(keepFrom).reduce((sum, height) => sum + height, 0);
  let used = 0;
  rowHeights.forEach((height, row) => {
    const needed = row === keepFrom ? kept : row > keepFrom ? 0 : height;
    const breakable = row >= firstBreakable && row <= keepFrom;
    if (breakable && used + needed > capacity && used > repeatedHeight) {
      breaks.push(row);
      used = repeatedHeight;
    }
    used += needed;
  });
  return breaks;
}

/** A header or footer section: the font and size codes, then the text ("&" doubled, as Excel reads it). */
function section(text: string, size: number, bold = false): string {
  if (text === "") return "";
  const escaped = text.replace(/&(?![PN])/g, "&&");
  return `&"${fonts.song.name},${bold ? "Bold" : "Regular"}"&${size} ${escaped}`;
}

/** Header: the table's title on the left, unit and 报告期 on the right. Footer: 依据 and 第 N 页 共 M 页. */
export function headerFooterOf(texts: {
  title: string;
  unitAndPeriod: string;
  basis: string;
  pageOf: string;
}): { header: HeaderFooterText; footer: HeaderFooterText } {
  return {
    header: { left: section(texts.title, 10, true), center: "", right: section(texts.unitAndPeriod, 10) },
    footer: { left: section(texts.basis, 10), center: section(texts.pageOf, 10), right: "" },
  };
}
