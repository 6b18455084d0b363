/**
 * What the template recorded about itself when it was made (custom document properties in Excel, the
 * information sheet of an exported file): the plan, the version, the lead unit and who reports the
 * indicators without a printed lead unit. From it the reader knows which rows each table should have.
 */
import { assignmentsOf, type Assignments } from "../core/indicator-list";
import type { Plan } from "../model/types";
import { allLeadUnits } from "../template/messages";
import { annex1Rows, annex2Rows, bodyRows } from "../template/rows";
import { templateProperties, type SheetRole } from "../template/types";
import type { TableContext } from "./read-table";
import type { TemplateRecord } from "./types";

function assignmentsIn(text: string | undefined): Assignments {
  try {
    return assignmentsOf(JSON.parse(text ?? "{}"));
  } catch {
    return {};
  }
}

export function templateRecordOf(properties: Readonly<Record<string, string>>): TemplateRecord | null {
  const planId = properties[templateProperties.planId] ?? null;
  const version = properties[templateProperties.version] ?? null;
  const unit = properties[templateProperties.leadUnit];
  if (planId === null && version === null && unit === undefined) return null;
  return {
    planId,
    version,
    leadUnit: unit === undefined || unit === allLeadUnits ? null : unit,
    assignments: assignmentsIn(properties[templateProperties.assignments]),
  };
}

const rowsOf = { annex1: annex1Rows, annex2: annex2Rows, body: bodyRows } as const;

/** The indicator rows a template made for the record's unit holds, built once per plan, role and record. */
const expectedCache = new WeakMap<Plan, Map<string, readonly string[]>>();
function expectedRows(plan: Plan, role: SheetRole, record: TemplateRecord): readonly string[] {
  const byKey = expectedCache.get(plan) ?? new Map<string, readonly string[]>();
  expectedCache.set(plan, byKey);
  const key = JSON.stringify([role, record.leadUnit, Object.entries(record.assignments).sort()]);
  const known = byKey.get(key);
  if (known) return known;
  const ids = rowsOf[role](plan, { leadUnit: record.leadUnit, assignments: record.assignments }).flatMap(
    (row) => (row.kind === "indicator" ? [row.indicator.id] : []),
  );
  byKey.set(key, ids);
  return ids;
}

/**
 * What a table of this role should hold. Without a record, which rows were made is unknown; a table
 * that is not known to come from the template (found by its headers, no record) is expected to have
 * no particular year either.
 */
export function tableContextOf(
  plan: Plan,
  record: TemplateRecord | null,
  role: SheetRole,
  fromTemplate = true,
): TableContext {
  const expected = record ? expectedRows(plan, role, record) : null;
  const years = role === "annex1" ? plan.annex1Years.filter((year) => plan.years.includes(year)) : plan.years;
  return { role, expected, madeFor: record?.leadUnit ?? allLeadUnits, years: fromTemplate ? years : [] };
}
