/**
 * Runs the built functions code in this process the way Excel's JavaScript runtime does: the scripts
 * taskpane.html loads before the pane (runtime.js, shared.js, functions.js) evaluated in order in the
 * main context, with the `CustomFunctions.associate` they call captured. Measuring the built code
 * matters: tsx runs the source as CommonJS, where every call into another module goes through a getter.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInThisContext } from "node:vm";
import { CustomFunctionsError, ErrorCode } from "../../test/support/custom-functions-runtime";
import { functionSetOf, type FunctionSet } from "./function-answers";

/** What the webpack runtime needs of a page: `self`, and the current script for its public path. */
function installPageGlobals(registered: Map<string, unknown>): void {
  const associate = (id: string, fn: unknown) => registered.set(id, fn);
  const currentScript = { tagName: "SCRIPT", src: "https://localhost/runtime.js" };
  Object.assign(globalThis, {
    self: globalThis,
    document: { currentScript, getElementsByTagName: () => [] },
    CustomFunctions: { Error: CustomFunctionsError, ErrorCode, associate },
  });
}

export function loadBuiltFunctions(outputDir: string, scripts: readonly string[]): FunctionSet {
  const registered = new Map<string, unknown>();
  installPageGlobals(registered);
  for (const file of scripts)
    runInThisContext(readFileSync(join(outputDir, file), "utf8"), { filename: file });
  return functionSetOf(registered);
}
