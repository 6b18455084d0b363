/** A generated or real plan's template inserted into an in-memory workbook, and its cells found again. */
import { insertLayout } from "../../src/excel/insert-template";
import type { Plan } from "../../src/model/types";
import { cellAddress } from "../../src/template/address";
import { buildTemplateLayout } from "../../src/template/build-layout";
import { headers } from "../../src/template/types";
import type { InMemoryWorkbook } from "../../in-memory-excel";

/** The reporting period the figures are measured for (1–6月 2023, as the product's own tests use). */
export const period = { year: 2023, month: 6 };

/** Inserts the whole template (all lead units, every host feature) the way 插入模板 does. */
export async function insertWholeTemplate(wb: InMemoryWorkbook, plan: Plan): Promise<void> {
  const layout = buildTemplateLayout(plan, { leadUnit: null });
  const request = { layout, mode: "ask" as const, features: { dataValidation: true, pageLayout: true } };
  const outcome = await wb.run((context) => insertLayout(context, request));
  if (outcome.status !== "inserted") throw new Error(`template not inserted: ${outcome.status}`);
}

/** The name of the sheet holding a table, from the template layout of `plan`. */
export function sheetOf(plan: Plan, role: "annex1" | "annex2" | "body"): string {
  const sheet = buildTemplateLayout(plan, { leadUnit: null }).sheets.find((s) => s.role === role);
  if (!sheet) throw new Error(`the template of ${plan.id} has no ${role} sheet`);
  return sheet.name;
}

/** The address of an indicator's actual for `year`, found by the 代码 column and the `2023年实绩` header. */
export function actualCell(wb: InMemoryWorkbook, sheet: string, indicatorId: string, year: number): string {
  const rows = wb.sheet(sheet).toMatrix();
  const headerRow = rows.findIndex((row) => row.includes(headers.id));
  const header = rows[headerRow] ?? [];
  const column = header.indexOf(headers.actual(year));
  const codeColumn = header.indexOf(headers.id);
  const row = rows.findIndex((cells) => cells[codeColumn] === indicatorId);
  if (column < 0 || row < 0)
    throw new Error(`no ${headers.actual(year)} cell for ${indicatorId} in ${sheet}`);
  return cellAddress(row, column);
}
