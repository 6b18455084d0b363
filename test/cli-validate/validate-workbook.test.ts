import { join } from "node:path";
import { actualCell, filledTemplate, newFolder, onTarget, runCli, type Typed } from "./files";

jest.setTimeout(60_000);

interface JsonFinding {
  file: string;
  sheet: string;
  cell: string;
  indicatorId: string;
  year: number;
  severity: string;
  code: string;
  message: string;
  suggestion: number | null;
}

const folder = newFolder();
const without = (typed: Typed[], id: string, year: number) =>
  typed.filter(([i, y]) => i !== id || y !== year);

// Through 2022 on target, and in 2023年1–6月: 研发投入规模 “约150”, 数字化车间 18 after 20, 占GDP比重 12.
const withMistakes: Typed[] = [
  ...without(onTarget(2022), "A2-03", 2022),
  ["A2-03", 2022, "60亿元"],
  ["A2-03", 2023, "约150"],
  ["A2-05", 2023, 18],
  ["A2-06", 2023, 12],
];

describe("npm run validate-workbook on returned templates", () => {
  test("a template filled on target through 2023 has no problem in 2023 (全年): exit 0", async () => {
    const file = await filledTemplate(folder, "区经信局.xlsx", onTarget(2023));
    const run = runCli(file, "--period", "2023-12");
    expect(run.stdout).toBe(`【${file}】报告期 2023年\n合计：未发现问题。\n\n`);
    expect(run.status).toBe(0);
  });

  test("--json lists every finding with file, sheet, cell, indicator, year, severity, code, message, suggestion", async () => {
    const file = await filledTemplate(folder, "区科技局.xlsx", withMistakes);
    const run = runCli(file, "--period", "2023-06", "--json");
    const findings = JSON.parse(run.stdout) as JsonFinding[];
    const rd2022 = actualCell("A2-03", 2022);
    expect(findings).toContainEqual({
      file,
      sheet: rd2022.sheet,
      cell: rd2022.address,
      indicatorId: "A2-03",
      year: 2022,
      severity: "错误",
      code: "number-as-text",
      message: "“研发投入规模”2022年实绩“60亿元”是文本，不能参与计算：应填数值 60 亿元。",
      suggestion: 60,
    });
    const codeAt = (id: string, year: number) => {
      const { sheet, address } = actualCell(id, year);
      return findings
        .filter((f) => f.sheet === sheet && f.cell === address)
        .map((f) => [f.code, f.suggestion]);
    };
    expect(codeAt("A2-03", 2023)).toEqual([["text-not-number", null]]);
    expect(codeAt("A2-05", 2023)).toEqual([["cumulative-decrease", null]]);
    expect(codeAt("A2-06", 2023)).toEqual([["percent-scale", 0.12]]);
    expect(codeAt("A2-01", 2023)).toEqual([["not-reported", null]]);
    expect(run.status).toBe(1);
  });

  test("the human report groups by severity with a summary line, in Chinese", async () => {
    const file = join(folder, "区科技局.xlsx");
    const lines = runCli(file, "--period", "2023-06").stdout.split("\n");
    const rd2023 = actualCell("A2-03", 2023);
    expect(lines[0]).toBe(`【${file}】报告期 2023年1–6月`);
    expect(lines[1]).toBe("错误（2 条）");
    expect(lines[3]).toBe(
      `  '${rd2023.sheet}'!${rd2023.address}  “研发投入规模”2023年实绩“约150”不是数字：请填写以亿元为单位的数值，如 150。`,
    );
    expect(lines[4]).toBe("警告（2 条）");
    expect(lines).toContain(
      `  '${rd2023.sheet}'!${actualCell("A2-06", 2023).address}  “数字经济核心产业增加值占GDP比重”2023年实绩为 12，即 1200%，可能漏了“%”：若指 12%，应填 0.12。（建议改为 0.12）`,
    );
    expect(lines.filter((l) => l.startsWith("提示"))).toHaveLength(1);
    expect(lines.at(-3)).toMatch(/^合计：错误 2 条，警告 2 条，提示 \d+ 条。$/);
  });

  test("warnings and notes only: exit 0", async () => {
    const typed: Typed[] = [...without(onTarget(2023), "A2-06", 2023), ["A2-06", 2023, 12]];
    const run = runCli(await filledTemplate(folder, "warnings.xlsx", typed), "--period", "2023-12");
    expect(run.stdout).toContain("合计：错误 0 条，警告 1 条，提示 0 条。");
    expect(run.status).toBe(0);
  });
});
