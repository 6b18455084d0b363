import type { Finding, FindingCode } from "./types";

/** The write that applies a finding's suggestion; `numberFormat` only where the cell is formatted as text. */
export interface Fix {
  sheet: string;
  address: string;
  value: number;
  numberFormat?: string;
}

/**
 * Describes (does not perform) the write a finding suggests, for the pane to show before applying;
 * null when the finding has no suggestion.
 */
export function fixOf(finding: Finding): Fix | null {
  const { sheet, address, suggestion, numberFormat } = finding;
  if (suggestion === undefined) return null;
  return numberFormat === undefined
    ? { sheet, address, value: suggestion }
    : { sheet, address, value: suggestion, numberFormat };
}

/** The writes of every finding of one code that has a suggestion ("fix all 文本型数字"). */
export function fixesOfKind(findings: readonly Finding[], code: FindingCode): Fix[] {
  return findings.filter((f) => f.code === code).flatMap((f) => fixOf(f) ?? []);
}
