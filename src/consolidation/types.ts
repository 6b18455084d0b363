/**
 * 汇总 for the task force: the returned files in, one consolidation out, for both shells (the pane
 * writes it into the open workbook, the command line into a file). Pure data.
 */
import type { Status } from "../core/attainment";
import type { ReportingPeriod } from "../core/reporting-period";
import type { Finding, TemplateCell } from "../core/validation/types";
import type { Candidate } from "../reader/compare-returns";
import type { ReadNote } from "../reader/types";

/** One returned file as the reader gave it. */
export interface ReturnInput {
  file: string;
  sha256: string;
  /** When it was saved (ISO 8601), if the file says. */
  savedAt: string | null;
  /** The lead unit its template was made for (null: all units, or the file no longer says). */
  unit: string | null;
  actuals: TemplateCell[];
  targets: TemplateCell[];
  notes: ReadNote[];
}

/** How conflicts are settled: a unit preferred throughout (`--prefer`), and picks made one by one. */
export interface ConflictChoices {
  prefer: string | null;
  /** By "indicatorId|year": the file whose figure to keep. */
  picks: Readonly<Record<string, string>>;
}

/** A merged actual with where it came from. */
export interface MergedValue {
  indicatorId: string;
  year: number;
  value: number;
  file: string;
  unit: string | null;
  sheet: string;
  cell: string;
  /** The cell as the file holds it. */
  raw: TemplateCell["raw"];
  /** How it was chosen when files disagreed: by a pick or by the preferred unit; null when none did. */
  settledBy: "pick" | "prefer" | null;
  /** Other files that gave the same figure. */
  agreeing: string[];
}

export interface Conflict {
  indicatorId: string;
  year: number;
  candidates: Candidate[];
  /** The file chosen, or null: the cell stays empty until someone picks. */
  chosen: string | null;
}

export interface FileSummary {
  file: string;
  unit: string | null;
  sha256: string;
  savedAt: string | null;
  /** Actual cells read, and the figures taken from them. */
  actualsRead: number;
  figures: number;
  errors: number;
  /** Used, or left out because the same unit sent a newer file. */
  used: boolean;
  findings: Finding[];
  notes: ReadNote[];
}

export interface MissingIndicator {
  indicatorId: string;
  year: number;
  /** The lead units that should have reported it. */
  units: string[];
}

export interface StatusRow {
  indicatorId: string;
  name: string;
  unit: string;
  category: string;
  lead: string[];
  target: number | null;
  /** 序时进度 target for the period. */
  expected: number | null;
  actual: number | null;
  attainment: number | null;
  /** null: no target this year, nothing to judge. */
  status: Status | "未填报" | null;
}

export type StatusCounts = Record<Status | "未填报", number>;

export interface FinalAssessmentRow {
  indicatorId: string;
  name: string;
  unit: string;
  group: "四倍增" | "五跃升";
  baseline: number | null;
  baselineUnit: string | null;
  target: number | null;
  actual: number | null;
  /** 2025 actual ÷ 2020 base (四倍增, same unit only). */
  multiple: number | null;
  attainment: number | null;
  /** 四倍增: doubled the base; 五跃升: reached the 2025 level; null when it cannot be said. */
  reached: boolean | null;
}

export interface Consolidation {
  period: ReportingPeriod;
  /** 达标 and 预警 lines the statuses were judged with (1 = 100%). */
  thresholds: { green: number; amber: number };
  files: FileSummary[];
  values: MergedValue[];
  conflicts: Conflict[];
  superseded: { unit: string; newer: string; older: string[] }[];
  missing: { units: string[]; indicators: MissingIndicator[] };
  statuses: StatusRow[];
  byCategory: { category: string; counts: StatusCounts }[];
  byUnit: { unit: string; counts: StatusCounts }[];
  totals: StatusCounts;
  finalAssessment: FinalAssessmentRow[] | null;
  brief: string;
}
