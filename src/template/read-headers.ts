/**
 * Finds a table's columns by their header text, wherever they are, for the table readers and for an
 * update that carries actuals. Headers are recognised as people leave them: full-width digits,
 * spaces, a line break, or a note after the header (`2023年实绩（1–6月）`).
 */
import type { RawCellValue } from "../core/validation/types";
import { headers } from "./types";

/** Header texts as compared: NFKC, no whitespace (a header may be wrapped onto two lines). */
export const headerText = (raw: RawCellValue | undefined): string =>
  String(raw ?? "")
    .normalize("NFKC")
    .replace(/\s+/g, "");

export type YearColumnKind = "target" | "actual" | "attainment";

/** `2023年目标`, `2023年实绩` (some units write 完成值 or 完成数), `2023年完成率`, with anything after. */
const YEAR_HEADER = /^(\d{4})年(目标值?|实绩|完成值|完成数|完成率)(.*)$/;
const kindOf = (word: string): YearColumnKind =>
  word.startsWith("目标") ? "target" : word === "完成率" ? "attainment" : "actual";

export interface YearHeader {
  year: number;
  kind: YearColumnKind;
  /** What follows the header's words ("(1–6月)"), "" when the header is exactly the template's. */
  note: string;
}

export function yearHeaderOf(raw: RawCellValue | undefined): YearHeader | null {
  const match = YEAR_HEADER.exec(headerText(raw));
  if (!match) return null;
  const [, year = "", word = "", note = ""] = match;
  return { year: Number(year), kind: kindOf(word), note };
}

/** A year column whose header was edited: kept and read, and said. */
export interface EditedHeader {
  column: number;
  text: string;
  year: number;
  kind: YearColumnKind;
}

export interface TableColumns {
  /** 0-based column of 代码 within the table, or null when the header row has none. */
  id: number | null;
  /** Whether the header row has a 2020年基数 column (附件1's layout). */
  baseline: boolean;
  /** Columns of `2023年目标` and `2023年实绩` by year. */
  target: Map<number, number>;
  actual: Map<number, number>;
  /** Year columns read although their header is not the template's exact text. */
  edited: EditedHeader[];
  /** A second column with the same year and kind: not read (the first one is), and said. */
  repeated: EditedHeader[];
}

export function findColumns(headerRow: readonly RawCellValue[]): TableColumns {
  const texts = headerRow.map(headerText);
  const idColumn = texts.indexOf(headerText(headers.id));
  const found: TableColumns = {
    id: idColumn < 0 ? null : idColumn,
    baseline: texts.includes(headerText(headers.baseline)),
    target: new Map(),
    actual: new Map(),
    edited: [],
    repeated: [],
  };
  // Exact headers first, so that `2023年实绩` wins over `2023年实绩（上年同期）` wherever they stand.
  const parsed = headerRow
    .map((raw, column) => ({ column, text: String(raw ?? ""), header: yearHeaderOf(raw) }))
    .filter((entry): entry is { column: number; text: string; header: YearHeader } => entry.header !== null)
    .sort((a, b) => Number(a.header.note !== "") - Number(b.header.note !== "") || a.column - b.column);
  for (const { column, text, header } of parsed) {
    if (header.kind === "attainment") continue;
    const columns = found[header.kind];
    const described = { column, text, year: header.year, kind: header.kind };
    if (columns.has(header.year)) {
      found.repeated.push(described);
      continue;
    }
    columns.set(header.year, column);
    if (header.note !== "") found.edited.push(described);
  }
  // By year, as the plan lists them: cells and findings come in year order.
  const byYear = (columns: Map<number, number>) => new Map([...columns].sort(([a], [b]) => a - b));
  return { ...found, target: byYear(found.target), actual: byYear(found.actual) };
}
