/**
 * The work of 汇总 in the browser, loaded on demand (`import()` from state/actions/consolidate.ts):
 * reading returned files with exceljs and jszip, the consolidation and its workbook description.
 * None of it is in the pane's first load.
 */
import { returnInputOf } from "../consolidation/return-input";
import { consolidate } from "../consolidation/consolidate";
import { consolidationWorkbook } from "../consolidation/report-layout";
import type { ReturnInput } from "../consolidation/types";
import { success, type Result } from "../core/result";
import type { Plan } from "../model/types";
import { refusedBySize } from "../reader/sniff";
import { readReturnBytes } from "../xlsx/read-return";

export { consolidate, consolidationWorkbook };

/** The SHA-256 of the bytes in hex, or "" where the browser offers no digest (a page not served over https). */
async function sha256Of(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return "";
  const digest = new Uint8Array(await subtle.digest("SHA-256", bytes));
  return [...digest].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** A chosen file as the consolidation takes it; refused in words when it is too large or no template. */
export async function readChosenFile(plan: Plan, name: string, file: Blob): Promise<Result<ReturnInput>> {
  const tooLarge = refusedBySize(file.size);
  if (tooLarge) return tooLarge;
  const bytes = new Uint8Array(await file.arrayBuffer());
  const read = await readReturnBytes(plan, bytes);
  if (!read.ok) return read;
  return success(returnInputOf(name, await sha256Of(bytes), read.value));
}
