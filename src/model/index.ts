/**
 * The bundled plan (仑政发〔2022〕1号), parsed and validated once when the module loads:
 * a broken plan file fails at start-up with a PlanError, not later in a report.
 */
import planFile from "./beilun-2021-2025.json";
import { loadPlan } from "./load";
import { createIndicatorIndex } from "./lookup";

export const plan = loadPlan(planFile);
export const indicatorIndex = createIndicatorIndex(plan);

export { PlanError } from "./load";
export { findIndicator, normalizeIndicatorName } from "./lookup";
export type { IndicatorIndex, IndicatorLookup } from "./lookup";
export type * from "./types";
