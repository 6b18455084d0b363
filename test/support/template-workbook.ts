import { createInMemoryWorkbook, type InMemoryWorkbook } from "../../in-memory-excel";
import { excelWorkbook } from "../../src/excel/open-host";
import type { WorkbookOperations } from "../../src/host/contract";
import { cellAddress } from "../../src/template/address";

export const annex2 = "附件2 目标任务分解";

export interface TemplateWorkbook {
  wb: InMemoryWorkbook;
  ops: WorkbookOperations;
  /** The address of an indicator's cell in a sheet, found by the 代码 column and the header text. */
  addressOf(sheet: string, indicatorId: string, header: string): string;
}

/** A workbook with the whole template inserted (all lead units), and a way to find its cells. */
export async function templateWorkbook(options: { password?: string } = {}): Promise<TemplateWorkbook> {
  const wb = createInMemoryWorkbook();
  const ops = excelWorkbook(wb.run, { dataValidation: true, pageLayout: true });
  const outcome = await ops.insertTemplate({ leadUnit: null, mode: "ask", ...options });
  if (outcome.status !== "inserted") throw new Error(`template not inserted: ${outcome.status}`);
  wb.resetCounters();
  function addressOf(sheet: string, indicatorId: string, header: string): string {
    const rows = wb.sheet(sheet).toMatrix();
    const headerRow = rows.findIndex((row) => row.includes("代码"));
    const column = rows[headerRow]?.indexOf(header) ?? -1;
    const codeColumn = rows[headerRow]?.indexOf("代码") ?? -1;
    const row = rows.findIndex((r) => r[codeColumn] === indicatorId);
    if (column < 0 || row < 0) throw new Error(`no cell for ${indicatorId} / ${header} in ${sheet}`);
    return cellAddress(row, column);
  }
  return { wb, ops, addressOf };
}
