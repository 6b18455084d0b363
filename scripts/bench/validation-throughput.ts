/**
 * 校验实绩 throughput over a template already in an in-memory workbook: actuals of 2021–2023 filled in
 * (about one in twenty a hundred times too large, so there are findings to mark), then the whole
 * validation timed two ways: through the workbook (read, validate, mark) and the pure validator alone.
 */
import { factsOf } from "../../src/core/units";
import { validate } from "../../src/core/validation";
import { queueTableNames, queueTemplateRead } from "../../src/excel/template-tables";
import { validateWorkbook } from "../../src/excel/validate";
import type { Plan } from "../../src/model/types";
import { cellAddress } from "../../src/template/address";
import { buildTemplateLayout } from "../../src/template/build-layout";
import type { InMemoryWorkbook } from "../../in-memory-excel";
import { period } from "./template-session";
import { perSecond, timeMedian } from "./timing";

export interface ValidationThroughput {
  actualCells: number;
  findings: number;
  workbookCellsPerSecond: number;
  coreCellsPerSecond: number;
}

/** Types plausible actuals into every input cell up to the reporting year. */
function fillActuals(wb: InMemoryWorkbook, plan: Plan): void {
  const byId = new Map(plan.indicators.map((indicator) => [indicator.id, indicator]));
  const sheets = buildTemplateLayout(plan, { leadUnit: null }).sheets.filter((s) => s.role !== "annex1");
  let filled = 0;
  for (const sheet of sheets) {
    for (const { row, column, actualOf } of sheet.cells) {
      const indicator = actualOf && actualOf.year <= period.year ? byId.get(actualOf.indicatorId) : undefined;
      const target = actualOf && indicator?.targets[String(actualOf.year)];
      if (!indicator || typeof target !== "number") continue;
      filled += 1;
      const figure = target * (filled % 20 === 0 ? 100 : 0.95);
      const value = factsOf(indicator.unit).integer ? Math.round(figure) : figure;
      wb.setCellValue(sheet.name, cellAddress(row, column), value);
    }
  }
}

export async function measureValidationThroughput(
  wb: InMemoryWorkbook,
  plan: Plan,
  runs = 5,
): Promise<ValidationThroughput> {
  fillActuals(wb, plan);
  const once = () => wb.run((context) => validateWorkbook(context, plan, period, ""));
  const { actuals, findings } = await once();
  const workbook = await timeMedian(once, { runs });
  const tables = await wb.run(async (context) => {
    const names = queueTableNames(context);
    await context.sync();
    const read = queueTemplateRead(context, plan, names);
    await context.sync();
    return read().tables;
  });
  const cells = {
    actuals: tables.flatMap((table) => table.cells.actuals),
    targets: tables.flatMap((table) => table.cells.targets),
  };
  const core = await timeMedian(() => validate(plan, cells, period), { runs });
  return {
    actualCells: actuals.length,
    findings: findings.length,
    workbookCellsPerSecond: perSecond(actuals.length, workbook),
    coreCellsPerSecond: perSecond(cells.actuals.length, core),
  };
}
