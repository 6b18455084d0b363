import { createRoot } from "react-dom/client";
import type { Host } from "../host/contract";
import { loadMessages } from "./messages";
import { PaneRoot } from "./PaneRoot";
import { createPaneActions } from "./state/pane-actions";
import { initialState } from "./state/pane-state";
import { createStore } from "./state/store";
import type { Pane } from "./state/pane-context";

const liveValidationDelayMs = 600;

/** Builds the pane's state over a host (real Excel or the in-memory preview), renders it and starts live validation. */
export async function startPane(host: Host, container: HTMLElement): Promise<Pane> {
  const [messages, theme] = await Promise.all([
    loadMessages(host.displayLanguage),
    host.darkTheme ? import("./dark-theme").then((m) => m.webDarkTheme) : undefined,
  ]);
  const store = createStore(initialState(host, new Date(), messages));
  const actions = createPaneActions(store, host, messages);
  createRoot(container).render(<PaneRoot pane={{ store, actions }} messages={messages} theme={theme} />);
  // Live validation runs once the user has paused: each edit queues and restarts the wait.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watching = host.workbook.watchEdits((edits) => {
    actions.queueEdits(edits);
    clearTimeout(timer);
    timer = setTimeout(() => void actions.revalidatePending(), liveValidationDelayMs);
  });
  // Excel before ExcelApi 1.9 has no workbook-wide change events (no host of the shared runtime is that
  // old): if watching fails all the same, say so; 校验实绩 still works.
  watching.catch(() => store.set({ notice: { intent: "warning", text: messages.errors.noLiveValidation } }));
  if (host.missingRequirement === null) void actions.refresh();
  return { store, actions };
}
