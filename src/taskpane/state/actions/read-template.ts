/**
 * Reading the template: 校验实绩 (marks the cells, then sums up) and the quiet re-read when the pane
 * opens or the period changes (marks only a sheet already marked).
 */
import type { ValidationResult } from "../../../host/contract";
import type { Messages } from "../../messages";
import { summarize } from "../findings";
import type { PaneState } from "../pane-state";
import { asRequest, type PaneEnv } from "./env";

/** A full read begins: a new generation (older live re-validations are dropped); marking is remembered. */
export const readStarted = (state: PaneState, mark: boolean): PaneState => ({
  ...state,
  readGeneration: state.readGeneration + 1,
  marked: state.marked || mark,
});

export const templateRead = (state: PaneState, result: ValidationResult): PaneState => ({
  ...state,
  templatePresent: result.templatePresent,
  actualCells: result.actuals,
  findings: result.findings,
});

/** The notice after 校验实绩: no template, problems reading it, or the counts. */
export function validationSummarized(
  state: PaneState,
  result: ValidationResult,
  messages: Messages,
): PaneState {
  const problems = result.problems ?? [];
  const summary = messages.validate.summary(...summarize(result.findings));
  return {
    ...state,
    notice: !result.templatePresent
      ? { intent: "warning", text: messages.validate.noTemplate }
      : problems.length > 0
        ? { intent: "warning", text: [...problems, summary].join(" ") }
        : { intent: "info", text: summary },
  };
}

/** Reads (and with `mark`, marks) the template with the pane's period and password. */
export async function readTemplate({ store, host }: PaneEnv, mark: boolean): Promise<ValidationResult> {
  store.set((state) => readStarted(state, mark));
  const { period, password } = store.get();
  const result = await host.workbook.validate(period, password, mark);
  store.set((state) => templateRead(state, result));
  return result;
}

export const validate = (env: PaneEnv) =>
  asRequest(env, "validate", async () => {
    const result = await readTemplate(env, true);
    env.store.set((state) => validationSummarized(state, result, env.messages));
  });

/** The re-read when the pane opens or the period changes: the old summary no longer holds, so it goes. */
export const refresh = (env: PaneEnv) =>
  asRequest(env, null, async () => void (await readTemplate(env, env.store.get().marked)));
