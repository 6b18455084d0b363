import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { plan } from "../../src/model";
import { runTemplateCli } from "../../src/cli/template-command";

let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "bl-template-cli-"));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function run(...argv: string[]) {
  const output = { logs: [] as string[], errors: [] as string[] };
  const io = {
    log: (text: string) => output.logs.push(text),
    error: (text: string) => output.errors.push(text),
  };
  return runTemplateCli(argv, plan, io).then((code) => ({ code, ...output }));
}

describe("npm run template", () => {
  it("writes the template for one unit and says where", async () => {
    const file = join(folder, "区经信局.xlsx");
    const result = await run("--out", file, "--unit", "区经信局");
    expect(result.code).toBe(0);
    expect(result.logs.join("\n")).toContain("已生成");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.getWorksheet("BL_模板信息")?.getCell("B3").value).toBe("区经信局");
    expect(workbook.getWorksheet("附件2 目标任务分解")?.getCell("B4").value).toBe("A2-01");
  });

  it("states --period under each title: 2023-06 is 报告期：2023年1–6月", async () => {
    const file = join(folder, "period.xlsx");
    const result = await run("--out", file, "--unit", "区科技局", "--period", "2023-06");
    expect(result.code).toBe(0);
    expect(result.logs.join("\n")).toContain("报告期：2023年1–6月");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.getWorksheet("附件2 目标任务分解")?.getCell("D2").value).toBe("报告期：2023年1–6月");
    expect(workbook.getWorksheet("BL_模板信息")?.getCell("B4").value).toBe("2023-06");
  });

  it("states the last complete month without --period: on 15 July 2023, 2023年1–6月", async () => {
    const file = join(folder, "default-period.xlsx");
    const output = { log: (_: string) => undefined, error: (_: string) => undefined };
    expect(await runTemplateCli(["--out", file], plan, output, new Date(2023, 6, 15))).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.getWorksheet("附件2 目标任务分解")?.getCell("D2").value).toBe("报告期：2023年1–6月");
  });

  it("gives 工作专班 the targets the document names no lead unit for, unless --assign gives one to a unit", async () => {
    const read = async (file: string) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      return workbook.getWorksheet("正文其他量化目标");
    };
    const taskForce = join(folder, "工作专班.xlsx");
    expect((await run("--out", taskForce, "--unit", "工作专班")).code).toBe(0);
    const body = await read(taskForce);
    expect([body?.getCell("B4").value, body?.getCell("B5").value, body?.getCell("T4").value]).toEqual([
      "B-06",
      "B-07",
      "工作专班（文件未明确）",
    ]);
    const assigned = join(folder, "assigned.xlsx");
    expect((await run("--out", assigned, "--unit", "区发改局", "--assign", "B-06=区发改局")).code).toBe(0);
    const ids = await read(assigned);
    expect([ids?.getCell("B5").value, ids?.getCell("T5").value]).toEqual([
      "B-06",
      "区发改局（工作专班指定）",
    ]);
  });

  it.each([
    [["--period", "2023-13"], "报告期“2023-13”无效"],
    [["--assign", "B-06"], "--assign “B-06”无效"],
    [["--assign", "A2-01=区经信局"], "A2-01 在文件中已有牵头单位，不能指定；可指定的指标：B-06、B-07。"],
    [["--assign", "B-06=区财政局"], "没有牵头单位“区财政局”"],
  ])("refuses %j with a Chinese message", async (extra, message) => {
    const result = await run("--out", join(folder, "bad.xlsx"), ...extra);
    expect(result.code).toBe(1);
    expect(result.errors.join("\n")).toContain(message);
  });

  it("refuses to overwrite an existing file unless --force", async () => {
    const file = join(folder, "existing.xlsx");
    writeFileSync(file, "not a workbook");
    const refused = await run("--out", file);
    expect(refused.code).toBe(1);
    expect(refused.errors.join("\n")).toContain("文件已存在");
    expect(statSync(file).size).toBe("not a workbook".length);
    const forced = await run("--out", file, "--force");
    expect(forced.code).toBe(0);
    expect(statSync(file).size).toBeGreaterThan(1000);
  });

  it("names the lead units it knows when given another", async () => {
    const result = await run("--out", join(folder, "x.xlsx"), "--unit", "区财政局");
    expect(result.code).toBe(1);
    expect(result.errors.join("\n")).toContain("没有牵头单位“区财政局”。可选：区经信局、区发改局、区科技局");
    expect(existsSync(join(folder, "x.xlsx"))).toBe(false);
  });

  it.each([
    [["--unit", "区经信局"], "缺少 --out"],
    [["--out", "a.csv"], "输出文件须以 .xlsx 结尾"],
    [["--out"], "参数有误"],
    [["--out", "a.xlsx", "--colour", "red"], "参数有误"],
  ])("fails with a Chinese message and the usage for %j", async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(1);
    expect(result.errors.join("\n")).toContain(message);
    expect(result.errors.join("\n")).toContain("用法：npm run template");
  });

  it("says so when the output folder does not exist", async () => {
    const result = await run("--out", "/no/such/folder/a.xlsx");
    expect(result.code).toBe(1);
    expect(result.errors).toEqual(["输出目录不存在：/no/such/folder"]);
  });

  it("exits 1 from the command line on bad arguments", () => {
    const result = spawnSync("npx", ["tsx", "src/cli/template.ts", "--bogus"], {
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("参数有误");
  }, 30_000);
});
