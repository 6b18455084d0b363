/** Which indicators each table lists, in the document's order, for all lead units or one. */
import type { Indicator, Plan } from "../model/types";
import type { TableRow } from "./table-cells";

const ledBy = (leadUnit: string | null) => (indicator: Indicator) =>
  leadUnit === null || indicator.lead.includes(leadUnit);

/** Marks the first row of each run of one category (the merged category cell holds its text). */
function withCategoryStarts(rows: Omit<TableRow, "firstOfCategory">[]): TableRow[] {
  return rows.map((row, index) => ({ ...row, firstOfCategory: rows[index - 1]?.category !== row.category }));
}

/** 附件2 rows in printed order; a split row gives one row per part, each named for its part. */
export function annex2Rows(plan: Plan, leadUnit: string | null): TableRow[] {
  const rows = plan.indicators
    .filter((indicator) => indicator.annex === 2 && ledBy(leadUnit)(indicator))
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.part ?? 0) - (b.part ?? 0))
    .map((indicator) => ({ indicator, category: indicator.category, name: indicator.name }));
  return withCategoryStarts(rows);
}

/** 附件1 rows in its own order, named and grouped (四倍增 / 五跃升) as 附件1 prints them. */
export function annex1Rows(plan: Plan, leadUnit: string | null): TableRow[] {
  const rows = plan.indicators
    .filter(ledBy(leadUnit))
    .flatMap((indicator) => (indicator.annex1 ? [{ indicator, annex1: indicator.annex1 }] : []))
    .sort((a, b) => a.annex1.row - b.annex1.row)
    .map(({ indicator, annex1 }) => ({ indicator, category: annex1.category, name: annex1.printedName }));
  return withCategoryStarts(rows);
}

/** Targets found only in the body text (annex null), in the model's order. */
export function bodyRows(plan: Plan, leadUnit: string | null): TableRow[] {
  const rows = plan.indicators
    .filter((indicator) => indicator.annex === null && ledBy(leadUnit)(indicator))
    .map((indicator) => ({ indicator, category: indicator.category, name: indicator.name }));
  return withCategoryStarts(rows);
}
