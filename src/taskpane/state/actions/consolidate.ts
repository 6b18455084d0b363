/**
 * 汇总 in the pane: the chosen files read one by one in the browser (by a chunk loaded on demand),
 * consolidated with the pane's period and thresholds, conflicts settled by the user's picks, a
 * preview of the write for the confirmation, then the write. Pure transitions first, then the actions.
 */
import type { Consolidation, ReturnInput } from "../../../consolidation/types";
import type { ConsolidationWritePlan } from "../../../consolidation/write-plan";
import type { Result } from "../../../core/result";
import type { ConsolidationOutcome } from "../../../host/contract";
import { plan } from "../../../model";
import { uniqueNames } from "../../../reader/file-names";
import { consolidateMessagesFor, type ConsolidateMessages } from "../../messages/consolidate";
import type { ChosenReturn, ConsolidationView, PaneState } from "../pane-state";
import type { PaneEnv } from "./env";

const withView = (state: PaneState, view: Partial<ConsolidationView>): PaneState => ({
  ...state,
  consolidation: { ...state.consolidation, ...view },
});

/** New files chosen: they replace the earlier choice, picks and result included. */
export const returnsChosen = (state: PaneState, names: readonly string[]): PaneState =>
  withView(state, {
    picks: {},
    result: null,
    preview: null,
    ticked: [],
    outcome: null,
    choice: state.consolidation.choice + 1,
    files: uniqueNames(names).map((file): ChosenReturn => ({
      file,
      status: "reading",
      message: null,
      input: null,
      latestYear: null,
    })),
  });

const latestYear = (input: ReturnInput): number | null => {
  const years = input.actuals.filter((cell) => cell.raw !== "" && cell.raw !== null).map((cell) => cell.year);
  return years.length > 0 ? Math.max(...years) : null;
};

/** One file of choice `choice` read (or refused in words); a file of an earlier choice changes nothing. */
export const returnRead = (
  state: PaneState,
  choice: number,
  index: number,
  read: Result<ReturnInput>,
): PaneState =>
  choice !== state.consolidation.choice
    ? state
    : withView(state, {
        files: state.consolidation.files.map((chosen, i) =>
          i !== index
            ? chosen
            : read.ok
              ? { ...chosen, status: "read", input: read.value, latestYear: latestYear(read.value) }
              : { ...chosen, status: "unreadable", message: read.message },
        ),
      });

/** The files read so far, in the order chosen (a unit's later file wins when neither says when it was saved). */
export const readReturns = (view: ConsolidationView): ReturnInput[] =>
  view.files.flatMap((chosen) => (chosen.input ? [chosen.input] : []));

export const readingProgress = (view: ConsolidationView) => ({
  done: view.files.filter((chosen) => chosen.status !== "reading").length,
  total: view.files.length,
});

export const consolidated = (state: PaneState, result: Consolidation): PaneState =>
  withView(state, { result, preview: null, outcome: null });

/** The user keeps one file's figure for a conflict (the result follows from a new consolidation). */
export const conflictPicked = (state: PaneState, key: string, file: string): PaneState =>
  withView(state, { picks: { ...state.consolidation.picks, [key]: file } });

export const cellKey = (change: { sheet: string; address: string }) => `${change.sheet}!${change.address}`;

/**
 * The confirmation opens on what the write would do; nothing is ticked for overwriting until the user
 * does. A preview of a 汇总 that has changed since it was asked for (another period, a conflict picked)
 * is dropped: the confirmation never shows a write that is not the one that would run.
 */
export const writePreviewed = (
  state: PaneState,
  preview: ConsolidationWritePlan,
  of: Consolidation,
): PaneState => (state.consolidation.result === of ? withView(state, { preview, ticked: [] }) : state);

export const overwriteToggled = (state: PaneState, key: string, on: boolean): PaneState =>
  withView(state, {
    ticked: on
      ? [...new Set([...state.consolidation.ticked, key])]
      : state.consolidation.ticked.filter((k) => k !== key),
  });

export const previewClosed = (state: PaneState): PaneState => withView(state, { preview: null, ticked: [] });

export function consolidationWritten(
  state: PaneState,
  outcome: ConsolidationOutcome,
  say: ConsolidateMessages,
): PaneState {
  const parts = [
    outcome.insertedTemplate ? say.insertedTemplate(outcome.insertedTemplate.join("、")) : "",
    say.written(outcome.written.length, outcome.overwritten, outcome.sheets.join("、")),
    outcome.kept.length > 0 ? say.kept(outcome.kept.length) : "",
    outcome.locked.length > 0 ? say.locked(outcome.locked.length) : "",
    outcome.unplaced > 0 ? say.unplaced(outcome.unplaced) : "",
  ];
  const warned = outcome.kept.length + outcome.locked.length + outcome.unplaced > 0;
  return {
    ...withView(state, { preview: null, ticked: [], outcome }),
    notice: { intent: warned ? "warning" : "success", text: parts.filter(Boolean).join("") },
  };
}

export const briefCopied = (
  state: PaneState,
  how: "copied" | "selected",
  say: ConsolidateMessages,
): PaneState => ({
  ...state,
  notice: {
    intent: how === "copied" ? "success" : "info",
    text: how === "copied" ? say.copied : say.selected,
  },
});

const work = () => import(/* webpackChunkName: "consolidation-work" */ "../../consolidation-work");

/** Consolidates the files read with the pane's period, thresholds and picks. */
export async function reconsolidate({ store }: PaneEnv): Promise<void> {
  const { consolidate } = await work();
  const { period, thresholds, consolidation } = store.get();
  const returns = readReturns(consolidation);
  const choices = { prefer: null, picks: consolidation.picks };
  store.set((state) => consolidated(state, consolidate(plan, period, returns, choices, thresholds)));
}

/*
 * The actions below do the work; state/pane-actions.ts runs each as a request (busy, failure in words),
 * so this module, loaded with the 汇总 tab, needs nothing of the pane's first load but its types.
 */

/** Reads the chosen files one after the other (one in memory at a time), then consolidates them. */
export async function chooseReturns(env: PaneEnv, files: readonly File[]): Promise<void> {
  env.store.set((state) =>
    returnsChosen(
      state,
      files.map((file) => file.name),
    ),
  );
  const { readChosenFile } = await work();
  const { choice, files: chosen } = env.store.get().consolidation;
  for (const [index, file] of files.entries()) {
    const read = await readChosenFile(plan, chosen[index]?.file ?? file.name, file);
    if (env.store.get().consolidation.choice !== choice) return;
    env.store.set((state) => returnRead(state, choice, index, read));
  }
  await reconsolidate(env);
}

export async function pickConflict(env: PaneEnv, key: string, file: string): Promise<void> {
  env.store.set((state) => conflictPicked(state, key, file));
  await reconsolidate(env);
}

/** The confirmation: what the write would do in this workbook, read without writing. */
export async function previewWrite(env: PaneEnv): Promise<void> {
  const { result } = env.store.get().consolidation;
  if (!result) return;
  const { consolidationWorkbook } = await work();
  const preview = await env.host.workbook.previewConsolidation(consolidationWorkbook(plan, result));
  env.store.set((state) => writePreviewed(state, preview, result));
}

/** The write, as confirmed; true once written (the caller then reads the template again). */
export async function writeConsolidation(env: PaneEnv): Promise<boolean> {
  const { consolidation, password } = env.store.get();
  const { result, preview, ticked } = consolidation;
  if (!result || !preview) return false;
  const { consolidationWorkbook } = await work();
  const overwrite = preview.differing.filter((change) => ticked.includes(cellKey(change)));
  env.store.set(previewClosed);
  const outcome = await env.host.workbook.writeConsolidation({
    workbook: consolidationWorkbook(plan, result),
    overwrite,
    password,
  });
  const say = consolidateMessagesFor(env.messages);
  env.store.set((state) => consolidationWritten(state, outcome, say));
  return true;
}
