/**
 * The 报告期 a template states under its title (报告期：2023年1–6月), written from the pane's period
 * or `--period`, and read back from a returned file: its stated period is the one it is validated for.
 * Read by the text of the cell, wherever it is, so a moved cell or another writer's file still reads.
 */
import type { RawCellValue } from "../core/validation/types";
import type { ReportingPeriod } from "../core/reporting-period";
import { headerText } from "./read-headers";

export const periodLabel = "报告期：";

/** 1–6月 of 2023 → "2023年1–6月"; January → "2023年1月"; the whole year → "2023年1–12月". */
export const periodWords = ({ year, month }: ReportingPeriod): string =>
  month === 1 ? `${year}年1月` : `${year}年1–${month}月`;

/** The cell's text; a form without a period leaves blanks to write in by hand. */
export const periodCellText = (period: ReportingPeriod | null): string =>
  `${periodLabel}${period === null ? "＿＿＿＿年1–＿＿月" : periodWords(period)}`;

/**
 * "报告期：2023年1–6月" (or 1-6月, 1至6月, 1~6月, 6月, 2023年, full-width digits) → the period; null when
 * the text states none. A period ending in December is the whole year.
 */
export function parseStatedPeriod(raw: RawCellValue | undefined): ReportingPeriod | null {
  const text = headerText(raw);
  const match = /^报告期[:：]?(\d{4})年(?:(?:1月?[-–—~～至到])?(\d{1,2})月|全年)?(?:份)?$/.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 12 : Number(match[2]);
  return month >= 1 && month <= 12 ? { year, month } : null;
}

/** Where a sheet states its period, if it does. */
export interface StatedPeriod {
  sheet: string;
  /** 0-based row and column within the sheet. */
  row: number;
  column: number;
  period: ReportingPeriod;
}

/** The first cell of these rows (the top of a sheet, as values) that states a period. */
export function statedPeriodIn(
  sheet: string,
  rows: readonly (readonly RawCellValue[])[],
): StatedPeriod | null {
  for (const [row, values] of rows.entries()) {
    for (const [column, value] of values.entries()) {
      const period = parseStatedPeriod(value);
      if (period) return { sheet, row, column, period };
    }
  }
  return null;
}
