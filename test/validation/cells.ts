/** Hand-made template cells for the validator tests: the sheet and address only need to be distinct. */
import { validate } from "../../src/core/validation/validate";
import type { CellsToValidate, Finding, RawCellValue, TemplateCell } from "../../src/core/validation/types";
import { plan } from "../../src/model";

export const sheet = "附件2 目标任务分解";

let nextRow = 4;
export function templateCell(
  indicatorId: string,
  year: number,
  raw: RawCellValue,
  numberFormat = "General",
): TemplateCell {
  nextRow += 1;
  return { sheet, address: `L${nextRow}`, raw, numberFormat, indicatorId, year };
}

/** 报告期 2023年1–6月 unless a test says otherwise. */
export const midYear2023 = { year: 2023, month: 6 };

export function findingsOf(cells: Partial<CellsToValidate>, period = midYear2023): Finding[] {
  return validate(plan, { actuals: cells.actuals ?? [], targets: cells.targets ?? [] }, period);
}

/** The findings of one actual, without the period notes unless asked. */
export function actualFindings(indicatorId: string, year: number, raw: RawCellValue, numberFormat?: string) {
  return findingsOf({ actuals: [templateCell(indicatorId, year, raw, numberFormat)] });
}

export const codesOf = (findings: Finding[]) => findings.map((f) => f.code);
