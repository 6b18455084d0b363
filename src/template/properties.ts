/**
 * What a template records about itself (custom document properties in Excel; a hidden sheet in the
 * exported .xlsx, which exceljs cannot give custom properties): plan id, template version, lead unit,
 * 报告期 and the task force's assignments of B-06/B-07.
 */
import { allLeadUnits } from "./messages";
import { templateProperties, type TemplateLayout } from "./types";

/** The hidden sheet of an exported .xlsx holding the same key/value pairs, one per row. */
export const propertiesSheetName = "BL_模板信息";

const periodKey = (layout: TemplateLayout) =>
  layout.period === null ? "" : `${layout.period.year}-${String(layout.period.month).padStart(2, "0")}`;

/** Key/value pairs in the order they are written; the lead unit reads 全部牵头单位 for all units. */
export function propertyEntriesOf(layout: TemplateLayout): [string, string][] {
  return [
    [templateProperties.planId, layout.planId],
    [templateProperties.version, layout.version],
    [templateProperties.leadUnit, layout.leadUnit ?? allLeadUnits],
    [templateProperties.period, periodKey(layout)],
    [templateProperties.assignments, JSON.stringify(layout.assignments)],
  ];
}
