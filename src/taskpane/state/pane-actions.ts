/**
 * Everything the pane and the ribbon buttons can do, bound to one pane. Each action lives in ./actions
 * with the pure transitions it applies to the state; each reports its outcome as a notice, never silently.
 */
import type { CellWrite, EditedCell, Host } from "../../host/contract";
import type { Messages } from "../messages";
import { applyFixes } from "./actions/apply-fixes";
import { insertFormula, selectCell } from "./actions/cells";
import { asRequest, type PaneEnv } from "./actions/env";
import { insertTemplate } from "./actions/insert-template";
import { readTemplate, refresh, validate } from "./actions/read-template";
import { editsQueued, revalidate, revalidatePending } from "./actions/revalidate";
import { choose, saveSettings, type PaneChoice, type StoredSetting } from "./actions/settings";
import type { ConsolidateMessages } from "../messages/consolidate";
import type { PaneState } from "./pane-state";
import type { PaneStore } from "./store";

/** 汇总's actions load with its tab (they are not needed to open the pane). */
const consolidation = () => import(/* webpackChunkName: "consolidate-actions" */ "./actions/consolidate");

export function createPaneActions(store: PaneStore, host: Host, messages: Messages) {
  const env: PaneEnv = { store, host, messages };
  type Consolidation = Awaited<ReturnType<typeof consolidation>>;
  const later = (change: (m: Consolidation) => (state: PaneState) => PaneState) =>
    consolidation().then((m) => store.set(change(m)));
  const consolidating = (run: (m: Consolidation) => Promise<unknown>) =>
    asRequest(env, "consolidate", () =>
      consolidation()
        .then(run)
        .then(() => undefined),
    );
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
    chooseReturns: (files: readonly File[]) => consolidating((m) => m.chooseReturns(env, files)),
    pickConflict: (key: string, file: string) => consolidating((m) => m.pickConflict(env, key, file)),
    previewWrite: () => consolidating((m) => m.previewWrite(env)),
    toggleOverwrite: (key: string, on: boolean) => later((m) => (s) => m.overwriteToggled(s, key, on)),
    closePreview: () => later((m) => m.previewClosed),
    // After a write the template is read again: the progress list follows the new figures.
    writeConsolidation: () =>
      consolidating(async (m) => (await m.writeConsolidation(env)) && readTemplate(env, store.get().marked)),
    briefCopied: (how: "copied" | "selected", say: ConsolidateMessages) =>
      later((m) => (s) => m.briefCopied(s, how, say)),
  };
}

export type PaneActions = ReturnType<typeof createPaneActions>;
