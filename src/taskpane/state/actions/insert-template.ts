/** 插入模板 with the pane's choices; after a write the template is read again (and marked). */
import type { InsertOutcome } from "../../../host/contract";
import type { Messages } from "../../messages";
import type { Notice, PaneState } from "../pane-state";
import { asRequest, type PaneEnv } from "./env";
import { readTemplate } from "./read-template";

function noticeOf(outcome: InsertOutcome, choice: PaneState["existingChoice"], messages: Messages): Notice {
  if (outcome.status === "needs-choice") return { intent: "warning", text: messages.insert.needsChoice };
  if (outcome.status === "wrong-password")
    return { intent: "error", text: messages.insert.wrongPassword(outcome.sheet) };
  const sheets = outcome.sheets.join("、");
  const done =
    choice === "update"
      ? messages.insert.updated(outcome.keptActuals, outcome.keptRemarks ?? 0)
      : choice === "copy"
        ? messages.insert.copied(sheets)
        : messages.insert.inserted(sheets);
  const orphanRemarks = outcome.orphanedRemarks ?? 0;
  const orphans = !outcome.orphanSheet
    ? ""
    : outcome.orphanedActuals > 0 || orphanRemarks === 0
      ? ` ${messages.insert.orphaned(outcome.orphanedActuals, outcome.orphanSheet)}`
      : ` ${messages.insert.orphanedRemarks(orphanRemarks, outcome.orphanSheet)}`;
  return { intent: "success", text: done + orphans };
}

/**
 * What the pane knows after an insertion: a wrong password changes nothing but the notice; otherwise
 * the template is there, and the update/copy choice is spent once the template was written.
 */
export function templateInserted(state: PaneState, outcome: InsertOutcome, messages: Messages): PaneState {
  const notice = noticeOf(outcome, state.existingChoice, messages);
  if (outcome.status === "wrong-password") return { ...state, notice };
  return {
    ...state,
    notice,
    templatePresent: true,
    existingChoice: outcome.status === "inserted" ? null : state.existingChoice,
  };
}

export const insertTemplate = (env: PaneEnv) =>
  asRequest(env, "insert", async () => {
    const { unit, insertScope, existingChoice, password, period, assignments } = env.store.get();
    const leadUnit = insertScope === "mine" ? unit : null;
    const outcome = await env.host.workbook.insertTemplate({
      leadUnit,
      mode: existingChoice ?? "ask",
      password,
      period,
      assignments,
    });
    env.store.set((state) => templateInserted(state, outcome, env.messages));
    if (outcome.status === "inserted") await readTemplate(env, true);
  });
