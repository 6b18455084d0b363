import { validate } from "../core/validation";
import type { ReportingPeriod } from "../core/reporting-period";
import type { Plan } from "../model/types";
import type { ValidationResult } from "../taskpane/host";
import { queueMarks } from "./mark-findings";
import { queueTemplateRead } from "./template-tables";

/**
 * 校验实绩: one read of every template table, the pure validator, one write of the marks.
 * Two round trips whatever the number of indicators (one with `mark` false: a read that changes nothing);
 * values are never changed.
 */
export async function validateWorkbook(
  context: Excel.RequestContext,
  plan: Plan,
  period: ReportingPeriod,
  password: string,
  mark = true,
): Promise<ValidationResult> {
  const read = queueTemplateRead(context, plan);
  await context.sync();
  const { tables, problems } = read();
  if (tables.length === 0)
    return { templatePresent: problems.length > 0, findings: [], actuals: [], problems };
  const actuals = tables.flatMap((table) => table.cells.actuals);
  const targets = tables.flatMap((table) => table.cells.targets);
  const findings = validate(plan, { actuals, targets }, period);
  if (!mark) return { templatePresent: true, findings, actuals, problems };
  queueMarks(context, tables, findings, password);
  await context.sync();
  return { templatePresent: true, findings, actuals, problems };
}
