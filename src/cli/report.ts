/** A file's findings as the terminal shows them: grouped by severity, one line each, then a summary. */
import { countOf, severities } from "../core/validation/finding";
import type { Finding } from "../core/validation/types";
import { validateTexts as say } from "./messages";

/** One line per finding: where (a reference Excel's Name Box accepts), what, and the suggested value. */
export const findingLine = (f: Finding): string =>
  `${say.cellRef(f.sheet, f.address)}  ${f.message}${f.suggestion === undefined ? "" : say.suggestion(f.suggestion)}`;

/**
 * Findings grouped by severity (错误 first), each group headed by its count, then the summary line,
 * which also counts what the reader said of the file (`notes`, printed before the findings).
 */
export function reportLines(
  findings: readonly Finding[],
  indent = "  ",
  notes: readonly { severity: Finding["severity"] }[] = [],
): string[] {
  const groups = severities.flatMap((severity) => {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) return [];
    return [say.severityHeading(severity, group.length), ...group.map((f) => indent + findingLine(f))];
  });
  const count = (severity: Finding["severity"]) =>
    countOf(findings, severity) + notes.filter((note) => note.severity === severity).length;
  const summary = say.summary(count("错误"), count("警告"), count("提示"));
  return [...groups, summary];
}
