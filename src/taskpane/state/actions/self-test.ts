/** 自检: the host runs it; the pane keeps its report and says how it went. */
import type { SelfTestReport } from "../../../host/contract";
import type { Messages } from "../../messages";
import type { PaneState } from "../pane-state";
import { asRequest, type PaneEnv } from "./env";

/** The report is shown; the notice says how many checks passed (a warning when one did not). */
export function selfTestFinished(state: PaneState, report: SelfTestReport, messages: Messages): PaneState {
  const failed = report.checks.filter((check) => !check.passed).length;
  const text = messages.selfTest.summary(report.checks.length - failed, failed);
  return {
    ...state,
    selfTest: report,
    notice: { intent: failed === 0 && report.cleanedUp ? "success" : "warning", text },
  };
}

export const runSelfTest = (env: PaneEnv) =>
  asRequest(env, "selfTest", async () => {
    const report = await env.host.workbook.selfTest();
    env.store.set((state) => selfTestFinished(state, report, env.messages));
  });
