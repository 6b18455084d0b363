/**
 * Everything the pane and the ribbon buttons can do, bound to one pane. Each action lives in ./actions
 * with the pure transitions it applies to the state; each reports its outcome as a notice, never silently.
 */
import type { CellWrite, EditedCell, Host } from "../../host/contract";
import type { Messages } from "../messages";
import { applyFixes } from "./actions/apply-fixes";
import { insertFormula, selectCell } from "./actions/cells";
import type { PaneEnv } from "./actions/env";
import { insertTemplate } from "./actions/insert-template";
import { refresh, validate } from "./actions/read-template";
import { editsQueued, revalidate, revalidatePending } from "./actions/revalidate";
import { choose, saveSettings, type PaneChoice, type StoredSetting } from "./actions/settings";
import type { PaneStore } from "./store";

export function createPaneActions(store: PaneStore, host: Host, messages: Messages) {
  const env: PaneEnv = { store, host, messages };
  return {
    refresh: () => refresh(env),
    validate: () => validate(env),
    insertTemplate: () => insertTemplate(env),
    applyFixes: (writes: CellWrite[]) => applyFixes(env, writes),
    revalidate: (edits: EditedCell[]) => revalidate(env, edits),
    queueEdits: (edits: EditedCell[]) => store.set((state) => editsQueued(state, edits)),
    revalidatePending: () => revalidatePending(env),
    saveSettings: (patch: StoredSetting) => saveSettings(env, patch),
    choose: (patch: PaneChoice) => choose(env, patch),
    selectCell: (sheet: string, address: string) => selectCell(env, sheet, address),
    insertFormula: (formula: string) => insertFormula(env, formula),
    // Loaded on the click, with its words: the 自检 is not needed to open the pane.
    selfTest: () => import("./actions/self-test").then(({ runSelfTest }) => runSelfTest(env)),
  };
}

export type PaneActions = ReturnType<typeof createPaneActions>;
