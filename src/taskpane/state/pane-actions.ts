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
import type { ConsolidateMessages } from "../messages/consolidate";
import type { PaneState } from "./pane-state";
import type { PaneStore } from "./store";

/** 汇总's actions load with its tab (they are not needed to open the pane). */
const consolidation = () => import(/* webpackChunkName: "consolidate-actions" */ "./actions/consolidate");

export function createPaneActions(store: PaneStore, host: Host, messages: Messages) {
  const env: PaneEnv = { store, host, messages };
  const later = (change: (m: Awaited<ReturnType<typeof consolidation>>) => (state: PaneState) => PaneState) =>
    consolidation().then((m) => store.set(change(m)));
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
    chooseReturns: (files: readonly File[]) => consolidation().then((m) => m.chooseReturns(env, files)),
    pickConflict: (key: string, file: string) => consolidation().then((m) => m.pickConflict(env, key, file)),
    previewWrite: () => consolidation().then((m) => m.previewWrite(env)),
    toggleOverwrite: (key: string, on: boolean) => later((m) => (s) => m.overwriteToggled(s, key, on)),
    closePreview: () => later((m) => m.previewClosed),
    writeConsolidation: () => consolidation().then((m) => m.writeConsolidation(env)),
    briefCopied: (how: "copied" | "selected", say: ConsolidateMessages) =>
      later((m) => (s) => m.briefCopied(s, how, say)),
  };
}

export type PaneActions = ReturnType<typeof createPaneActions>;
