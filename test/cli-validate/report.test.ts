import { reportLines } from "../../src/cli/report";
import { templateCell, findingsOf } from "../validation/cells";

describe("the report of one file", () => {
  test("groups findings by severity, 错误 first, with a count per group and a summary line", () => {
    const cells = [
      templateCell("A2-03", 2024, 80),
      templateCell("A2-06", 2022, 10),
      templateCell("A2-03", 2022, "约60"),
    ];
    const lines = reportLines(findingsOf({ actuals: cells }));
    expect(lines).toEqual([
      "错误（1 条）",
      `  '附件2 目标任务分解'!${cells[2]?.address}  “研发投入规模”2022年实绩“约60”不是数字：请填写以亿元为单位的数值，如 60。`,
      "警告（1 条）",
      `  '附件2 目标任务分解'!${cells[1]?.address}  “数字经济核心产业增加值占GDP比重”2022年实绩为 10，即 1000%，可能漏了“%”：若指 10%，应填 0.1。（建议改为 0.1）`,
      "提示（1 条）",
      expect.stringContaining("2024年实绩已填写 80"),
      "合计：错误 1 条，警告 1 条，提示 1 条。",
    ]);
  });

  test("no findings: only the summary saying so", () => {
    expect(reportLines([])).toEqual(["合计：未发现问题。"]);
  });
});
