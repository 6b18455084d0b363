import type { InMemoryWorkbook } from "../../in-memory-excel";
import { excelWorkbook } from "../../src/excel/open-host";
import type { Host, WorkbookSettings } from "../../src/host/contract";

/** Workbook settings kept in memory, as Office.context.document.settings keeps them in the file. */
function memorySettings(): WorkbookSettings {
  const values = new Map<string, unknown>();
  return {
    get: (key) => values.get(key) ?? null,
    set: (key, value) => void values.set(key, value),
    save: async () => undefined,
  };
}

/** The pane's host over the in-memory workbook: ?lang=en-US and ?theme=dark pick the language and theme. */
export function previewHost(wb: InMemoryWorkbook, search: URLSearchParams): Host {
  return {
    workbook: excelWorkbook(wb.run, { dataValidation: true, pageLayout: true }),
    settings: memorySettings(),
    displayLanguage: search.get("lang") ?? "zh-CN",
    darkTheme: search.get("theme") === "dark",
    missingRequirement: search.get("requirement"),
  };
}
