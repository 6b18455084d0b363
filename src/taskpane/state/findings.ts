import type { Finding, TemplateCell } from "../../core/validation/types";
import { parseCell } from "../../template/address";

const rowKey = (sheet: string, address: string) => `${sheet}!${parseCell(address).row}`;
const cellKey = (cell: { sheet: string; address: string }) => `${cell.sheet}!${cell.address}`;

/** Counts of 错误, 警告 and 提示. */
export function summarize(findings: readonly Finding[]): [number, number, number] {
  const count = (severity: Finding["severity"]) => findings.filter((f) => f.severity === severity).length;
  return [count("错误"), count("警告"), count("提示")];
}

/** The year's actuals that are numbers, by indicator id (text and blanks are findings, not progress). */
export function progressActuals(actuals: readonly TemplateCell[], year: number): Map<string, number> {
  const numbers = actuals.filter((cell) => cell.year === year && typeof cell.raw === "number");
  return new Map(numbers.map((cell) => [cell.indicatorId, cell.raw as number]));
}

/** Replaces what was known about the re-read rows with what was just read. */
export function mergeRows<T extends { sheet: string; address: string }>(
  previous: readonly T[],
  reread: readonly TemplateCell[],
  fresh: readonly T[],
): T[] {
  const rows = new Set(reread.map((cell) => rowKey(cell.sheet, cell.address)));
  return [...previous.filter((item) => !rows.has(rowKey(item.sheet, item.address))), ...fresh];
}

/** Findings sorted by sheet, then row, then column, so the list reads like the sheet. */
export function inSheetOrder(findings: readonly Finding[]): Finding[] {
  const position = (f: Finding) => {
    const { row, column } = parseCell(f.address);
    return row * 16384 + column;
  };
  return [...findings].sort((a, b) => a.sheet.localeCompare(b.sheet) || position(a) - position(b));
}

export const sameCell = (a: { sheet: string; address: string }, b: { sheet: string; address: string }) =>
  cellKey(a) === cellKey(b);
