import { render } from "@testing-library/react";
import { createInMemoryWorkbook } from "../../in-memory-excel";
import { excelWorkbook } from "../../src/excel/open-host";
import type { Host } from "../../src/host/contract";
import { zhCN } from "../../src/taskpane/messages/zh-CN";
import { PaneRoot } from "../../src/taskpane/PaneRoot";
import { createPaneActions } from "../../src/taskpane/state/pane-actions";
import { initialState } from "../../src/taskpane/state/pane-state";
import { createStore } from "../../src/taskpane/state/store";

/** The real pane over the in-memory workbook, rendered in jsdom. */
export function renderPane(overrides: Partial<Host> = {}) {
  const wb = createInMemoryWorkbook();
  const saved = new Map<string, unknown>();
  const host: Host = {
    workbook: excelWorkbook(wb.run, { dataValidation: true, pageLayout: true }),
    settings: {
      get: (key) => saved.get(key) ?? null,
      set: (key, value) => void saved.set(key, value),
      save: async () => undefined,
    },
    displayLanguage: "zh-CN",
    darkTheme: false,
    missingRequirement: null,
    ...overrides,
  };
  const store = createStore(initialState(host, new Date(2023, 6, 15), zhCN));
  const actions = createPaneActions(store, host, zhCN);
  const view = render(<PaneRoot pane={{ store, actions }} messages={zhCN} />);
  return { wb, host, store, actions, saved, ...view };
}
