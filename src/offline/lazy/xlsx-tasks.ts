/**
 * Everything the offline page does with .xlsx files, in the one module loaded on first use (it alone
 * reaches exceljs and jszip): read a returned file from its bytes, write a template (empty or
 * filled), write the 汇总 workbook. The decisions stay in the pure layers; this only moves bytes.
 */
import type { ConsolidationWorkbook } from "../../consolidation/report-layout";
import type { Result } from "../../core/result";
import type { Plan } from "../../model/types";
import type { TemplateLayout } from "../../template/types";
import { buildConsolidationFile } from "../../xlsx/write-consolidation";
import { readReturnBytes, type ReturnFile } from "../../xlsx/read-return";
import { buildTemplateWorkbook } from "../../xlsx/write-template";

export function readReturned(plan: Plan, bytes: Uint8Array): Promise<Result<ReturnFile>> {
  return readReturnBytes(plan, bytes);
}

/**
 * The template as `npm run template` writes it. Carried actuals are written as values, so text that
 * begins with "=" stays text and never becomes a formula (src/xlsx/write-template-sheet.ts).
 */
export async function templateBytes(layout: TemplateLayout): Promise<Uint8Array> {
  const workbook = await buildTemplateWorkbook(layout);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function consolidationBytes(description: ConsolidationWorkbook): Promise<Uint8Array> {
  const workbook = await buildConsolidationFile(description);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
