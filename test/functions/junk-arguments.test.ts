import fc from "fast-check";
import * as functions from "../../src/functions/functions";
import { CustomFunctionsError } from "../support/custom-functions-runtime";

const junk = fc.oneof(
  fc.constantFrom("", " ", "A2-05", "研发投入规模", "#N/A", "NaN", "1e308", "2023年", "六月", "—"),
  fc.constantFrom(null, undefined, true, false, NaN, Infinity, -Infinity, 0, -1, 2023, 6, 1e308, 2 ** 53),
  fc.string(),
  fc.double(),
  fc.array(fc.array(fc.oneof(fc.double(), fc.string()), { maxLength: 3 }), { maxLength: 3 }),
);

type AnyFunction = (...args: unknown[]) => unknown;
const all = Object.entries(functions) as [string, AnyFunction][];

describe("every worksheet function called with junk", () => {
  test.each(all)(
    "%s returns a value or an Excel error with a Chinese message, never a raw exception",
    (_, fn) => {
      fc.assert(
        fc.property(fc.array(junk, { minLength: 0, maxLength: 6 }), (args) => {
          try {
            const value = fn(...args);
            const ok = typeof value === "number" ? Number.isFinite(value) : value !== undefined;
            expect(ok).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(CustomFunctionsError);
            const { code, message } = error as CustomFunctionsError;
            expect(["#VALUE!", "#N/A"]).toContain(code);
            expect(message).toMatch(/[\u4e00-\u9fff]/);
          }
        }),
        { numRuns: 300 },
      );
    },
  );
});
