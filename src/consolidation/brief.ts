/**
 * 情况分析 for the quarterly meeting (pure, deterministic): counts of 达标/预警/滞后 overall and per
 * action, each 滞后 indicator with its lead unit, 完成率 and gap, who has not reported; for the whole
 * of 2025, the 终期评估 against 附件1. Text a secretary pastes into the meeting paper.
 */
import { unitsText } from "../core/indicator-list";
import { formatPeriod, type ReportingPeriod } from "../core/reporting-period";
import type { Plan } from "../model/types";
import { finalYear } from "./final-assessment";
import { consolidationTexts as say, figure, rate, times, type AssessedLine } from "./messages";
import type { FileSummary, FinalAssessmentRow, MissingIndicator, StatusCounts, StatusRow } from "./types";

export interface BriefInput {
  period: ReportingPeriod;
  statuses: readonly StatusRow[];
  totals: StatusCounts;
  byCategory: readonly { category: string; counts: StatusCounts }[];
  files: readonly FileSummary[];
  missing: { units: readonly string[]; indicators: readonly MissingIndicator[] };
  unsettled: number;
  finalAssessment: readonly FinalAssessmentRow[] | null;
}

const leadOf = (row: StatusRow) => unitsText(row.lead);

export function briefOf(plan: Plan, input: BriefInput): string {
  const { statuses, totals } = input;
  const judged = statuses.filter((row) => row.status !== null).length;
  const behind = statuses
    .filter((row) => row.status === "滞后")
    .sort((a, b) => (a.attainment ?? 0) - (b.attainment ?? 0));
  const warned = statuses
    .filter((row) => row.status === "预警")
    .sort((a, b) => (a.attainment ?? 0) - (b.attainment ?? 0));
  const gapOf = (row: StatusRow) => {
    const indicator = plan.indicators.find((i) => i.id === row.indicatorId);
    const gap =
      indicator?.direction === "lower"
        ? (row.actual ?? 0) - (row.expected ?? 0)
        : (row.expected ?? 0) - (row.actual ?? 0);
    return figure(gap, row.unit);
  };
  const units = new Set(input.files.filter((f) => f.used && f.unit !== null).map((f) => f.unit));
  const names = new Map(plan.indicators.map((i) => [i.id, i.name]));
  const lines = [
    say.briefTitle(formatPeriod(input.period)),
    "",
    "一、总体情况",
    say.overall(judged, totals),
    ...input.byCategory
      .filter(({ counts }) => Object.values(counts).some((n) => n > 0))
      .map(({ category, counts }) => say.byCategory(category, counts)),
    "",
    say.behindHeading,
    ...(behind.length === 0
      ? [say.noneBehind]
      : behind.map((row, i) =>
          say.behind(
            say.reference(input.period.month === 12),
            i + 1,
            row.name,
            leadOf(row),
            figure(row.actual ?? 0, row.unit),
            figure(row.expected ?? 0, row.unit),
            rate(row.attainment ?? 0),
            gapOf(row),
          ),
        )),
    "",
    say.warningHeading,
    ...(warned.length === 0
      ? [say.noneWarning]
      : warned.map((row, i) => say.warning(i + 1, row.name, leadOf(row), rate(row.attainment ?? 0)))),
    "",
    say.reportingHeading,
    say.reported(input.files.filter((f) => f.used).length, units.size),
    input.missing.units.length === 0 ? say.allReported : say.notReportedUnits([...input.missing.units]),
    ...missingLines(input, units, names),
    ...(input.unsettled > 0 ? [say.unsettled(input.unsettled)] : []),
    ...finalLines(input, finalYear(plan)),
  ];
  return lines.join("\n");
}

/** For each unit that did report, what it left empty this year; earlier years only counted. */
function missingLines(
  input: BriefInput,
  reporting: ReadonlySet<string | null>,
  names: ReadonlyMap<string, string>,
): string[] {
  const { year } = input.period;
  const thisYear = input.missing.indicators.filter((m) => m.year === year);
  const earlier = input.missing.indicators.filter((m) => m.year < year);
  const byUnit = [...reporting].flatMap((unit) => {
    const left = thisYear.filter((m) => unit !== null && m.units.includes(unit));
    return unit === null || left.length === 0
      ? []
      : [
          say.missingThisYear(
            unit,
            left.map((m) => names.get(m.indicatorId) ?? m.indicatorId),
          ),
        ];
  });
  const years = [...new Set(earlier.map((m) => m.year))].sort();
  const span = years.length === 1 ? `${years[0]}年` : `${years[0]}–${years[years.length - 1]}年`;
  return [...byUnit, ...(earlier.length > 0 ? [say.missingEarlier(earlier.length, span)] : [])];
}

function finalLines({ finalAssessment }: BriefInput, year: number): string[] {
  if (finalAssessment === null) return [];
  const shown = (value: number | null, unit: string | null) =>
    value === null ? say.notGiven : figure(value, unit ?? "");
  const base = (row: FinalAssessmentRow) =>
    row.baseline === null ? say.noBase : figure(row.baseline, row.baselineUnit ?? row.unit);
  const fourfold = finalAssessment.filter((row) => row.group === "四倍增");
  const fivefold = finalAssessment.filter((row) => row.group === "五跃升");
  const line = (row: FinalAssessmentRow, i: number): AssessedLine => ({
    year,
    n: i + 1,
    name: row.name,
    base: base(row),
    target: shown(row.target, row.unit),
    actual: shown(row.actual, row.unit),
    reached: row.reached,
    attainment: row.attainment === null ? null : rate(row.attainment),
  });
  return [
    "",
    say.finalHeading(year),
    say.fourfoldHeading,
    ...fourfold.map((row, i) =>
      say.fourfold(line(row, i), row.multiple === null ? null : times(row.multiple)),
    ),
    say.fivefoldHeading,
    ...fivefold.map((row, i) => say.fivefold(line(row, i))),
  ];
}
