/**
 * `npm run consolidate` as the task force runs it, over real returned files: the co-lead corpus files
 * (资规分局 2100 亩 and 区经信局 1750 亩 of 累计腾出低效工业用地 2023) and templates filled here.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { actualCell, filledTemplate, root } from "../cli-validate/files";
import { cellText, numberIn, requireSoffice, sheetsAsCsv } from "../xlsx-template/libreoffice";

jest.setTimeout(120_000);

const corpus = (file: string) => join(__dirname, "../fixtures/returns", file);
const zigui = corpus("09a-co-lead-资规分局-A2-26.xlsx");
const jingxin = corpus("09b-co-lead-区经信局-A2-26.xlsx");
const folder = mkdtempSync(join(tmpdir(), "consolidate-"));

function consolidateCli(...args: string[]) {
  const tsx = join(root, "node_modules", ".bin", "tsx");
  const run = spawnSync(tsx, ["src/cli/consolidate.ts", ...args], { cwd: root, encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface Json {
  period: { year: number; month: number };
  files: { file: string; unit: string; sha256: string }[];
  values: {
    indicatorId: string;
    year: number;
    value: number;
    file: string;
    unit: string;
    sheet: string;
    cell: string;
  }[];
  conflicts: {
    indicatorId: string;
    year: number;
    chosen: string | null;
    candidates: { file: string; unit: string; value: number }[];
  }[];
  missing: { units: string[]; indicators: { indicatorId: string; year: number; units: string[] }[] };
  statuses: {
    indicatorId: string;
    actual: number | null;
    expected: number | null;
    attainment: number | null;
    status: string | null;
  }[];
  brief: string;
}

describe("two co-lead units disagree", () => {
  test("without --prefer: exit 1, the conflict listed with both candidates, the value left out", () => {
    const out = join(folder, "汇总-未确认.xlsx");
    const run = consolidateCli(zigui, jingxin, "--out", out, "--period", "2023-06", "--json");
    const json = JSON.parse(run.stdout) as Json;
    expect(run.status).toBe(1);
    expect(json.conflicts).toEqual([
      {
        indicatorId: "A2-26",
        year: 2023,
        chosen: null,
        candidates: [
          { file: zigui, unit: "资规分局", value: 2100 },
          { file: jingxin, unit: "区经信局", value: 1750 },
        ],
      },
    ]);
    expect(json.values.some((v) => v.indicatorId === "A2-26" && v.year === 2023)).toBe(false);
    expect(json.files.map((f) => f.unit)).toEqual(["资规分局", "区经信局"]);
    expect(json.files[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(existsSync(out)).toBe(true);
  });

  test("--prefer 资规分局: its 2100 is taken, with its file and cell; exit 0", () => {
    const run = consolidateCli(
      zigui,
      jingxin,
      "--out",
      join(folder, "汇总-资规.xlsx"),
      "--period",
      "2023-06",
      "--prefer",
      "资规分局",
      "--json",
    );
    const json = JSON.parse(run.stdout) as Json;
    expect(json.values.find((v) => v.indicatorId === "A2-26" && v.year === 2023)).toEqual({
      indicatorId: "A2-26",
      year: 2023,
      value: 2100,
      file: zigui,
      unit: "资规分局",
      sheet: "附件2 目标任务分解",
      cell: "L4",
    });
    // 9500 亩 by 2025 from 3000 at the end of 2023: 2023's target is 3000, its 1–6月 序时进度 starts from 2022's 1500.
    expect(json.statuses.find((s) => s.indicatorId === "A2-26")).toMatchObject({
      actual: 2100,
      status: expect.any(String),
    });
    expect(run.status).toBe(0);
  });
});

describe("files are never overwritten, never changed", () => {
  test("an existing --out is not overwritten without --force; --out may not be one of the inputs", () => {
    const out = join(folder, "已有.xlsx");
    expect(consolidateCli(zigui, "--out", out).status).toBe(0);
    const before = statSync(out).mtimeMs;
    const again = consolidateCli(zigui, "--out", out);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain(`文件已存在：${out}。如需覆盖，请加 --force。`);
    expect(statSync(out).mtimeMs).toBe(before);
    const self = consolidateCli(zigui, "--out", zigui, "--force");
    expect(self.status).toBe(2);
    expect(self.stderr).toContain("--out 不能是交回的文件之一");
  });

  test("the returned files keep their bytes", () => {
    const before = readFileSync(zigui);
    consolidateCli(zigui, jingxin, "--out", join(folder, "只读.xlsx"), "--force");
    expect(readFileSync(zigui).equals(before)).toBe(true);
  });

  test("a file that cannot be read: exit 2, named; the others are still merged", () => {
    const out = join(folder, "含无法读取.xlsx");
    const run = consolidateCli(zigui, corpus("10d-encrypted-password.xlsx"), "--out", out, "--json");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("文件设有打开密码");
    expect((JSON.parse(run.stdout) as Json).files.map((f) => f.file)).toEqual([zigui]);
  });
});

describe("the 汇总 workbook", () => {
  // 研发投入规模 (A2-03) 2023 typed as 36 by 区科技局; text from a file that looks like formulas.
  const typed: [string, number, ExcelJS.CellValue][] = [
    ["A2-03", 2023, 36],
    ["A2-05", 2023, "=1/0"],
    ["A2-06", 2023, "+63"],
    ["A2-12", 2023, "@SUM(A1)"],
    ["A2-13", 2023, "-"],
  ];
  let out: string;
  beforeAll(async () => {
    const file = await filledTemplate(folder, "=1+1 区科技局.xlsx", typed);
    out = join(folder, "汇总.xlsx");
    consolidateCli(file, "--out", out, "--period", "2023-06", "--force");
  });

  test("text from a returned file that begins with =, +, - or @ stays text in 数据来源, never a formula", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sources = workbook.getWorksheet("数据来源")!;
    const cells: ExcelJS.Cell[] = [];
    sources.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    expect(cells.filter((cell) => cell.type === ExcelJS.ValueType.Formula)).toEqual([]);
    // “+63” is a figure typed as text in a % row (数字经济核心产业增加值占GDP比重): merged as 63% = 0.63,
    // its cell shown as typed, as text.
    const typedAsText = cells.find((cell) => cell.value === "+63");
    expect(typedAsText?.type).toBe(ExcelJS.ValueType.String);
    const fileName = cells.find((cell) => String(cell.value).endsWith("=1+1 区科技局.xlsx"));
    expect(fileName?.type).toBe(ExcelJS.ValueType.String);
    // The texts that are no figure (=1/0, @SUM(A1), -) are not merged: the values are 36 and 0.63.
    const valueRows = cells.filter((cell) => cell.fullAddress.col === 4 && typeof cell.value === "number");
    expect(valueRows.map((cell) => cell.value)).toEqual([36, 0.63]);
  });

  test("LibreOffice opens it, computes 完成率 in the filled template (36 ÷ 70 = 51.4%) and shows 数据来源, 进度总览 and 情况分析", () => {
    requireSoffice();
    const sheets = sheetsAsCsv(out);
    expect([...sheets.keys()]).toEqual(
      expect.arrayContaining(["附件2 目标任务分解", "数据来源", "进度总览", "情况分析"]),
    );
    const { address } = actualCell("A2-03", 2023);
    const annex2 = sheets.get("附件2 目标任务分解")!;
    expect(cellText(annex2, address)).toBe("36");
    const rateColumn = String.fromCharCode(address.charCodeAt(0) + 1);
    expect(numberIn(cellText(annex2, `${rateColumn}${address.slice(1)}`))).toBeCloseTo(36 / 70, 10);
    const brief = sheets.get("情况分析")!;
    expect(brief[0]?.[0]).toBe("2023年1–6月制造业高质量发展目标推进情况分析");
    // 36 亿元 against a 序时进度 of 35: 102.9% 达标, as in the pane.
    const overview = sheets.get("进度总览")!;
    const row = overview.find((cells) => cells[1] === "A2-03")!;
    expect(row.slice(5, 8).map(numberIn)).toEqual([70, 35, 36]);
    expect(numberIn(row[8] ?? "")).toBeCloseTo(36 / 35, 10);
    expect(row[9]).toBe("达标");
  });
});

test("without --period, the period the files state (报告期：2023年1–9月) is the one consolidated", async () => {
  const { buildTemplateLayout } = await import("../../src/template/build-layout");
  const { plan } = await import("../../src/model");
  const stating = buildTemplateLayout(plan, { leadUnit: null, period: { year: 2023, month: 9 } });
  const file = await filledTemplate(folder, "一至九月.xlsx", [["A2-03", 2023, 52.5]], stating);
  const run = consolidateCli(file, "--out", join(folder, "汇总-九月.xlsx"), "--force", "--json");
  const json = JSON.parse(run.stdout) as Json;
  expect(json.period).toEqual({ year: 2023, month: 9 });
  // 研发投入规模: 70 亿元 × 9/12 = 52.5 序时进度; 52.5 is 100% 达标.
  expect(json.statuses.find((s) => s.indicatorId === "A2-03")).toMatchObject({
    expected: 52.5,
    status: "达标",
  });
});
