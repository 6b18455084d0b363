/**
 * Opens the host contract (src/host) over Excel: the workbook operations, each one file of this
 * folder run in its own `Excel.run` batch, the workbook's settings, and Office's language and theme.
 * `excelWorkbook` also takes the in-memory workbook's `run`, for tests, the preview page and the bench.
 */
import type { Host, WorkbookOperations, WorkbookSettings } from "../host/contract";
import { plan } from "../model";
import { applyFixes } from "./apply-fixes";
import { insertFormula } from "./insert-formula";
import type { HostFeatures } from "./layout-sheet";
import { revalidateEdits } from "./revalidate-edits";
import { selectCell } from "./select-cell";
import { validateWorkbook } from "./validate";
import { watchEdits } from "./watch-edits";

export function excelWorkbook(run: typeof Excel.run, features: HostFeatures): WorkbookOperations {
  return {
    // The template builder and writer load on first use: they are not needed to open the pane.
    insertTemplate: async (request) => {
      const { insertTemplate } = await import("./insert-template");
      return run((context) => insertTemplate(context, plan, request, features));
    },
    validate: (period, password, mark = true) =>
      run((context) => validateWorkbook(context, plan, period, password, mark)),
    revalidate: (edits, period, password) =>
      run((context) => revalidateEdits(context, plan, edits, period, password)),
    applyFixes: (writes, password) => run((context) => applyFixes(context, writes, password)),
    selectCell: (sheet, address) => run((context) => selectCell(context, sheet, address)),
    insertFormula: (formula) => run((context) => insertFormula(context, formula)),
    // 汇总 loads its writer on first use too.
    previewConsolidation: async (workbook) => {
      const { previewConsolidation } = await import("./write-consolidation");
      return run((context) => previewConsolidation(context, plan, workbook));
    },
    writeConsolidation: async (write) => {
      const { writeConsolidation } = await import("./write-consolidation");
      return run((context) => writeConsolidation(context, plan, write, features));
    },
    watchEdits: (onEdit) => watchEdits(run, onEdit),
  };
}

/** The host in Excel (call inside `Office.onReady`). */
export function openExcelHost(): Host {
  return {
    workbook: excelWorkbook(Excel.run, hostFeatures()),
    settings: documentSettings(),
    displayLanguage: Office.context.displayLanguage ?? "zh-CN",
    darkTheme: officeThemeIsDark(),
    missingRequirement: Office.context.requirements.isSetSupported("ExcelApi", "1.7") ? null : "ExcelApi 1.7",
  };
}

/** Which of the writer's optional features this Excel supports. */
function hostFeatures(): HostFeatures {
  const has = (version: string) => Office.context.requirements.isSetSupported("ExcelApi", version);
  return { dataValidation: has("1.8"), pageLayout: has("1.9") };
}

/** Office.context.document.settings as a promise-based store (saved inside the workbook). */
function documentSettings(): WorkbookSettings {
  const settings = Office.context.document.settings;
  return {
    get: (key) => settings.get(key) as unknown,
    set: (key, value) => settings.set(key, value),
    save: () =>
      new Promise((resolve, reject) =>
        settings.saveAsync((result) =>
          result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(result.error),
        ),
      ),
  };
}

/** Office's theme is dark when its body background is dark (Office.context.officeTheme, where available). */
function officeThemeIsDark(): boolean {
  const background = Office.context.officeTheme?.bodyBackgroundColor;
  if (!background || !/^#?[0-9a-f]{6}$/i.test(background)) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(background.replace("#", "").slice(i, i + 2), 16));
  return 0.299 * (r ?? 0) + 0.587 * (g ?? 0) + 0.114 * (b ?? 0) < 128;
}
