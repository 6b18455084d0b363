/**
 * 汇总 over a generated or real plan: returned files as the reader gives them (one per lead unit, each
 * with plausible actuals of its own indicators), consolidated, and written into an in-memory workbook,
 * with the round trips and queued operations of the preview and of the write counted.
 */
import { consolidate } from "../../src/consolidation/consolidate";
import { consolidationWorkbook, type ConsolidationWorkbook } from "../../src/consolidation/report-layout";
import type { ReturnInput } from "../../src/consolidation/types";
import { factsOf } from "../../src/core/units";
import type { TemplateCell } from "../../src/core/validation/types";
import { previewConsolidation, writeConsolidation } from "../../src/excel/write-consolidation";
import type { Plan } from "../../src/model/types";
import { createInMemoryWorkbook, type InMemoryWorkbook } from "../../in-memory-excel";
import { counted, type Counts } from "./round-trips";
import { period } from "./template-session";

/** One file per lead unit: its indicators' actuals for 2021 up to the period's year, 95 % of the target. */
export function syntheticReturns(plan: Plan): ReturnInput[] {
  const units = [...new Set(plan.indicators.flatMap((indicator) => indicator.lead))];
  return units.map((unit, u) => {
    const actuals: TemplateCell[] = plan.indicators
      .filter((indicator) => indicator.lead.includes(unit))
      .flatMap((indicator, i) =>
        plan.years
          .filter((year) => year <= period.year)
          .flatMap((year) => {
            const target = indicator.targets[String(year)];
            if (typeof target !== "number") return [];
            const figure = target * 0.95;
            const raw = factsOf(indicator.unit).integer ? Math.round(figure) : figure;
            const address = `${String.fromCharCode(72 + year - 2021)}${i + 4}`;
            return [
              {
                sheet: "附件2 目标任务分解",
                address,
                raw,
                numberFormat: "General",
                indicatorId: indicator.id,
                year,
              },
            ];
          }),
      );
    return {
      file: `${unit}-${String(u + 1).padStart(2, "0")}.xlsx`,
      sha256: `synthetic-${u}`,
      savedAt: "2023-07-10T08:00:00Z",
      unit,
      actuals,
      targets: [],
      notes: [],
    };
  });
}

export const describeConsolidation = (plan: Plan, returns: readonly ReturnInput[]): ConsolidationWorkbook =>
  consolidationWorkbook(plan, consolidate(plan, period, returns));

export interface ConsolidationTrips {
  files: number;
  values: number;
  preview: Counts;
  /** Into the workbook's template. */
  write: Counts;
  /** Into an empty workbook: the filled template is inserted first. */
  writeEmpty: Counts;
}

/** Counts on `wb`, which must hold the plan's template (as `measureRoundTrips` leaves it). */
export async function measureConsolidationTrips(
  plan: Plan,
  wb: InMemoryWorkbook,
): Promise<ConsolidationTrips> {
  const returns = syntheticReturns(plan);
  const workbook = describeConsolidation(plan, returns);
  const request = { workbook, overwrite: [], password: "" };
  const preview = await counted(wb, () => wb.run((c) => previewConsolidation(c, plan, workbook)));
  const write = await counted(wb, () => wb.run((c) => writeConsolidation(c, plan, request)));
  const empty = createInMemoryWorkbook();
  const writeEmpty = await counted(empty, () => empty.run((c) => writeConsolidation(c, plan, request)));
  return { files: returns.length, values: workbook.actuals.length, preview, write, writeEmpty };
}
