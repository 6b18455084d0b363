import type { Finding, Severity } from "../core/validation/types";
import { fixedFill, inputFill } from "../template/styles";
import type { FoundTable } from "./template-tables";

/** Severity colours of a marked cell (Excel's own light red / yellow / blue). */
export const severityFill: Record<Severity, string> = { 错误: "#FFC7CE", 警告: "#FFEB9C", 提示: "#DDEBF7" };
const rank: Record<Severity, number> = { 错误: 0, 警告: 1, 提示: 2 };

/**
 * Queues the marks of one validation: every checked cell gets its plain fill back (a fixed cell loses its
 * mark), then each cell with findings takes the colour of its worst one. A protected sheet is unprotected
 * and protected again with its own options around the writes, in the same batch.
 */
export function queueMarks(
  context: Excel.RequestContext,
  tables: readonly FoundTable[],
  findings: readonly Finding[],
  password: string,
): void {
  const worst = new Map<string, Severity>();
  for (const finding of findings) {
    const key = `${finding.sheet}!${finding.address}`;
    const current = worst.get(key);
    if (current === undefined || rank[finding.severity] < rank[current]) worst.set(key, finding.severity);
  }
  for (const table of tables) {
    const worksheet = context.workbook.worksheets.getItem(table.worksheetId);
    if (table.protectedSheet) worksheet.protection.unprotect(password);
    for (const address of columnSpans(table.cells.actuals))
      worksheet.getRange(address).format.fill.color = inputFill;
    for (const address of columnSpans(table.cells.targets))
      worksheet.getRange(address).format.fill.color = fixedFill;
    for (const [key, severity] of worst) {
      const [sheet, address] = splitKey(key);
      if (sheet === table.sheet) worksheet.getRange(address).format.fill.color = severityFill[severity];
    }
    if (table.protectedSheet) worksheet.protection.protect(table.protectionOptions, password || undefined);
  }
}

const splitKey = (key: string): [string, string] => [
  key.slice(0, key.lastIndexOf("!")),
  key.slice(key.lastIndexOf("!") + 1),
];

/** One range per column covering the given cells ("F4:F44"): the reset costs a few writes, not one per cell. */
function columnSpans(cells: readonly { address: string }[]): string[] {
  const spans = new Map<string, [number, number]>();
  for (const { address } of cells) {
    const [, column = "", row = "0"] = /^([A-Z]+)(\d+)$/.exec(address) ?? [];
    const [low, high] = spans.get(column) ?? [Number(row), Number(row)];
    spans.set(column, [Math.min(low, Number(row)), Math.max(high, Number(row))]);
  }
  return [...spans].map(([column, [low, high]]) => `${column}${low}:${column}${high}`);
}
