/**
 * The bundle budget's "on demand" rules, checked on the source without building (the sizes need a
 * build: `npm run bench`). What the pane and the functions import statically is in their first load.
 */
import { staticImportGraph, type ImportGraph } from "./import-graph";

const pane = staticImportGraph("src/taskpane/index.tsx");
const functions = staticImportGraph("src/functions/functions.ts");
const offline = staticImportGraph("src/offline/index.ts");

/** "react ← src/a.ts ← src/functions/functions.ts" for every file importing one of `packages`. */
function importersOf(graph: ImportGraph, isForbidden: (name: string) => boolean): string[] {
  return [...graph.packages]
    .filter(([name]) => isForbidden(name))
    .flatMap(([name, files]) => files.map((file) => [name, ...graph.pathTo(file).reverse()].join(" ← ")));
}

const isExceljs = (name: string) => name === "exceljs";
const isUi = (name: string) => /^(?:react|react-dom|scheduler)$/.test(name) || name.startsWith("@fluentui/");

describe("code loaded at start", () => {
  test("the walk sees the pane's own imports (React, Fluent UI, the model), so the checks below are not empty", () => {
    expect([...pane.packages.keys()]).toEqual(
      expect.arrayContaining(["react", "@fluentui/react-components"]),
    );
    expect(functions.files).toEqual(expect.arrayContaining(["src/model/index.ts", "src/core/targets.ts"]));
  });

  test("dynamic import() is not followed: the template writer's chunk is loaded on first use", () => {
    expect(pane.files).toContain("src/excel/open-host.ts");
    expect(pane.files).not.toContain("src/excel/insert-template.ts");
    expect(pane.files).not.toContain("src/template/build-layout.ts");
  });

  test("汇总 loads on demand: its reading chunk, actions, words and writer are not in the first load", () => {
    expect(pane.files).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^src\/(xlsx|consolidation)\//)]),
    );
    for (const file of [
      "src/taskpane/consolidation-work.ts",
      "src/taskpane/state/actions/consolidate.ts",
      "src/taskpane/messages/consolidate-zh-CN.ts",
      "src/taskpane/components/ConsolidateTab.tsx",
      "src/excel/write-consolidation.ts",
    ])
      expect(pane.files).not.toContain(file);
  });

  test("nothing the task pane imports statically imports exceljs (file import/export loads on demand)", () => {
    expect(importersOf(pane, isExceljs)).toEqual([]);
  });

  test("nothing the functions import statically imports exceljs", () => {
    expect(importersOf(functions, isExceljs)).toEqual([]);
  });

  test("nothing the functions import statically imports React or Fluent UI", () => {
    expect(importersOf(functions, isUi)).toEqual([]);
  });
});

describe("the offline page's first screen", () => {
  test("the walk sees the page's own modules (state, views, the core), so the checks below are not empty", () => {
    expect(offline.files).toEqual(
      expect.arrayContaining([
        "src/offline/state.ts",
        "src/offline/ui/fill-part.ts",
        "src/core/validation/validate.ts",
      ]),
    );
  });

  test("nothing it imports statically imports exceljs, jszip or src/xlsx: the file code is a second entry, kept as inert text", () => {
    expect(importersOf(offline, (name) => name === "exceljs" || name === "jszip")).toEqual([]);
    expect(
      offline.files.filter(
        (file) => file.startsWith("src/xlsx/") || file === "src/offline/lazy/xlsx-tasks.ts",
      ),
    ).toEqual([]);
  });

  test("nothing of the offline page reaches the task pane or the functions", () => {
    expect([...pane.files, ...functions.files].filter((file) => file.startsWith("src/offline/"))).toEqual([]);
  });
});
