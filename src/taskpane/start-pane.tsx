import { createRoot } from "react-dom/client";
import type { PaneHost } from "./host";
import { loadMessages } from "./messages";
import { PaneRoot } from "./PaneRoot";
import { createPaneActions, initialState } from "./state/pane-actions";
import { createStore } from "./state/store";
import type { Pane } from "./state/pane-context";

const liveValidationDelayMs = 600;

/** Builds the pane's state over a host (real Excel or the in-memory preview), renders it and starts live validation. */
export async function startPane(host: PaneHost, container: HTMLElement): Promise<Pane> {
  const [messages, theme] = await Promise.all([
    loadMessages(host.displayLanguage),
    host.darkTheme ? import("./dark-theme").then((m) => m.webDarkTheme) : undefined,
  ]);
  const store = createStore(initialState(host, new Date(), messages));
  const actions = createPaneActions(store, host, messages);
  createRoot(container).render(<PaneRoot pane={{ store, actions }} messages={messages} theme={theme} />);
  let pending: { sheet: string; address: string }[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watching = host.workbook.watchEdits((edits) => {
    pending = [...pending, ...edits];
    clearTimeout(timer);
    timer = setTimeout(() => void actions.revalidate(pending.splice(0)), liveValidationDelayMs);
  });
  // Older Excel (before ExcelApi 1.9) has no workbook-wide change events: say so, 校验实绩 still works.
  watching.catch(() => store.set({ notice: { intent: "warning", text: messages.errors.noLiveValidation } }));
  if (host.missingRequirement === null) void actions.refresh();
  return { store, actions };
}
