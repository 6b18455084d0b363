/** The whole template for a plan, for all lead units (null) or one: 附件1, 附件2 and the body targets. */
import { taskForce, type Assignments } from "../core/indicator-list";
import type { ReportingPeriod } from "../core/reporting-period";
import type { Plan } from "../model/types";
import { annex1Columns, yearlyColumns } from "./columns";
import { linkedActualFormula } from "./formulas";
import {
  bodyTitle,
  documentParts,
  documentTexts,
  infoTexts,
  noteTexts,
  pageTexts,
  sheetNames,
} from "./messages";
import { periodCellText, periodWords } from "./report-period";
import { annex1Rows, annex2Rows, bodyRows } from "./rows";
import { addressIn, buildTableSheet, type TableSpec } from "./table-sheet";
import { headers, templateVersion, type SheetLayout, type SheetRole, type TemplateLayout } from "./types";

export interface TemplateOptions {
  /** Only this unit's rows (co-led rows included), or null for every lead unit. */
  leadUnit: string | null;
  /** The 报告期 the sheets state (the pane's period, `--period`); none: a blank to write in. */
  period?: ReportingPeriod | null;
  /** Units the task force chose for indicators without a printed lead unit (B-06, B-07). */
  assignments?: Assignments;
}

const annexTitle = (plan: Plan, role: SheetRole) =>
  role === "annex1" ? plan.annexTitles["1"] : role === "annex2" ? plan.annexTitles["2"] : bodyTitle;

/** What a sheet says about itself besides its table: the line under the title, notes, page header. */
function framing(plan: Plan, role: SheetRole, leadUnit: string | null, period: ReportingPeriod | null) {
  const periodText = period === null ? "" : periodWords(period);
  const notes =
    role === "annex1"
      ? [noteTexts.heading, noteTexts.colours1, noteTexts.remark1]
      : [
          noteTexts.heading,
          noteTexts.colours,
          noteTexts.period(period === null ? null : periodText),
          noteTexts.units,
          noteTexts.remark,
          ...(role === "annex2" ? [noteTexts.linked] : []),
        ];
  const title = annexTitle(plan, role);
  return {
    name: sheetNames[role],
    title,
    info: {
      unit: infoTexts.unit(leadUnit),
      period: periodCellText(period),
      basis: infoTexts.basis(plan.document, role),
    },
    notes,
    page: {
      title: role === "body" ? title : `${documentParts[role]}\u3000${title}`,
      unitAndPeriod: pageTexts.unitAndPeriod(leadUnit, periodText || "＿＿＿＿"),
      basis: infoTexts.basis(plan.document, role),
      pageOf: pageTexts.pageOf,
    },
  } satisfies Partial<TableSpec>;
}

export function buildTemplateLayout(plan: Plan, options: TemplateOptions): TemplateLayout {
  const { leadUnit } = options;
  const period = options.period ?? null;
  const assignments = options.assignments ?? {};
  const choice = { leadUnit, assignments };
  const frame = (role: SheetRole) => ({ role, ...framing(plan, role, leadUnit, period), assignments });
  const annex2 = buildTableSheet({
    ...frame("annex2"),
    columns: yearlyColumns(plan.years),
    rows: annex2Rows(plan, choice),
    linkedActual: null,
  });
  const annex1 = buildTableSheet({
    ...frame("annex1"),
    columns: annex1Columns(plan.annex1Years.filter((year) => plan.years.includes(year))),
    rows: annex1Rows(plan, choice),
    linkedActual: (indicatorId, year) => {
      const source = addressIn(annex2, indicatorId, headers.actual(year));
      if (source === null) throw new Error(`附件1 的 ${indicatorId} 不在附件2 中（模型有误）`);
      return linkedActualFormula(annex2.name, source);
    },
  });
  const body = buildTableSheet({
    ...frame("body"),
    columns: yearlyColumns(plan.years),
    rows: bodyRows(plan, choice),
    linkedActual: null,
  });
  const sheets: SheetLayout[] = [annex1, annex2, body].filter((sheet) => sheet.indicatorIds.length > 0);
  return {
    planId: plan.id,
    version: templateVersion,
    leadUnit,
    period,
    assignments,
    documentProperties: {
      title: documentTexts.title(plan.title, leadUnit),
      subject: documentTexts.subject(plan.document),
      author: taskForce,
    },
    sheets,
  };
}

const built = new WeakMap<Plan, Map<string, TemplateLayout>>();

/**
 * The template of a unit (null: every lead unit) for a period (null: none stated), without assignments,
 * built once per plan, unit and period: the offline page and 汇总 ask for the same few many times.
 * Layouts are never changed in place, so one may be shared.
 */
export function templateLayoutFor(
  plan: Plan,
  leadUnit: string | null,
  period: ReportingPeriod | null = null,
): TemplateLayout {
  const byKey = built.get(plan) ?? new Map<string, TemplateLayout>();
  built.set(plan, byKey);
  const key = `${leadUnit ?? ""}|${period ? `${period.year}-${period.month}` : ""}`;
  const known = byKey.get(key);
  if (known) return known;
  const layout = buildTemplateLayout(plan, { leadUnit, period });
  byKey.set(key, layout);
  return layout;
}
