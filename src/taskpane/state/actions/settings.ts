/** Unit, period and thresholds (stored with the workbook) and the choices that live only in the pane. */
import type { PaneState } from "../pane-state";
import { saveChoices } from "../settings";
import { failed, type PaneEnv } from "./env";
import { refresh } from "./read-template";

export type StoredSetting = Partial<Pick<PaneState, "unit" | "period" | "thresholds" | "assignments">>;
export type PaneChoice = Partial<Pick<PaneState, "insertScope" | "existingChoice" | "password">>;

export const settingsChanged = (state: PaneState, patch: StoredSetting | PaneChoice): PaneState => ({
  ...state,
  ...patch,
});

/** A new period needs the template re-read (its findings depend on it); progress follows by itself. */
export async function saveSettings(env: PaneEnv, patch: StoredSetting): Promise<void> {
  const { store, host, messages } = env;
  store.set((state) => settingsChanged(state, patch));
  const { unit, period, thresholds, assignments, templatePresent } = store.get();
  await saveChoices(host.settings, { unit, period, thresholds, assignments }).catch((error: unknown) =>
    store.set((state) => failed(state, error, messages)),
  );
  if (templatePresent && patch.period !== undefined) await refresh(env);
  // 汇总's statuses and 情况分析 depend on the period and the thresholds too.
  const changesStatuses = patch.period !== undefined || patch.thresholds !== undefined;
  if (changesStatuses && store.get().consolidation.result !== null)
    await import("./consolidate")
      .then((m) => m.reconsolidate(env))
      .catch((error: unknown) => store.set((state) => failed(state, error, messages)));
}

export const choose = (env: PaneEnv, patch: PaneChoice) =>
  env.store.set((state) => settingsChanged(state, patch));
