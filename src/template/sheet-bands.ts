/**
 * The parts of a sheet around its table: the line under the title (填报单位, 报告期, 依据), the 填报说明
 * below the table and the sign-off block under it. Each is laid out over the table's column widths.
 */
import { rangeAddress } from "./address";
import { signOffLabels } from "./messages";
import { styleLooks } from "./styles";
import { charactersFor, heightOf, linesOf } from "./text-lines";
import type { CellLayout, CellStyle, StyleRegion } from "./types";

/** Cells, merges, style regions and row heights of a band of rows. */
export interface Band {
  cells: CellLayout[];
  merges: string[];
  regions: StyleRegion[];
  heights: Map<number, number>;
}

interface Span {
  first: number;
  last: number;
}

const widthOfSpan = (widths: readonly number[], { first, last }: Span) =>
  widths.slice(first, last + 1).reduce((sum, width) => sum + width, 0);

/** One cell over a span of columns of a row: its content in the first column, merged over the rest. */
function spanCell(
  row: number,
  span: Span,
  content: string | null,
  style: CellStyle,
  band: Band,
  locked = !styleLooks[style].input,
): void {
  band.cells.push({ row, column: span.first, content, style, locked });
  const range = rangeAddress(row, span.first, row, span.last);
  if (span.last > span.first) band.merges.push(range);
  band.regions.push({ range, style });
}

const emptyBand = (): Band => ({ cells: [], merges: [], regions: [], heights: new Map() });

/** Columns from `from` (leftwards when `step` is -1) until they are `needed` characters wide. */
function spanFrom(widths: readonly number[], from: number, step: 1 | -1, needed: number): Span {
  let edge = from;
  let width = widths[from] ?? 0;
  while (width < needed && widths[edge + step] !== undefined) {
    edge += step;
    width += widths[edge] ?? 0;
  }
  return step === 1 ? { first: from, last: edge } : { first: edge, last: from };
}

export interface InfoTexts {
  unit: string;
  period: string;
  basis: string;
}

/** 填报单位 on the left, 报告期 in the middle, 依据 on the right of the line under the title. */
export function infoBand(row: number, widths: readonly number[], texts: InfoTexts): Band {
  const band = emptyBand();
  const size = styleLooks.info.fontSize;
  const left = spanFrom(widths, 0, 1, charactersFor(texts.unit, size));
  const right = spanFrom(widths, widths.length - 1, -1, charactersFor(texts.basis, size));
  const middle = { first: left.last + 1, last: Math.max(left.last + 1, right.first - 1) };
  spanCell(row, left, texts.unit, "info", band);
  spanCell(row, middle, texts.period, "period", band);
  if (right.first > middle.last) spanCell(row, right, texts.basis, "basis", band);
  band.heights.set(row, heightOf(1, size) + 3);
  return band;
}

/** Where the 报告期 cell of the line under the title is (its first column). */
export const periodColumnOf = (band: Band): number =>
  band.cells.find((cell) => cell.style === "period")?.column ?? 0;

/** The 填报说明: one line per point, across the whole table width, wrapped. */
export function notesBand(firstRow: number, widths: readonly number[], notes: readonly string[]): Band {
  const band = emptyBand();
  const all = { first: 0, last: widths.length - 1 };
  const size = styleLooks.note.fontSize;
  notes.forEach((note, index) => {
    spanCell(firstRow + index, all, note, "note", band);
    band.heights.set(firstRow + index, heightOf(linesOf(note, widthOfSpan(widths, all), size), size));
  });
  return band;
}

/** A field of the sign-off block: its label and the least width (characters) of its blank. */
interface Field {
  label: string;
  blank: number;
}

const signOffRows: Field[][] = [
  [
    { label: signOffLabels.unit, blank: 16 },
    { label: signOffLabels.date, blank: 10 },
  ],
  [
    { label: signOffLabels.preparer, blank: 8 },
    { label: signOffLabels.phone, blank: 12 },
    { label: signOffLabels.reviewer, blank: 8 },
  ],
];

/**
 * One line of the sign-off block: each label over the columns its text needs, its blank from there
 * to about an equal share of the width (never less than its least width), the last blank to the end.
 */
function signOffLine(row: number, widths: readonly number[], fields: readonly Field[], band: Band): void {
  const size = styleLooks.signLabel.fontSize;
  const lastColumn = widths.length - 1;
  const total = widthOfSpan(widths, { first: 0, last: lastColumn });
  let next = 0;
  fields.forEach((field, index) => {
    const label = spanFrom(widths, next, 1, charactersFor(field.label, size));
    const share = (total * (index + 1)) / fields.length;
    const isLast = index === fields.length - 1;
    const blank = { first: Math.min(label.last + 1, lastColumn), last: Math.min(label.last + 1, lastColumn) };
    const short = () => widthOfSpan(widths, blank) < field.blank;
    const belowShare = () =>
      widthOfSpan(widths, { first: 0, last: blank.last }) + (widths[blank.last + 1] ?? 0) / 2 < share;
    while (blank.last < lastColumn && (isLast || short() || belowShare())) blank.last += 1;
    spanCell(row, label, field.label, "signLabel", band);
    spanCell(row, blank, null, "signInput", band);
    next = blank.last + 1;
  });
}

/**
 * 填报单位（盖章）and 填报日期 on the first line (tall enough to stamp), 填报人, 联系电话 and 审核人 on the
 * second: each a label and a blank to write in, spread over the table's width. The blanks are unlocked.
 */
export function signOffBand(firstRow: number, widths: readonly number[]): Band {
  const band = emptyBand();
  const size = styleLooks.signLabel.fontSize;
  signOffRows.forEach((fields, index) => {
    const row = firstRow + index;
    signOffLine(row, widths, fields, band);
    band.heights.set(row, index === 0 ? 36 : heightOf(1, size) + 6);
  });
  return band;
}

/** Labels of the sign-off block, in order (for tests and readers). */
export const signOffFields = signOffRows.flat().map((field) => field.label);
