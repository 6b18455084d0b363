/**
 * The four functions under test, as the bench calls them: from the source (src/functions, run by tsx)
 * or as built (functions.js, what Excel runs), each turned into one `answer(call)`.
 */
import "../../test/support/custom-functions-runtime";
import * as source from "../../src/functions/functions";
import type { FunctionCall } from "./function-calls";

export interface FunctionSet {
  target(indicator: unknown, year: unknown): number;
  cumtarget(indicator: unknown, year: unknown): number;
  expected(indicator: unknown, year: unknown, month?: unknown): number;
  attainment(indicator: unknown, year: unknown, actual: unknown, month?: unknown): number;
}

export type Answer = (call: FunctionCall) => number;

export function answerWith(functions: FunctionSet): Answer {
  const { target, cumtarget, expected, attainment } = functions;
  return ({ name, query, year, month, actual }) => {
    if (name === "TARGET") return target(query, year);
    if (name === "CUMTARGET") return cumtarget(query, year);
    if (name === "EXPECTED") return expected(query, year, month);
    return attainment(query, year, actual, month);
  };
}

export const sourceFunctions: FunctionSet = source;

/** The functions a built functions.js registered, by their Excel names (TARGET …). */
export function functionSetOf(registered: ReadonlyMap<string, unknown>): FunctionSet {
  const find = (name: string) => {
    const found = registered.get(name);
    if (typeof found !== "function") throw new Error(`the built functions.js registers no ${name}`);
    return found as (...args: unknown[]) => number;
  };
  const [target, cumtarget, expected, attainment] = ["TARGET", "CUMTARGET", "EXPECTED", "ATTAINMENT"].map(
    find,
  );
  return { target, cumtarget, expected, attainment } as FunctionSet;
}
