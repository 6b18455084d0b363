import type { Finding, TemplateCell } from "../../core/validation/types";
import { countOf } from "../../core/validation/finding";
import { parseCell } from "../../template/address";

const rowKey = (sheet: string, address: string) => `${sheet}!${parseCell(address).row}`;

/** Counts of 错误, 警告 and 提示. */
export function summarize(findings: readonly Finding[]): [number, number, number] {
  return [countOf(findings, "错误"), countOf(findings, "警告"), countOf(findings, "提示")];
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

/**
 * Each cell (and each finding of a cell) once: a live re-validation of two edits in one row reads
 * that row twice (src/excel/revalidate-edits.ts reads a row per edit).
 */
export function distinctCells<T extends { sheet: string; address: string; code?: string }>(
  items: readonly T[],
): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.sheet}!${item.address}|${item.code ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Findings sorted by sheet, then row, then column, so the list reads like the sheet. */
export function inSheetOrder(findings: readonly Finding[]): Finding[] {
  const position = (f: Finding) => {
    const { row, column } = parseCell(f.address);
    return row * 16384 + column;
  };
  return [...findings].sort((a, b) => a.sheet.localeCompare(b.sheet) || position(a) - position(b));
}
