/**
 * The import direction of docs/architecture.md is enforced by `npm run lint`: each piece of code below
 * is linted as if it were a file of src/ with the project's own eslint config.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

jest.setTimeout(60_000);

interface Fixture {
  file: string;
  code: string;
}

const cases: [behaviour: string, fixture: Fixture, rule: string | null][] = [
  [
    "core importing the Excel shell",
    {
      file: "src/core/x.ts",
      code: 'import { insertLayout } from "../excel/insert-template";\nexport const a = insertLayout;\n',
    },
    "@typescript-eslint/no-restricted-imports",
  ],
  [
    "core (two folders down) importing the template layer above it",
    {
      file: "src/core/validation/x.ts",
      code: 'import { readTable } from "../../template/read-table";\nexport const a = readTable;\n',
    },
    "@typescript-eslint/no-restricted-imports",
  ],
  [
    "model importing core",
    {
      file: "src/model/x.ts",
      code: 'import { shown } from "../core/validation/messages";\nexport const a = shown;\n',
    },
    "@typescript-eslint/no-restricted-imports",
  ],
  [
    "the template layout importing exceljs",
    { file: "src/template/x.ts", code: 'import ExcelJS from "exceljs";\nexport const a = ExcelJS;\n' },
    "@typescript-eslint/no-restricted-imports",
  ],
  [
    "a worksheet function importing React",
    { file: "src/functions/x.ts", code: 'import { useState } from "react";\nexport const a = useState;\n' },
    "@typescript-eslint/no-restricted-imports",
  ],
  [
    "a worksheet function importing the template layer",
    {
      file: "src/functions/x.ts",
      code: 'import { headers } from "../template/types";\nexport const a = headers;\n',
    },
    "@typescript-eslint/no-restricted-imports",
  ],
  [
    "the Excel shell importing the pane's state",
    {
      file: "src/excel/x.ts",
      code: 'import type { PaneState } from "../taskpane/state/pane-state";\nexport type A = PaneState;\n',
    },
    "@typescript-eslint/no-restricted-imports",
  ],
  [
    "the xlsx files importing the Excel shell",
    {
      file: "src/xlsx/x.ts",
      code: 'import { validateWorkbook } from "../excel/validate";\nexport const a = validateWorkbook;\n',
    },
    "@typescript-eslint/no-restricted-imports",
  ],
  [
    "a pane component importing src/excel instead of the host contract",
    {
      file: "src/taskpane/components/X.tsx",
      code: 'import { excelWorkbook } from "../../excel/open-host";\nexport const a = excelWorkbook;\n',
    },
    "@typescript-eslint/no-restricted-imports",
  ],
  [
    "the host contract importing a value",
    { file: "src/host/x.ts", code: 'import { plan } from "../model";\nexport const a = plan;\n' },
    "@typescript-eslint/no-restricted-imports",
  ],
  [
    "core using Office.js",
    { file: "src/core/x.ts", code: "export const language = () => Office.context.displayLanguage;\n" },
    "no-restricted-globals",
  ],
  [
    "the template layer naming an Office.js type",
    { file: "src/template/x.ts", code: "export type A = Excel.Range;\n" },
    "no-restricted-syntax",
  ],
  [
    "core importing a Node built-in",
    {
      file: "src/core/x.ts",
      code: 'import { readFileSync } from "node:fs";\nexport const a = readFileSync;\n',
    },
    "@typescript-eslint/no-restricted-imports",
  ],
  [
    "the command line importing the Excel shell",
    {
      file: "src/cli/x.ts",
      code: 'import { validateWorkbook } from "../excel/validate";\nexport const a = validateWorkbook;\n',
    },
    "@typescript-eslint/no-restricted-imports",
  ],
  [
    "the offline page importing React",
    { file: "src/offline/x.ts", code: 'import { useState } from "react";\nexport const a = useState;\n' },
    "@typescript-eslint/no-restricted-imports",
  ],
  [
    "the offline page importing a Node built-in (it runs in a browser)",
    {
      file: "src/offline/ui/x.ts",
      code: 'import { readFileSync } from "node:fs";\nexport const a = readFileSync;\n',
    },
    "@typescript-eslint/no-restricted-imports",
  ],
  [
    "the offline page importing the task pane",
    {
      file: "src/offline/x.ts",
      code: 'import { groupFindings } from "../taskpane/state/finding-groups";\nexport const a = groupFindings;\n',
    },
    "@typescript-eslint/no-restricted-imports",
  ],
  [
    "the offline page importing exceljs itself rather than src/xlsx",
    { file: "src/offline/lazy/x.ts", code: 'import ExcelJS from "exceljs";\nexport const a = ExcelJS;\n' },
    "@typescript-eslint/no-restricted-imports",
  ],
  [
    "the task pane importing the offline page",
    {
      file: "src/taskpane/x.ts",
      code: 'import { reduce } from "../offline/state";\nexport const a = reduce;\n',
    },
    "@typescript-eslint/no-restricted-imports",
  ],
  [
    "the offline page using Office.js",
    { file: "src/offline/x.ts", code: "export const language = () => Office.context.displayLanguage;\n" },
    "no-restricted-globals",
  ],
  // What the direction allows.
  [
    "the offline page using consolidation, the reader and the xlsx files",
    {
      file: "src/offline/lazy/x.ts",
      code: 'import { consolidate } from "../../consolidation/consolidate";\nimport { readReturnBytes } from "../../xlsx/read-return";\nexport const a = [consolidate, readReturnBytes];\n',
    },
    null,
  ],
  [
    "the pane's entry plugging in the Excel host",
    {
      file: "src/taskpane/index.tsx",
      code: 'import { openExcelHost } from "../excel/open-host";\nexport const a = openExcelHost;\n',
    },
    null,
  ],
  [
    "the host contract importing types",
    { file: "src/host/x.ts", code: 'import type { Plan } from "../model/types";\nexport type A = Plan;\n' },
    null,
  ],
  [
    "the Excel shell using template, core and the host contract",
    {
      file: "src/excel/x.ts",
      code: 'import { readTable } from "../template/read-table";\nimport type { Host } from "../host/contract";\nexport const a = readTable;\nexport type H = Host;\n',
    },
    null,
  ],
  [
    "the command line using the xlsx files and Node",
    {
      file: "src/cli/x.ts",
      code: 'import { readFile } from "node:fs/promises";\nimport { readTemplateFile } from "../xlsx/read-template-file";\nexport const a = [readFile, readTemplateFile];\n',
    },
    null,
  ],
];

const results: { file: string; rules: string[] }[] = (() => {
  const run = spawnSync(process.execPath, [join(__dirname, "lint-text.mjs")], {
    input: JSON.stringify(cases.map(([, fixture]) => fixture)),
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as { file: string; rules: string[] }[];
})();

describe("npm run lint enforces the layers", () => {
  test.each(cases.map(([behaviour, , rule], index) => [behaviour, rule, index] as const))(
    "%s: %s",
    (_behaviour, rule, index) => {
      expect(results[index]?.rules).toEqual(rule === null ? [] : [rule]);
    },
  );
});
