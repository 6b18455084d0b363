/** One finding as the page shows it: its severity, the add-in's message, and a fix button when it suggests one. */
import type { Finding } from "../../core/validation/types";
import { h } from "./dom";

export const severityClass = { 错误: "error", 警告: "warning", 提示: "note" } as const;

export const badge = (severity: Finding["severity"]) =>
  h("span", { class: `badge ${severityClass[severity]}` }, severity);

export function findingItem(
  finding: Finding,
  fix: HTMLElement | null = null,
  where: string | null = null,
): HTMLElement {
  return h(
    "li",
    { class: `finding ${severityClass[finding.severity]}`, "data-finding": finding.code },
    badge(finding.severity),
    " ",
    where === null ? null : h("span", { class: "where" }, where, " "),
    h("span", { class: "message" }, finding.message),
    fix === null ? null : [" ", fix],
  );
}
