/** The whole template for a plan, for all lead units (null) or one: 附件1, 附件2 and the body targets. */
import type { Plan } from "../model/types";
import { annex1Columns, annex1Years, yearlyColumns } from "./columns";
import { linkedActualFormula } from "./formulas";
import { bodyTitle, sheetNames, subtitleOf } from "./messages";
import { annex1Rows, annex2Rows, bodyRows } from "./rows";
import { addressIn, buildTableSheet } from "./table-sheet";
import { headers, templateVersion, type SheetLayout, type TemplateLayout } from "./types";

export interface TemplateOptions {
  /** Only this unit's rows (co-led rows included), or null for every lead unit. */
  leadUnit: string | null;
}

export function buildTemplateLayout(plan: Plan, { leadUnit }: TemplateOptions): TemplateLayout {
  const subtitle = (role: SheetLayout["role"]) => subtitleOf(leadUnit, plan.document, role, templateVersion);
  const annex2 = buildTableSheet({
    role: "annex2",
    name: sheetNames.annex2,
    title: plan.annexTitles["2"],
    subtitle: subtitle("annex2"),
    columns: yearlyColumns(plan.years),
    rows: annex2Rows(plan, leadUnit),
    linkedActual: null,
  });
  const annex1 = buildTableSheet({
    role: "annex1",
    name: sheetNames.annex1,
    title: plan.annexTitles["1"],
    subtitle: subtitle("annex1"),
    columns: annex1Columns(annex1Years.filter((year) => plan.years.includes(year))),
    rows: annex1Rows(plan, leadUnit),
    linkedActual: (indicatorId, year) => {
      const source = addressIn(annex2, indicatorId, headers.actual(year));
      if (source === null) throw new Error(`附件1 的 ${indicatorId} 不在附件2 中（模型有误）`);
      return linkedActualFormula(annex2.name, source);
    },
  });
  const body = buildTableSheet({
    role: "body",
    name: sheetNames.body,
    title: bodyTitle,
    subtitle: subtitle("body"),
    columns: yearlyColumns(plan.years),
    rows: bodyRows(plan, leadUnit),
    linkedActual: null,
  });
  return {
    planId: plan.id,
    version: templateVersion,
    leadUnit,
    sheets: [annex1, annex2, body].filter((sheet) => sheet.indicatorIds.length > 0),
  };
}
