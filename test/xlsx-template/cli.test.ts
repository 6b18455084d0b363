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
