/** Table rows for the worksheet functions and the validator (medians; times are reported, never asserted). */
import { budgets } from "./budgets";
import type { FunctionThroughput, Side } from "./function-throughput";
import { count, info, rate, verdict, type Row } from "./table";
import type { ValidationThroughput } from "./validation-throughput";

export function functionRows(f: FunctionThroughput): Row[] {
  const area = "Functions";
  const row = (measure: string, side: Side, budget = false): Row => ({
    area,
    measure,
    value: `${rate(side.perSecond)} calls/s${side === f.baseline ? "" : ` (${side.slowdown.toFixed(1)}× slower)`}`,
    budget: budget ? `≤ ${budgets.functionSlowdown}× slower` : "",
    verdict: budget ? verdict(side.slowdown <= budgets.functionSlowdown) : "",
  });
  return [
    info(area, `${count(f.calls)} mixed calls (${f.distinctCalls} distinct), id or name`),
    ...(f.built ? [row("BL.* functions, built functions.js", f.built, true)] : []),
    row("BL.* functions, source run by tsx", f.source),
    row("core only, indicator looked up (tsx)", f.core),
    row("baseline: same arithmetic on numbers", f.baseline),
  ];
}

export function validationRows(v: ValidationThroughput): Row[] {
  const area = "Validation";
  return [
    info(area, `100× template: ${count(v.actualCells)} actual cells, ${count(v.findings)} findings`),
    info(area, "validate in the in-memory workbook", `${rate(v.workbookCellsPerSecond)} cells/s`),
    info(area, "pure validator (src/core)", `${rate(v.coreCellsPerSecond)} cells/s`),
  ];
}
