/**
 * 汇总 (pure): the returned files of a period in, one consolidation out. Each file is validated as
 * validate-workbook would; a unit's newer file replaces its older one; the files that count are merged
 * with the provenance of every figure; conflicts wait for a choice; then statuses, what is missing and
 * the 情况分析 follow from the merged figures alone.
 */
import { defaultThresholds } from "../core/attainment";
import type { Thresholds } from "../core/progress";
import type { ReportingPeriod } from "../core/reporting-period";
import { validate } from "../core/validation/validate";
import type { Plan } from "../model/types";
import { currentReturns } from "../reader/compare-returns";
import { briefOf } from "./brief";
import { finalAssessment, finalYear } from "./final-assessment";
import { mergeReturns, valueKey } from "./merge";
import { missingOf } from "./missing";
import { statusesOf, summarize } from "./statuses";
import type { Consolidation, ConflictChoices, FileSummary, ReturnInput } from "./types";

const noChoices: ConflictChoices = { prefer: null, picks: {} };

export function consolidate(
  plan: Plan,
  period: ReportingPeriod,
  returns: readonly ReturnInput[],
  choices: ConflictChoices = noChoices,
  thresholds: Thresholds = defaultThresholds,
): Consolidation {
  const { current, superseded } = currentReturns(returns);
  const used = new Set(current);
  const files = returns.map((item): FileSummary => {
    const findings = validate(plan, item, period);
    const errors = [...findings, ...item.notes].filter((f) => f.severity === "错误").length;
    return {
      file: item.file,
      unit: item.unit,
      sha256: item.sha256,
      savedAt: item.savedAt,
      actualsRead: item.actuals.filter((cell) => cell.raw !== "" && cell.raw !== null).length,
      figures: 0,
      errors,
      used: used.has(item),
      findings,
      // What the reader said of the file, and of it among the others (conflicts come separately).
      notes: item.notes,
    };
  });
  const { values, conflicts } = mergeReturns(plan, current, choices);
  for (const summary of files) summary.figures = values.filter((v) => v.file === summary.file).length;
  const unsettled = new Set(
    conflicts.filter((c) => c.chosen === null).map((c) => valueKey(c.indicatorId, c.year)),
  );
  const missing = missingOf(
    plan,
    period,
    current.map((item) => item.unit),
    values,
    unsettled,
  );
  const statuses = statusesOf(plan, values, period, thresholds);
  const summary = summarize(statuses);
  const final = period.year === finalYear(plan) && period.month === 12 ? finalAssessment(plan, values) : null;
  const brief = briefOf(plan, {
    period,
    statuses,
    totals: summary.totals,
    byCategory: summary.byCategory,
    files,
    missing,
    unsettled: unsettled.size,
    finalAssessment: final,
  });
  return {
    period,
    thresholds: { green: thresholds.green, amber: thresholds.amber },
    files,
    values,
    conflicts,
    superseded: superseded.map(({ unit, newer, older }) => ({
      unit,
      newer: newer.file,
      older: older.map((f) => f.file),
    })),
    missing,
    statuses,
    ...summary,
    finalAssessment: final,
    brief,
  };
}
