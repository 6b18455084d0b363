/** What every pane action works with, and the two ways an action reports how it went. */
import type { Host } from "../../../host/contract";
import type { Messages } from "../../messages";
import { describeError } from "../describe-error";
import type { Busy, PaneState } from "../pane-state";
import type { PaneStore } from "../store";

export interface PaneEnv {
  store: PaneStore;
  host: Host;
  messages: Messages;
}

export const started = (state: PaneState, busy: Busy): PaneState => ({ ...state, busy, notice: null });

export const finished = (state: PaneState): PaneState => ({ ...state, busy: null });

export const failed = (state: PaneState, error: unknown, messages: Messages): PaneState => ({
  ...state,
  notice: { intent: "error", text: describeError(error, messages) },
});

/** Runs a user's request: busy while it runs, the old notice cleared, a failure shown as a notice. */
export async function asRequest(env: PaneEnv, busy: Busy, work: () => Promise<void>): Promise<void> {
  env.store.set((state) => started(state, busy));
  await work().catch((error: unknown) => env.store.set((state) => failed(state, error, env.messages)));
  env.store.set(finished);
}

/** Runs work in the background of what is shown (the notice stays): only a failure is reported. */
export function quietly(env: PaneEnv, work: () => Promise<void>): Promise<void> {
  return work().catch((error: unknown) => env.store.set((state) => failed(state, error, env.messages)));
}
