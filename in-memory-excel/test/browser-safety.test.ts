/**
 * The library is bundled into a browser test of the task pane, so its sources must not use
 * Node-only APIs. Two checks: a scan for Node APIs, and a typecheck of the library with only the
 * DOM and Office.js typings (no @types/node), which fails on any use of Node globals.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

const dir = join(__dirname, "..");
const librarySources = readdirSync(dir)
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
  .map((f) => join(dir, f));

describe("browser safety of the library", () => {
  test("the library has sources to check", () => {
    expect(librarySources.length).toBeGreaterThan(10);
  });

  test.each(librarySources.map((f) => [f.slice(dir.length + 1), f]))(
    "%s uses no Node-only API",
    (_name, file) => {
      const text = readFileSync(file, "utf8");
      const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
      const forbidden = [
        /\bprocess\s*\./,
        /\bBuffer\b/,
        /\brequire\s*\(/,
        /\b__dirname\b/,
        /\b__filename\b/,
        /\bsetImmediate\b/,
        /from\s+["'](node:|fs|path|os|util|events|crypto|child_process|stream)["'/]/,
      ];
      for (const pattern of forbidden)
        expect({ file: _name, match: code.match(pattern)?.[0] ?? null }).toEqual({
          file: _name,
          match: null,
        });
    },
  );

  test("the library typechecks with DOM + Office.js typings only (no @types/node)", () => {
    const program = ts.createProgram(librarySources, {
      target: ts.ScriptTarget.ES2020,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
      types: ["office-js"],
      typeRoots: [join(dir, "../node_modules/@types")],
      strict: true,
      noUncheckedIndexedAccess: true,
      noImplicitOverride: true,
      isolatedModules: true,
      skipLibCheck: true,
      noEmit: true,
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    expect(diagnostics).toEqual([]);
  }, 60_000);
});
