/** 修正: writes the fixes the user confirmed, then reads the template again so the marks follow. */
import type { CellWrite, FixResult } from "../../../host/contract";
import type { Messages } from "../../messages";
import type { PaneState } from "../pane-state";
import { asRequest, type PaneEnv } from "./env";
import { readTemplate } from "./read-template";

export function fixesApplied(
  state: PaneState,
  { applied, skipped }: FixResult,
  messages: Messages,
): PaneState {
  const text =
    messages.findings.applied(applied.length) +
    (skipped.length ? messages.findings.skipped(skipped.length) : "");
  return { ...state, notice: { intent: skipped.length ? "warning" : "success", text } };
}

export const applyFixes = (env: PaneEnv, writes: CellWrite[]) =>
  asRequest(env, "fix", async () => {
    const result = await env.host.workbook.applyFixes(writes, env.store.get().password);
    await readTemplate(env, true);
    env.store.set((state) => fixesApplied(state, result, env.messages));
  });
