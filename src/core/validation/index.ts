/** Validation of the actuals units type in: cells in, findings and the fixes they suggest out. */
export { validate } from "./validate";
export { fixOf, fixesOfKind, type Fix } from "./fixes";
export { countOf, severities, severityOf } from "./finding";
export { readActual, type Reading } from "./read-actual";
export type * from "./types";
