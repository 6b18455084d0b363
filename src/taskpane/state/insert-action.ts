import type { InsertResult, PaneHost } from "../host";
import type { Messages } from "../messages";
import type { Notice } from "./pane-state";
import type { PaneStore } from "./store";

function noticeOf(result: InsertResult, choice: "update" | "copy" | null, messages: Messages): Notice {
  if (result.status === "needs-choice") return { intent: "warning", text: messages.insert.needsChoice };
  if (result.status === "wrong-password")
    return { intent: "error", text: messages.insert.wrongPassword(result.sheet) };
  const sheets = result.sheets.join("、");
  const done =
    choice === "update"
      ? messages.insert.updated(result.keptActuals)
      : choice === "copy"
        ? messages.insert.copied(sheets)
        : messages.insert.inserted(sheets);
  const orphans = result.orphanSheet
    ? ` ${messages.insert.orphaned(result.orphanedActuals, result.orphanSheet)}`
    : "";
  return { intent: "success", text: done + orphans };
}

/** 插入模板 with the pane's choices; true when the template was written (the caller then re-reads it). */
export async function insertTemplate(store: PaneStore, host: PaneHost, messages: Messages): Promise<boolean> {
  const { unit, insertScope, existingChoice, password } = store.get();
  const leadUnit = insertScope === "mine" ? unit : null;
  const result = await host.workbook.insertTemplate({ leadUnit, mode: existingChoice ?? "ask", password });
  const notice = noticeOf(result, existingChoice, messages);
  if (result.status === "wrong-password") {
    store.set({ notice });
    return false;
  }
  store.set({
    notice,
    templatePresent: true,
    existingChoice: result.status === "inserted" ? null : existingChoice,
  });
  return result.status === "inserted";
}
