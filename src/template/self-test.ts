/**
 * The 自检's judgement, pure: what src/excel/self-test.ts observed of each Office.js behaviour the
 * add-in relies on, compared with what the add-in expects, and the report as text to copy. The words
 * are in ./self-test-messages.ts.
 */
import { targetOf } from "../core/targets";
import type { Plan } from "../model/types";
import { selfTestWords as say } from "./self-test-messages";

/** The indicator and year of the custom functions check: =BL.TARGET("A2-05", 2023). */
export const functionCheck = { indicatorId: "A2-05", year: 2023 } as const;

/** How a check ended in a refusal: the Office.js error code, or null when the batch went through. */
type Refusal = string | null;

/** What each check saw, as plain data. */
export type SelfTestObservation =
  | { id: "null-object"; isNullObject: boolean; child: string }
  | { id: "sheet-swap"; position: number; expectedPosition: number; copies: number; temporaryLeft: boolean }
  | { id: "protected-cells"; unlocked: Refusal; locked: Refusal; lockedUnchanged: boolean }
  | {
      id: "passwords";
      withoutPassword: Refusal;
      unprotectWithoutPassword: Refusal;
      wrongPassword: Refusal;
      rightPassword: Refusal;
      protectedAtEnd: boolean;
    }
  | { id: "data-validation"; type: string; negativeValid: boolean | null }
  | {
      id: "page-layout";
      orientation: string;
      paperSize: string;
      pagesWide: number | null;
      titleRows: string | null;
    }
  | { id: "names"; type: string; formula: string; deleted: boolean }
  | { id: "custom-properties"; value: unknown; deleted: boolean }
  | { id: "failed-batch"; failure: Refusal; earlierApplied: boolean; laterApplied: boolean }
  | {
      id: "on-changed";
      fired: boolean;
      address: string | null;
      source: string | null;
      triggerSource: string | null;
      /** Whether the host has triggerSource (ExcelApi 1.14). */
      triggerSourceSupported: boolean;
    }
  | { id: "text-values"; values: unknown[]; valueTypes: unknown[] }
  | { id: "cell-edit-option"; completed: boolean }
  | { id: "custom-functions"; how: "formula" | "direct"; value: unknown };

export type SelfTestCheckId = SelfTestObservation["id"];

/** A check that could not run to its end: the error it stopped on. */
export interface SelfTestFailure {
  id: SelfTestCheckId;
  error: string;
}

export interface JudgedCheck {
  id: SelfTestCheckId;
  title: string;
  passed: boolean;
  expected: string;
  observed: string;
}

/** The texts typed into the text-values check, as Range.values receives them (with the apostrophe). */
export const typedTexts = ["+63", "-", "=1/0"] as const;

const same = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

/** Whether what was observed is what the add-in relies on. */
function passes(plan: Plan, o: SelfTestObservation): boolean {
  switch (o.id) {
    case "null-object":
      return o.isNullObject;
    case "sheet-swap":
      return o.position === o.expectedPosition && o.copies === 1 && !o.temporaryLeft;
    case "protected-cells":
      return o.unlocked === null && o.locked !== null && o.lockedUnchanged;
    case "passwords":
      return (
        o.withoutPassword === null &&
        o.unprotectWithoutPassword !== null &&
        o.wrongPassword !== null &&
        o.rightPassword === null &&
        !o.protectedAtEnd
      );
    case "data-validation":
      return o.type === "Decimal" && o.negativeValid === false;
    case "page-layout":
      return (
        o.orientation === "Landscape" &&
        o.paperSize === "A4" &&
        o.pagesWide === 1 &&
        o.titleRows?.replace(/\$/g, "") === "1:3"
      );
    case "names":
      return o.type === "Range" && /!\$A\$1:\$B\$2$/.test(o.formula) && o.deleted;
    case "custom-properties":
      return o.value === "1" && o.deleted;
    case "failed-batch":
      return o.failure !== null && !o.laterApplied;
    case "on-changed":
      return (
        o.fired &&
        o.address === "E2" &&
        o.source === "Local" &&
        (o.triggerSourceSupported ? o.triggerSource === "ThisLocalAddin" : true)
      );
    case "text-values":
      return same(o.values, typedTexts) && o.valueTypes.every((type) => type === "String");
    case "cell-edit-option":
      return o.completed;
    case "custom-functions":
      return o.value === expectedTarget(plan);
  }
}

/** BL.TARGET("A2-05", 2023) as the model has it (the figure is data, never written here). */
export function expectedTarget(plan: Plan): number | null {
  const indicator = plan.indicators.find((candidate) => candidate.id === functionCheck.indicatorId);
  const target = indicator ? targetOf(plan, indicator, functionCheck.year) : null;
  return target?.ok ? target.value : null;
}

/** One check, judged: its title, 通过 or 不通过, what was expected and what was seen. */
export function judge(plan: Plan, outcome: SelfTestObservation | SelfTestFailure): JudgedCheck {
  const words = say.checks[outcome.id];
  const expected =
    outcome.id === "custom-functions" ? words.expected(expectedTarget(plan)) : words.expected(null);
  if ("error" in outcome)
    return {
      id: outcome.id,
      title: words.title,
      passed: false,
      expected,
      observed: say.stopped(outcome.error),
    };
  return {
    id: outcome.id,
    title: words.title,
    passed: passes(plan, outcome),
    expected,
    observed: (words.observed as (o: SelfTestObservation) => string)(outcome),
  };
}

export interface ReportHeader {
  office: { host: string; platform: string; version: string } | null;
  functions: "formula" | "direct";
  finishedAt: Date;
  cleanedUp: boolean;
}

/** The report as tab-separated lines, to paste into a message or a sheet for the task force. */
export function selfTestReportText(header: ReportHeader, checks: readonly JudgedCheck[]): string {
  const passed = checks.filter((check) => check.passed).length;
  return [
    say.heading(header.finishedAt),
    say.office(header.office),
    say.functionsHow(header.functions),
    say.summary(passed, checks.length - passed),
    say.cleanedUp(header.cleanedUp),
    say.columns.join("\t"),
    ...checks.map((check) =>
      [check.passed ? say.pass : say.fail, check.title, check.expected, check.observed].join("\t"),
    ),
  ].join("\n");
}
