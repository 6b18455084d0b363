/** Which indicators each table lists, in the document's order, for all lead units or one. */
import { reportersOf, type Assignments } from "../core/indicator-list";
import type { Indicator, Plan } from "../model/types";

/** A row of a table: one indicator, or the printed name of a split row over its parts. */
export type TableRow = IndicatorRow | GroupRow;

interface RowBase {
  /** The category printed for the row (附件2 action or 附件1 四倍增/五跃升). */
  category: string;
  /** Whether the row is the first of its category (the merged cell holds the text). */
  firstOfCategory: boolean;
}

export interface IndicatorRow extends RowBase {
  kind: "indicator";
  indicator: Indicator;
  /** The indicator's name in this table (prompts and messages use it). */
  name: string;
  /** What the name cell shows: the name, or for a part of a split row its words of the printed name. */
  label: string;
}

/** The printed name of a split row (累计新增营业收入超五百亿级企业（家）/超百亿企业数量（家）), over its parts. */
export interface GroupRow extends RowBase {
  kind: "group";
  label: string;
  /** The parts' indicators (their units and lead units are the group's). */
  parts: Indicator[];
}

/** Who a template is for: one unit (co-led rows included) or every unit (null). */
export interface RowChoice {
  leadUnit: string | null;
  assignments: Assignments;
}

const ledBy =
  ({ leadUnit, assignments }: RowChoice) =>
  (indicator: Indicator) =>
    leadUnit === null || reportersOf(indicator, assignments).includes(leadUnit);

type Unstarted = Omit<IndicatorRow, "firstOfCategory"> | Omit<GroupRow, "firstOfCategory">;

/** Marks the first row of each run of one category (the merged category cell holds its text). */
function withCategoryStarts(rows: Unstarted[]): TableRow[] {
  return rows.map((row, index) => ({ ...row, firstOfCategory: rows[index - 1]?.category !== row.category }));
}

const indicatorRow = (
  indicator: Indicator,
  name: string,
  label = name,
): Omit<IndicatorRow, "firstOfCategory"> => ({
  kind: "indicator",
  indicator,
  category: indicator.category,
  name,
  label,
});

/** The ideographic space that sets a part's words in from its group's printed name. */
const partIndent = "\u3000";

/**
 * 附件2 rows in printed order; a split row gives its printed name as a group label, then one row per
 * part, each labelled with its words of the printed name (超五百亿级企业, 超百亿企业).
 */
export function annex2Rows(plan: Plan, choice: RowChoice): TableRow[] {
  const indicators = plan.indicators
    .filter((indicator) => indicator.annex === 2 && ledBy(choice)(indicator))
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.part ?? 0) - (b.part ?? 0));
  const rows = indicators.flatMap((indicator): Unstarted[] => {
    if (indicator.part === undefined || indicator.partName === undefined)
      return [indicatorRow(indicator, indicator.name)];
    const part = indicatorRow(indicator, indicator.name, `${partIndent}${indicator.partName}`);
    const first = indicators.find((other) => other.row === indicator.row);
    if (first !== indicator) return [part];
    const parts = indicators.filter((other) => other.row === indicator.row);
    return [{ kind: "group", category: indicator.category, label: indicator.printedName, parts }, part];
  });
  return withCategoryStarts(rows);
}

/** 附件1 rows in its own order, named and grouped (四倍增 / 五跃升) as 附件1 prints them. */
export function annex1Rows(plan: Plan, choice: RowChoice): TableRow[] {
  const rows = plan.indicators
    .filter(ledBy(choice))
    .flatMap((indicator) => (indicator.annex1 ? [{ indicator, annex1: indicator.annex1 }] : []))
    .sort((a, b) => a.annex1.row - b.annex1.row)
    .map(({ indicator, annex1 }) => ({
      ...indicatorRow(indicator, annex1.printedName),
      category: annex1.category,
    }));
  return withCategoryStarts(rows);
}

/** Targets found only in the body text (annex null), in the model's order. */
export function bodyRows(plan: Plan, choice: RowChoice): TableRow[] {
  const rows = plan.indicators
    .filter((indicator) => indicator.annex === null && ledBy(choice)(indicator))
    .map((indicator) => indicatorRow(indicator, indicator.name));
  return withCategoryStarts(rows);
}
