import type { Finding, Severity } from "../core/validation/types";
import { parseCell, rangeAddress } from "../template/address";
import { fixedFill, inputFill } from "../template/styles";
import { queueProtectAgain, queueUnprotect, type SheetProtection } from "./sheet-protection";
import type { FoundTable } from "./template-tables";

/** Severity colours of a marked cell (Excel's own light red / yellow / blue). */
export const severityFill: Record<Severity, string> = { 错误: "#FFC7CE", 警告: "#FFEB9C", 提示: "#DDEBF7" };
const rank: Record<Severity, number> = { 错误: 0, 警告: 1, 提示: 2 };

/** The protected sheets among the tables, to ask `protectionOf` how to unprotect them. */
export const protectedSheetsOf = (tables: readonly FoundTable[]) =>
  tables
    .filter((table) => table.protectedSheet)
    .map(({ worksheetId, protectionOptions }) => ({ worksheetId, options: protectionOptions }));

/**
 * Queues the marks of one validation: every checked cell gets its plain fill back (a fixed cell loses its
 * mark), then each cell with findings takes the colour of its worst one. A protected sheet (`protections`,
 * from `protectionOf`) is unprotected and protected again as it was around the writes, in the same batch.
 */
export function queueMarks(
  context: Excel.RequestContext,
  tables: readonly FoundTable[],
  findings: readonly Finding[],
  protections: readonly SheetProtection[],
): void {
  const worst = new Map<string, Severity>();
  for (const finding of findings) {
    const key = `${finding.sheet}!${finding.address}`;
    const current = worst.get(key);
    if (current === undefined || rank[finding.severity] < rank[current]) worst.set(key, finding.severity);
  }
  for (const table of tables) {
    const worksheet = context.workbook.worksheets.getItem(table.worksheetId);
    const protection = protections.find((sheet) => sheet.worksheetId === table.worksheetId);
    if (protection) queueUnprotect(context, protection);
    for (const address of columnSpans(table.cells.actuals))
      worksheet.getRange(address).format.fill.color = inputFill;
    for (const address of columnSpans(table.cells.targets))
      worksheet.getRange(address).format.fill.color = fixedFill;
    for (const [key, severity] of worst) {
      const [sheet, address] = splitKey(key);
      if (sheet === table.sheet) worksheet.getRange(address).format.fill.color = severityFill[severity];
    }
    if (protection) queueProtectAgain(context, protection);
  }
}

const splitKey = (key: string): [string, string] => [
  key.slice(0, key.lastIndexOf("!")),
  key.slice(key.lastIndexOf("!") + 1),
];

/**
 * One range per unbroken run of rows in a column ("F4:F44"): resetting a whole table costs a few writes,
 * and resetting two edited rows far apart never touches the marked rows between them.
 */
function columnSpans(cells: readonly { address: string }[]): string[] {
  const rowsByColumn = new Map<number, number[]>();
  for (const { address } of cells) {
    const { row, column } = parseCell(address);
    rowsByColumn.set(column, [...(rowsByColumn.get(column) ?? []), row]);
  }
  return [...rowsByColumn].flatMap(([column, rows]) => {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    const spans: string[] = [];
    let start = 0;
    sorted.forEach((row, index) => {
      if (sorted[index + 1] === row + 1) return;
      spans.push(rangeAddress(sorted[start] ?? row, column, row, column));
      start = index + 1;
    });
    return spans;
  });
}
