/** Which of the writer's optional Office.js features the running Excel has (call inside Office only). */
import type { HostFeatures } from "./insert-outcome";

export function hostFeatures(): HostFeatures {
  const has = (version: string) => Office.context.requirements.isSetSupported("ExcelApi", version);
  return { dataValidation: has("1.8"), pageLayout: has("1.9") };
}
