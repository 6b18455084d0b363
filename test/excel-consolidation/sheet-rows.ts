/** Reading a report sheet as a person does: find the table by its header row, the row by its 代码. */
import type { CellScalar, InMemoryWorkbook } from "../../in-memory-excel";

export const rowsOf = (wb: InMemoryWorkbook, sheet: string): CellScalar[][] => wb.sheet(sheet).toMatrix();

/** The row of `indicatorId` in the table whose header row holds 代码 and `header`, keyed by the header texts. */
export function findRow(
  rows: CellScalar[][],
  indicatorId: string,
  header: string,
): Record<string, CellScalar> {
  const top = rows.findIndex((row) => row.includes("代码") && row.includes(header));
  const titles = (rows[top] ?? []).map(String);
  const code = titles.indexOf("代码");
  for (let r = top + 1; r < rows.length && (rows[r] ?? []).some((v) => v !== ""); r += 1) {
    const row = rows[r] ?? [];
    if (row[code] === indicatorId) return Object.fromEntries(titles.map((title, c) => [title, row[c] ?? ""]));
  }
  throw new Error(`no row for ${indicatorId} under a header with ${header}`);
}

/** The 1-based rows of the table under the header row that starts with `firstHeader` (up to the first blank row). */
export function tableRows(rows: CellScalar[][], firstHeader: string): number[] {
  const top = rows.findIndex((row) => row[0] === firstHeader);
  const found: number[] = [];
  for (let r = top + 1; r < rows.length && (rows[r] ?? []).some((v) => v !== ""); r += 1) found.push(r + 1);
  return found;
}
