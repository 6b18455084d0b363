/** `validate-workbook --json --actuals`: what was taken from each file, cell by cell, beside the findings. */
import { join } from "node:path";
import { runCli } from "./files";

jest.setTimeout(60_000);

const corpus = (file: string) => join(__dirname, "../fixtures/returns", file);

interface Actual {
  file: string;
  sheet: string;
  cell: string;
  indicatorId: string;
  year: number;
  raw: unknown;
  formula?: string;
  value: number | null;
}

describe("--json --actuals", () => {
  const linked = corpus("05-linked-actuals.xlsx");
  const dated = corpus("08-dates-and-annotated-text.xlsx");
  const run = runCli(linked, dated, "--period", "2023-06", "--json", "--actuals");
  const output = JSON.parse(run.stdout) as {
    findings: { code: string; cell: string | null }[];
    actuals: Actual[];
  };
  const at = (file: string, cell: string) =>
    output.actuals.find((a) => a.file === file && a.cell === cell && a.sheet === "附件2 目标任务分解");

  test("prints one object: the findings as --json gives them, and every actual read", () => {
    expect(Object.keys(output)).toEqual(["findings", "actuals"]);
    expect(output.findings).toContainEqual(expect.objectContaining({ code: "excel-error", cell: "L6" }));
    // 区经信局's template: 20 附件2 rows and 4 正文 rows, 5 years each.
    expect(output.actuals.filter((a) => a.file === linked)).toHaveLength(24 * 5);
  });

  test("a linked actual shows its formula, the result as raw, and the figure taken (70.3)", () => {
    expect(at(linked, "L4")).toMatchObject({ indicatorId: "A2-01", year: 2023, raw: 70.3, value: 70.3 });
    expect(at(linked, "L4")?.formula).toMatch(/测算'?!B5$/);
    expect(at(linked, "L6")).toMatchObject({ raw: "#DIV/0!", value: null });
  });

  test("a date gives no figure; “63（初步）” gives 63", () => {
    expect(at(dated, "L4")).toMatchObject({ raw: 45107, value: null });
    expect(at(dated, "L8")).toMatchObject({ raw: "63（初步）", value: 63 });
  });

  test("exit status 1: there are 错误", () => {
    expect(run.status).toBe(1);
  });
});

test("two co-lead files that disagree: the text report ends with the conflict, naming both files and figures", () => {
  const a = corpus("09a-co-lead-资规分局-A2-26.xlsx");
  const b = corpus("09b-co-lead-区经信局-A2-26.xlsx");
  const run = runCli(a, b, "--period", "2023-06");
  expect(run.stdout).toContain(
    `【各文件之间】\n警告：A2-26“累计腾出低效工业用地”2023年实绩各文件不一致：【${a}】2100，【${b}】1750，请核实。`,
  );
  expect(run.status).toBe(0);
});
