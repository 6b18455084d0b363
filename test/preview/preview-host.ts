import type { InMemoryWorkbook } from "../../in-memory-excel";
import { excelWorkbook } from "../../src/excel/open-host";
import type { Host, WorkbookSettings } from "../../src/host/contract";
import { target } from "../../src/functions/functions";

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
    // The 自检 calls the functions module directly: the in-memory workbook has no calculation engine.
    workbook: excelWorkbook(
      wb.run,
      { dataValidation: true, pageLayout: true },
      {
        office: { host: "内存工作簿", platform: "预览页（不是 Excel）", version: "in-memory-excel" },
        customFunctions: target,
        triggerSource: true,
      },
    ),
    settings: memorySettings(),
    displayLanguage: search.get("lang") ?? "zh-CN",
    darkTheme: search.get("theme") === "dark",
    missingRequirement: search.get("requirement"),
  };
}
