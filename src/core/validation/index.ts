/** Validation of the actuals units type in: cells in, findings and the fixes they suggest out. */
export { validate } from "./validate";
export { applyFix, fixesOfKind, type Fix } from "./fixes";
export { severityOf } from "./finding";
export { countOf, findingLine, reportLines, severities } from "./report";
export { readActual, type Reading } from "./read-actual";
export type * from "./types";
