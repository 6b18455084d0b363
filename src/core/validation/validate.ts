import type { Indicator, Plan } from "../../model/types";
import type { ReportingPeriod } from "../reporting-period";
import { figureOf, readActual } from "./read-actual";
import { belowMinimum, countNotWhole } from "./rules/bounds";
import type { ActualCheck } from "./rules/context";
import { cumulativeDecrease, type FiguresByYear } from "./rules/cumulative";
import { offTargetMagnitude } from "./rules/magnitude";
import { percentFindings } from "./rules/percent";
import { periodFindings } from "./rules/period";
import { readingFindings } from "./rules/reading";
import { targetChanged } from "./rules/targets";
import type { CellsToValidate, Finding } from "./types";

/** The findings of one actual: how it is held, then its figure, then where it sits in time. */
function actualFindings(check: ActualCheck, figures: FiguresByYear): Finding[] {
  const value = figureOf(check.reading);
  const figure = value === null ? null : { ...check, value };
  // A figure explained by the % scale is not judged against its target as well: one cause, one finding.
  const scale = figure ? percentFindings(figure) : [];
  const figureFindings = figure
    ? [
        ...scale,
        ...countNotWhole(figure),
        ...belowMinimum(figure),
        ...(scale.length === 0 ? offTargetMagnitude(figure) : []),
        ...cumulativeDecrease(figure, figures),
      ]
    : [];
  return [...readingFindings(check), ...figureFindings, ...periodFindings(check)];
}

/** Each row's figures by year, keyed by sheet and indicator: a copy of the table is compared with itself only. */
const rowKey = (check: ActualCheck) => `${check.cell.sheet}\u0000${check.indicator.id}`;

function figuresByRow(checks: readonly ActualCheck[]): Map<string, Map<number, number>> {
  const byRow = new Map<string, Map<number, number>>();
  for (const check of checks) {
    const value = figureOf(check.reading);
    const figures = byRow.get(rowKey(check)) ?? new Map<number, number>();
    if (value !== null && !figures.has(check.cell.year)) figures.set(check.cell.year, value);
    byRow.set(rowKey(check), figures);
  }
  return byRow;
}

/**
 * Checks the template's actual and target cells against the plan for a reporting period. Pure: it never
 * changes a value. Cells of indicators the plan does not know are skipped (the table reader reports
 * their rows). Findings come in the order of the cells, targets after actuals.
 */
export function validate(plan: Plan, cells: CellsToValidate, period: ReportingPeriod): Finding[] {
  const indicators = new Map<string, Indicator>(plan.indicators.map((i) => [i.id, i]));
  const checks = cells.actuals.flatMap((cell): ActualCheck[] => {
    const indicator = indicators.get(cell.indicatorId);
    return indicator
      ? [{ plan, period, cell, indicator, reading: readActual(cell.raw, indicator.unit, cell.numberFormat) }]
      : [];
  });
  const figures = figuresByRow(checks);
  const none: FiguresByYear = new Map();
  return [
    ...checks.flatMap((check) => actualFindings(check, figures.get(rowKey(check)) ?? none)),
    ...cells.targets.flatMap((cell) => {
      const indicator = indicators.get(cell.indicatorId);
      return indicator ? targetChanged(plan, indicator, cell) : [];
    }),
  ];
}
