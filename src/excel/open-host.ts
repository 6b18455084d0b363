/**
 * Opens the host contract (src/host) over Excel: the workbook operations, each one file of this
 * folder run in its own `Excel.run` batch, the workbook's settings, and Office's language and theme.
 * `excelWorkbook` also takes the in-memory workbook's `run`, for tests, the preview page and the bench.
 */
import type { Host, OfficeDescription, WorkbookOperations, WorkbookSettings } from "../host/contract";
import { plan } from "../model";
import { insertFormula } from "./insert-formula";
import type { HostFeatures } from "./layout-sheet";
import type { SelfTestEnvironment } from "./self-test";
import { selectCell } from "./select-cell";
import { watchEdits } from "./watch-edits";

/** The 自检 in Excel: custom functions through a formula, triggerSource where ExcelApi 1.14 is. */
const inExcel: SelfTestEnvironment = { office: null, customFunctions: "formula", triggerSource: true };

export function excelWorkbook(
  run: typeof Excel.run,
  features: HostFeatures,
  selfTestEnvironment: SelfTestEnvironment = inExcel,
): WorkbookOperations {
  return {
    // The template builder and writer load on first use: they are not needed to open the pane.
    insertTemplate: async (request) => {
      const { insertTemplate } = await import("./insert-template");
      return run((context) => insertTemplate(context, plan, request, features));
    },
    // Validation (the reader, the rules, the marks) loads on first use too: the pane opens without it.
    validate: async (period, password, mark = true) => {
      const { validateWorkbook } = await import("./validate");
      return run((context) => validateWorkbook(context, plan, period, password, mark));
    },
    // Live validation runs while the user is often typing in the next cell: Excel fails a batch in
    // cell-edit mode unless it is asked to wait (RunOptions.delayForCellEdit, no requirement set noted).
    revalidate: async (edits, period, password) => {
      const { revalidateEdits } = await import("./revalidate-edits");
      return run({ delayForCellEdit: true }, (context) =>
        revalidateEdits(context, plan, edits, period, password),
      );
    },
    applyFixes: async (writes, password) => {
      const { applyFixes } = await import("./apply-fixes");
      return run((context) => applyFixes(context, writes, password));
    },
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
    // Loads on first use, like the template writer.
    selfTest: async () => {
      const { selfTest } = await import("./self-test");
      return selfTest(run, plan, selfTestEnvironment);
    },
  };
}

/** The host in Excel (call inside `Office.onReady`). */
export function openExcelHost(): Host {
  return {
    workbook: excelWorkbook(Excel.run, hostFeatures(), {
      office: officeDescription(),
      customFunctions: "formula",
      triggerSource: Office.context.requirements.isSetSupported("ExcelApi", "1.14"),
    }),
    settings: documentSettings(),
    displayLanguage: Office.context.displayLanguage ?? "zh-CN",
    darkTheme: officeThemeIsDark(),
    missingRequirement: Office.context.requirements.isSetSupported("ExcelApi", "1.7") ? null : "ExcelApi 1.7",
  };
}

/**
 * Which of the writer's optional features this Excel supports. The manifest requires SharedRuntime 1.1,
 * and every host Microsoft lists for it has ExcelApi 1.10 or later (Windows Version 2002, Mac 16.35,
 * Excel 2021 volume-licensed, the web), so this check and `missingRequirement` (ExcelApi 1.7) never
 * fail where the add-in loads; they stay as cheap guards. triggerSource (ExcelApi 1.14) is the one
 * branch real hosts take both ways: Windows 2002–2107 and Mac 16.35–16.51 lack it.
 */
function hostFeatures(): HostFeatures {
  const has = (version: string) => Office.context.requirements.isSetSupported("ExcelApi", version);
  return { dataValidation: has("1.8"), pageLayout: has("1.9") };
}

/**
 * Office's host, platform and version for the 自检's report. Office.context.diagnostics has no Excel
 * requirement set in the reference (only Outlook's Mailbox 1.5 is named), so its absence is allowed for.
 */
function officeDescription(): OfficeDescription | null {
  const diagnostics = Office.context.diagnostics as Office.ContextInformation | undefined;
  if (!diagnostics) return null;
  return {
    host: String(diagnostics.host ?? ""),
    platform: String(diagnostics.platform ?? ""),
    version: String(diagnostics.version ?? ""),
  };
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
