/**
 * Data validation rules: the shape Excel accepts for `dataValidation.rule`, and a best-effort
 * evaluation of a cell content against a rule (used by `typeIntoCell` and `dataValidation.valid`).
 * Evaluation answers "unknown" — treated as valid — for what it cannot judge without a formula
 * engine: custom formulas, operands that are formulas, dates typed as text.
 */

import type { CellContent } from "./values";

export const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
] as const;

const BASIC_KINDS = ["wholeNumber", "decimal", "textLength", "date", "time"] as const;
const ALL_KINDS = [...BASIC_KINDS, "list", "custom"] as const;

export const RULE_TYPE: Readonly<Record<string, string>> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  textLength: "TextLength",
  date: "Date",
  time: "Time",
  list: "List",
  custom: "Custom",
};

export const ALERT_STYLES = ["Stop", "Warning", "Information"] as const;

export type Rule = Record<string, Record<string, unknown>>;

/** Turns a Range proxy used inside a rule into its reference text (e.g. "=$A$1:$A$3"), else null. */
export type RangeToFormula = (value: unknown) => string | null;

function operand(value: unknown, toFormula: RangeToFormula): unknown {
  const formula = toFormula(value);
  if (formula !== null) return formula;
  if (value instanceof Date) return value.toJSON();
  return value;
}

/** Validates and normalizes a rule as Excel would accept it; returns an error text when refused. */
export function normalizeRule(input: unknown, toFormula: RangeToFormula): Rule | string {
  if (input === null || typeof input !== "object" || Array.isArray(input)) return "a rule must be an object";
  const entries = Object.entries(input as Record<string, unknown>).filter(
    ([, v]) => v !== undefined && v !== null,
  );
  if (entries.length !== 1) return `a rule must have exactly one criterion (${ALL_KINDS.join(", ")})`;
  const [kind, body] = entries[0] as [string, unknown];
  if (!(ALL_KINDS as readonly string[]).includes(kind)) return `unknown rule criterion '${kind}'`;
  if (body === null || typeof body !== "object") return `rule.${kind} must be an object`;
  const b = body as Record<string, unknown>;
  if (kind === "custom") {
    if (typeof b.formula !== "string" || b.formula === "")
      return "rule.custom.formula must be a formula string";
    return { custom: { formula: b.formula } };
  }
  if (kind === "list") {
    const source = operand(b.source, toFormula);
    if (typeof source !== "string" || source.trim() === "")
      return "rule.list.source must be a non-empty string or a Range";
    return {
      list: { inCellDropDown: b.inCellDropDown === undefined ? true : Boolean(b.inCellDropDown), source },
    };
  }
  if (!(OPERATORS as readonly string[]).includes(String(b.operator))) {
    return `rule.${kind}.operator must be one of ${OPERATORS.join(", ")}`;
  }
  const out: Record<string, unknown> = { operator: b.operator };
  const f1 = operand(b.formula1, toFormula);
  if (f1 === undefined || f1 === null || f1 === "") return `rule.${kind}.formula1 is required`;
  out.formula1 = f1;
  if (b.operator === "Between" || b.operator === "NotBetween") {
    const f2 = operand(b.formula2, toFormula);
    if (f2 === undefined || f2 === null || f2 === "")
      return `rule.${kind}.formula2 is required for ${String(b.operator)}`;
    out.formula2 = f2;
  }
  return { [kind]: out };
}

export function ruleKind(rule: Rule | null): string | null {
  if (!rule) return null;
  return Object.keys(rule)[0] ?? null;
}

export type Verdict = "valid" | "invalid" | "unknown";

/** Resolves a reference or defined name used in a rule to the contents it covers, or null. */
export type ReferenceLookup = (reference: string) => CellContent[] | null;

function toNumber(value: unknown, lookup: ReferenceLookup): number | null {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return null;
  const text = value.startsWith("=") ? value.slice(1) : value;
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text.trim())) return Number(text);
  const cells = lookup(text);
  const first = cells?.length === 1 ? cells[0] : undefined;
  return first?.type === "Double" ? (first.value as number) : null;
}

function compare(x: number, operator: string, a: number, b: number | null): boolean {
  switch (operator) {
    case "Between":
      return b !== null && x >= Math.min(a, b) && x <= Math.max(a, b);
    case "NotBetween":
      return b !== null && (x < Math.min(a, b) || x > Math.max(a, b));
    case "EqualTo":
      return x === a;
    case "NotEqualTo":
      return x !== a;
    case "GreaterThan":
      return x > a;
    case "LessThan":
      return x < a;
    case "GreaterThanOrEqualTo":
      return x >= a;
    case "LessThanOrEqualTo":
      return x <= a;
    default:
      return true;
  }
}

function contentText(content: CellContent): string {
  if (content.type === "Boolean") return content.value ? "TRUE" : "FALSE";
  return String(content.value);
}

export function evaluateRule(
  rule: Rule | null,
  ignoreBlanks: boolean,
  content: CellContent,
  lookup: ReferenceLookup,
): Verdict {
  const kind = ruleKind(rule);
  if (!rule || !kind) return "valid";
  if (content.type === "Empty") return ignoreBlanks ? "valid" : "invalid";
  const body = rule[kind] ?? {};
  if (kind === "custom") return "unknown";
  if (kind === "list") {
    const source = String(body.source ?? "");
    const options = source.startsWith("=")
      ? lookup(source.slice(1))
          ?.filter((c) => c.type !== "Empty")
          .map(contentText)
      : source.split(",").map((s) => s.trim());
    if (!options) return "unknown";
    const text = contentText(content).toLowerCase();
    return options.some((o) => o.toLowerCase() === text) ? "valid" : "invalid";
  }
  const a = toNumber(body.formula1, lookup);
  const needsB = body.operator === "Between" || body.operator === "NotBetween";
  const b = needsB ? toNumber(body.formula2, lookup) : null;
  if (a === null || (needsB && b === null)) return "unknown";
  let x: number;
  if (kind === "textLength") x = contentText(content).length;
  else if (content.type === "Double") x = content.value as number;
  else if ((kind === "date" || kind === "time") && content.type === "String") return "unknown";
  else return "invalid";
  if (kind === "wholeNumber" && !Number.isInteger(x)) return "invalid";
  return compare(x, String(body.operator), a, b) ? "valid" : "invalid";
}
