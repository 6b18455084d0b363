import { createContext, useContext, useSyncExternalStore } from "react";
import type { PaneActions } from "./pane-actions";
import type { PaneState } from "./pane-state";
import type { PaneStore } from "./store";

export interface Pane {
  store: PaneStore;
  actions: PaneActions;
}

export const PaneContext = createContext<Pane | null>(null);

/** The pane's state (re-rendering on every change) and its actions. */
export function usePane(): { state: PaneState; actions: PaneActions } {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error("usePane needs a PaneContext provider");
  const state = useSyncExternalStore(pane.store.subscribe, pane.store.get);
  return { state, actions: pane.actions };
}
