/**
 * The 自检's words in the pane, in both languages. They load with the settings tab (and the action that
 * runs the 自检), not in the pane's first load. The checks' own words are in src/template/self-test-messages.ts.
 */
import type { OfficeDescription } from "../../host/contract";
import { useMessages } from "./index";

const zhCN = {
  title: "自检",
  intro:
    "在本工作簿的一张临时工作表上逐项检查加载项依赖的 Excel 功能，完成后删除临时内容。首次在真实 Excel 中使用时请先运行，并把报告发给工作专班。注意：自检会清空 Excel 的撤销记录。",
  run: "运行自检",
  running: "正在自检…",
  result: "结果",
  check: "检查项",
  passed: "通过",
  failed: "不通过",
  expected: (text: string) => `预期：${text}`,
  summary: (passed: number, failed: number) =>
    failed === 0 ? `自检完成：${passed} 项全部通过。` : `自检完成：${passed} 项通过，${failed} 项不通过。`,
  office: (office: OfficeDescription | null) =>
    office ? `${office.host} · ${office.platform} · 版本 ${office.version}` : "未知（Office 未提供版本信息）",
  functions: (how: "formula" | "direct"): string =>
    how === "formula" ? "函数：工作表公式，由 Excel 计算" : "函数：直接调用（这里没有 Excel 计算引擎）",
  notCleanedUp: "未能确认工作簿已恢复原样，请检查以“BL自检”开头的工作表。",
  report: "自检报告（可复制）",
  copy: "复制报告",
  copied: "已复制",
  copyFailed: "无法自动复制，请在上面的文本框中手动复制",
};

const enUS: typeof zhCN = {
  title: "Self-test",
  intro:
    "Checks, on a temporary sheet of this workbook, each Excel feature the add-in relies on, then removes what it made. Run it first in a new Excel and send the report to the task force. Note: it clears Excel's undo history.",
  run: "Run self-test",
  running: "Running self-test…",
  result: "Result",
  check: "Check",
  passed: "Pass",
  failed: "Fail",
  expected: (text) => `Expected: ${text}`,
  summary: (passed, failed) =>
    failed === 0
      ? `Self-test done: all ${passed} passed.`
      : `Self-test done: ${passed} passed, ${failed} failed.`,
  office: (office) =>
    office
      ? `${office.host} · ${office.platform} · version ${office.version}`
      : "Unknown (Office gave no version)",
  functions: (how) =>
    how === "formula"
      ? "Functions: a worksheet formula, calculated by Excel"
      : "Functions: called directly (no Excel calculation here)",
  notCleanedUp: "Could not confirm the workbook is as before: look for sheets starting with “BL自检”.",
  report: "Self-test report (copy it)",
  copy: "Copy report",
  copied: "Copied",
  copyFailed: "Could not copy: copy it from the box above",
};

export type SelfTestMessages = typeof zhCN;

/** The 自检's words for the pane's language (`Messages.language`). */
export const selfTestMessages = (language: string): SelfTestMessages =>
  language.toLowerCase().startsWith("en") ? enUS : zhCN;

export const useSelfTestMessages = (): SelfTestMessages => selfTestMessages(useMessages().language);
