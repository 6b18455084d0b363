/**
 * 校验实绩: one read of every template table, the pure validator, one write of the marks.
 *   sync 1  look up the template's workbook names;
 *   sync 2  read the tables the names that exist point at;
 *   (with the pane's password, one sync per protected template sheet: does it have a password?)
 *   last    mark the cells (skipped with `mark` false: a read that changes nothing).
 * Three round trips whatever the number of indicators (at most six with a password: three sheets);
 * values are never changed.
 */
import { validate } from "../core/validation";
import type { ReportingPeriod } from "../core/reporting-period";
import type { ValidationResult } from "../host/contract";
import type { Plan } from "../model/types";
import { protectedSheetsOf, queueMarks } from "./marks";
import { protectionOf } from "./sheet-protection";
import { namedRoles, queueTableNames, queueTemplateRead } from "./template-tables";

export async function validateWorkbook(
  context: Excel.RequestContext,
  plan: Plan,
  period: ReportingPeriod,
  password: string,
  mark = true,
): Promise<ValidationResult> {
  // Sync 1
  const names = queueTableNames(context);
  await context.sync();

  // Sync 2 (skipped when no name is there)
  const read = queueTemplateRead(context, plan, names);
  if (namedRoles(names).length > 0) await context.sync();
  const { tables, problems: unread, notes } = read();
  const problems = [...unread, ...notes.map((note) => note.message)];
  if (tables.length === 0)
    return { templatePresent: problems.length > 0, findings: [], actuals: [], problems };
  const actuals = tables.flatMap((table) => table.cells.actuals);
  const targets = tables.flatMap((table) => table.cells.targets);
  const findings = validate(plan, { actuals, targets }, period);
  if (!mark) return { templatePresent: true, findings, actuals, problems };

  // Syncs 3 to 5, only with a password: whether each protected sheet has one (sheet-protection.ts).
  const protections = await protectionOf(context, protectedSheetsOf(tables), password);

  // Last sync
  queueMarks(context, tables, findings, protections);
  await context.sync();
  return { templatePresent: true, findings, actuals, problems };
}
