import { assignmentsOf, type Assignments } from "../../core/indicator-list";
import type { Thresholds } from "../../core/progress";
import type { ReportingPeriod } from "../../core/reporting-period";
import type { WorkbookSettings } from "../../host/contract";

/** The pane's choices stored with the workbook, so the next person opening it sees the same unit and period. */
export interface StoredChoices {
  unit: string | null;
  period: ReportingPeriod | null;
  thresholds: Thresholds | null;
  /** Who reports the indicators the document names no lead unit for (B-06, B-07), by indicator id. */
  assignments: Assignments;
}

const keys = {
  unit: "BL.leadUnit",
  period: "BL.reportingPeriod",
  thresholds: "BL.thresholds",
  assignments: "BL.assignments",
} as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

function periodFrom(value: unknown): ReportingPeriod | null {
  if (!isRecord(value) || typeof value.year !== "number" || typeof value.month !== "number") return null;
  return { year: value.year, month: value.month };
}

function thresholdsFrom(value: unknown): Thresholds | null {
  if (!isRecord(value) || typeof value.green !== "number" || typeof value.amber !== "number") return null;
  return { green: value.green, amber: value.amber };
}

export function readChoices(settings: WorkbookSettings): StoredChoices {
  const unit = settings.get(keys.unit);
  return {
    unit: typeof unit === "string" && unit !== "" ? unit : null,
    period: periodFrom(settings.get(keys.period)),
    thresholds: thresholdsFrom(settings.get(keys.thresholds)),
    assignments: assignmentsOf(settings.get(keys.assignments)),
  };
}

export async function saveChoices(settings: WorkbookSettings, choices: StoredChoices): Promise<void> {
  settings.set(keys.unit, choices.unit ?? "");
  settings.set(keys.period, choices.period);
  settings.set(keys.thresholds, choices.thresholds);
  settings.set(keys.assignments, choices.assignments);
  await settings.save();
}
