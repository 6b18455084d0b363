/** 自检: the host runs it; the pane keeps its report and says how it went. Loaded on the click (pane-actions). */
import type { SelfTestReport } from "../../../host/contract";
import { selfTestMessages, type SelfTestMessages } from "../../messages/self-test";
import type { PaneState } from "../pane-state";
import { asRequest, type PaneEnv } from "./env";

/** The report is shown; the notice says how many checks passed (a warning when one did not). */
export function selfTestFinished(
  state: PaneState,
  report: SelfTestReport,
  words: SelfTestMessages,
): PaneState {
  const failed = report.checks.filter((check) => !check.passed).length;
  const text = words.summary(report.checks.length - failed, failed);
  return {
    ...state,
    selfTest: report,
    notice: { intent: failed === 0 && report.cleanedUp ? "success" : "warning", text },
  };
}

export const runSelfTest = (env: PaneEnv) =>
  asRequest(env, "selfTest", async () => {
    const report = await env.host.workbook.selfTest();
    const words = selfTestMessages(env.messages.language);
    env.store.set((state) => selfTestFinished(state, report, words));
  });
