import type { Indicator, Plan } from "../../../model/types";
import type { ReportingPeriod } from "../../reporting-period";
import type { Reading } from "../read-actual";
import type { TemplateCell } from "../types";

/** One actual cell being checked, with everything its rules may look at. */
export interface ActualCheck {
  plan: Plan;
  period: ReportingPeriod;
  cell: TemplateCell;
  indicator: Indicator;
  reading: Reading;
}

/** An actual that reads as a number: the rules about figures look at `value`. */
export interface FigureCheck extends ActualCheck {
  value: number;
}
