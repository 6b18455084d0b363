/** Finds a table's columns by their header text, wherever they are, for the table readers. */
import type { RawCellValue } from "../core/validation/types";
import { headers } from "./types";

/** Header texts as compared: NFKC, no whitespace (a header may be wrapped onto two lines). */
export const headerText = (raw: RawCellValue | undefined): string =>
  String(raw ?? "")
    .normalize("NFKC")
    .replace(/\s+/g, "");

export interface TableColumns {
  /** 0-based column of 代码 within the table, or null when the header row has none. */
  id: number | null;
  /** Columns of `2023年目标` and `2023年实绩` by year, for the years that have one. */
  target: Map<number, number>;
  actual: Map<number, number>;
}

export function findColumns(headerRow: readonly RawCellValue[], years: readonly number[]): TableColumns {
  const texts = headerRow.map(headerText);
  const columnOf = (text: string): number | null => {
    const index = texts.indexOf(headerText(text));
    return index < 0 ? null : index;
  };
  const byYear = (header: (year: number) => string) =>
    new Map(
      years.flatMap((year): [number, number][] => {
        const column = columnOf(header(year));
        return column === null ? [] : [[year, column]];
      }),
    );
  return { id: columnOf(headers.id), target: byYear(headers.target), actual: byYear(headers.actual) };
}
