import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

/**
 * The layers of src/ and what each may import (docs/architecture.md):
 *   model ← core ← template ← reader ← {excel, xlsx} ← {taskpane, commands, cli}; host holds only types;
 *   functions use core and model only; the offline page (src/offline) uses the pure layers and xlsx.
 *   A layer not listed under a folder is out of bounds for it.
 * The pane's entry (src/taskpane/index.tsx) is where Excel is plugged in: the one pane file that may
 * import src/excel; the rest of the pane knows only the host contract.
 */
const layers = [
  "model",
  "core",
  "template",
  "reader",
  "consolidation",
  "host",
  "excel",
  "xlsx",
  "functions",
  "taskpane",
  "commands",
  "cli",
  "offline",
];
const allowed = {
  model: [],
  core: ["model"],
  template: ["model", "core"],
  reader: ["model", "core", "template"],
  consolidation: ["model", "core", "template", "reader"],
  host: ["model", "core", "template", "reader", "consolidation"],
  xlsx: ["model", "core", "template", "reader", "consolidation"],
  excel: ["model", "core", "template", "reader", "consolidation", "host"],
  functions: ["model", "core"],
  commands: ["host"],
  taskpane: ["model", "core", "template", "reader", "consolidation", "host", "xlsx", "commands"],
  cli: ["model", "core", "template", "reader", "consolidation", "xlsx"],
  // The offline page: the pure layers, and src/xlsx only through its one on-demand module (src/offline/lazy).
  offline: ["model", "core", "template", "reader", "consolidation", "xlsx"],
};
/** Packages only some layers may use: exceljs reads and writes files; React and Fluent draw the pane. */
const packageHomes = [
  { names: ["exceljs"], layers: ["xlsx"], why: "exceljs 只在 src/xlsx 中使用（读写 .xlsx 文件）" },
  {
    names: ["react", "react-dom", "react-dom/*", "@fluentui/*", "scheduler"],
    layers: ["taskpane"],
    why: "React 与 Fluent UI 只在任务窗格（src/taskpane）中使用",
  },
];
/** Layers that run in a browser or in Excel as well as in Node: no Node built-ins. */
const browserLayers = [
  "model",
  "core",
  "template",
  "reader",
  "consolidation",
  "host",
  "excel",
  "functions",
  "taskpane",
  "commands",
  "offline",
];
/** Layers that must not touch Office.js: everything that is not a shell over Excel. */
const officeFree = ["model", "core", "template", "reader", "consolidation", "host", "xlsx", "cli", "offline"];

const entries = { "src/taskpane/index.tsx": { layer: "taskpane", alsoAllowed: ["excel"] } };

function layerRules(layer, files = [`src/${layer}/**/*.{ts,tsx}`], alsoAllowed = []) {
  const may = [...allowed[layer], ...alsoAllowed];
  const forbidden = layers.filter((other) => other !== layer && !may.includes(other));
  const patterns = [
    {
      regex: `^(\\.\\./)+(${forbidden.join("|")})(/|$)`,
      message: `src/${layer} 不能导入这一层（层次方向见 docs/architecture.md）。`,
    },
    ...packageHomes
      .filter((home) => !home.layers.includes(layer))
      .map((home) => ({ group: home.names, message: `${home.why}。` })),
    ...(browserLayers.includes(layer)
      ? [{ regex: "^node:", message: `src/${layer} 也在浏览器中运行，不能使用 Node 内置模块。` }]
      : []),
    // The host contract is types only: whatever it imports, it imports as a type.
    ...(layer === "host"
      ? [{ regex: ".*", allowTypeImports: true, message: "src/host 只含类型：请用 import type。" }]
      : []),
  ];
  const officeGlobals = ["Office", "Excel", "OfficeExtension", "CustomFunctions"].map((name) => ({
    name,
    message: `src/${layer} 不能使用 Office.js（只有 src/excel、src/taskpane、src/commands、src/functions 接触 Office）。`,
  }));
  const officeTypes = {
    selector: "TSQualifiedName > Identifier.left[name=/^(Office|Excel|OfficeExtension|CustomFunctions)$/]",
    message: `src/${layer} 不能使用 Office.js 的类型。`,
  };
  return {
    files,
    rules: {
      "no-restricted-imports": "off",
      "@typescript-eslint/no-restricted-imports": ["error", { patterns }],
      ...(officeFree.includes(layer)
        ? {
            "no-restricted-globals": ["error", ...officeGlobals],
            "no-restricted-syntax": ["error", officeTypes],
          }
        : {}),
    },
  };
}

export default tseslint.config(
  { ignores: ["dist/", "dist-preview/", "node_modules/", "coverage/", "artifacts/", "src/model/generated/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  ...layers.map((layer) => layerRules(layer)),
  ...Object.entries(entries).map(([file, { layer, alsoAllowed }]) => layerRules(layer, [file], alsoAllowed)),
  {
    files: ["**/*.{js,mjs}"],
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
        URL: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
      },
    },
  },
);
