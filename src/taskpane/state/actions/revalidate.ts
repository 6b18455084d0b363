/** Live validation of edited cells: the re-read rows replace what was shown of them; quiet unless it fails. */
import type { EditedCell, ValidationResult } from "../../../host/contract";
import { distinctCells, mergeRows } from "../findings";
import type { PaneState } from "../pane-state";
import { quietly, type PaneEnv } from "./env";

/**
 * Merges a re-validation begun in `startedIn` (a read generation): dropped when no template was found,
 * before the first full read, or when a full read began since (its result is newer).
 */
export function rowsRevalidated(state: PaneState, result: ValidationResult, startedIn: number): PaneState {
  const { findings, actualCells } = state;
  if (!result.templatePresent || findings === null || startedIn !== state.readGeneration) return state;
  return {
    ...state,
    actualCells: mergeRows(actualCells, result.actuals, distinctCells(result.actuals)),
    findings: mergeRows(findings, result.actuals, distinctCells(result.findings)),
  };
}

export const editsQueued = (state: PaneState, edits: readonly EditedCell[]): PaneState => ({
  ...state,
  pendingEdits: [...state.pendingEdits, ...edits],
});

export const editsTaken = (state: PaneState): PaneState => ({ ...state, pendingEdits: [] });

/** A re-validation that failed: its edits go back to the front of the queue (once each), for the next one. */
export const editsReturned = (state: PaneState, edits: readonly EditedCell[]): PaneState => ({
  ...state,
  pendingEdits: distinctCells([...edits, ...state.pendingEdits]),
});

/** Re-validates the edits queued so far; if that fails (e.g. Excel refused the batch), they are queued again. */
export function revalidatePending(env: PaneEnv): Promise<void> {
  const edits = env.store.get().pendingEdits;
  if (edits.length === 0) return Promise.resolve();
  env.store.set(editsTaken);
  return quietly(env, () =>
    revalidateEdits(env, edits).catch((error: unknown) => {
      env.store.set((state) => editsReturned(state, edits));
      throw error;
    }),
  );
}

export const revalidate = (env: PaneEnv, edits: EditedCell[]) =>
  quietly(env, () => revalidateEdits(env, edits));

async function revalidateEdits(env: PaneEnv, edits: readonly EditedCell[]): Promise<void> {
  const { period, password, readGeneration } = env.store.get();
  const result = await env.host.workbook.revalidate([...edits], period, password);
  env.store.set((state) => rowsRevalidated(state, result, readGeneration));
}
