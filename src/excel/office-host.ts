import type { PaneHost, WorkbookOperations, WorkbookSettings } from "../taskpane/host";

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

export function officeHost(workbook: WorkbookOperations): PaneHost {
  return {
    workbook,
    settings: documentSettings(),
    displayLanguage: Office.context.displayLanguage ?? "zh-CN",
    darkTheme: officeThemeIsDark(),
    missingRequirement: Office.context.requirements.isSetSupported("ExcelApi", "1.7") ? null : "ExcelApi 1.7",
  };
}
