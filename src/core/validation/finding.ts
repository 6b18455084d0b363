import { factsOf } from "../units";
import type { Finding, FindingCode, Severity, TemplateCell } from "./types";

/** 错误: the figure cannot be used as it is; 警告: it can, but is probably not what was meant; 提示: for info. */
export const severityOf: Record<FindingCode, Severity> = {
  "excel-error": "错误",
  "date-not-figure": "错误",
  "formula-no-result": "警告",
  "text-not-number": "错误",
  "number-as-text": "错误",
  "percent-scale": "警告",
  "share-above-100": "错误",
  "count-not-whole": "错误",
  negative: "错误",
  "cumulative-decrease": "警告",
  "off-target-magnitude": "警告",
  "after-period": "提示",
  "not-reported": "提示",
  "target-changed": "错误",
};

/** Most serious first: the order of lists and counts. */
export const severities: readonly Severity[] = ["错误", "警告", "提示"];

export const countOf = (findings: readonly Finding[], severity: Severity): number =>
  findings.filter((f) => f.severity === severity).length;

/** Excel keeps a number written into a cell formatted as text ("@") as text. */
export const isTextFormat = (cell: TemplateCell): boolean => cell.numberFormat.trim() === "@";

/** A finding on a cell of a row in `unit`; a fix of a text-formatted cell also sets the unit's format. */
export function findingAt(
  cell: TemplateCell,
  unit: string,
  code: FindingCode,
  message: string,
  suggestion: number | null = null,
): Finding {
  const { sheet, address, indicatorId, year, raw } = cell;
  const severity = severityOf[code];
  const finding: Finding = { sheet, address, indicatorId, year, severity, code, message, original: raw };
  if (suggestion === null) return finding;
  return isTextFormat(cell)
    ? { ...finding, suggestion, numberFormat: factsOf(unit).numberFormat }
    : { ...finding, suggestion };
}
