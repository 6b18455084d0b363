import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { actualCell, filledTemplate, layout, newFolder, onTarget, runCli } from "./files";

jest.setTimeout(60_000);

const folder = newFolder();

async function save(workbook: ExcelJS.Workbook, name: string): Promise<string> {
  const file = join(folder, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

describe("files that are not templates, or templates saved by other programs", () => {
  test("a workbook without the template, a text file named .xlsx and a missing file: exit 2 naming each, the rest still checked", async () => {
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet("Sheet1").getCell("A1").value = "会议签到表";
    const notTemplate = await save(plain, "签到表.xlsx");
    const notXlsx = join(folder, "说明.xlsx");
    writeFileSync(notXlsx, "这不是 Excel 文件");
    const missing = join(folder, "没有这个文件.xlsx");
    const good = await filledTemplate(folder, "有错误.xlsx", [["A2-03", 2022, "约60"]]);

    const run = runCli(notTemplate, notXlsx, missing, good, "--period", "2022-12");
    expect(run.stderr).toContain(
      `【${notTemplate}】不是填报模板：没有名称 BL_Annex1、BL_Annex2、BL_Body，也没有含“代码”和“××年实绩”、且列有本规划指标代码的表格。`,
    );
    expect(run.stderr).toContain(`【${notXlsx}】这是文本文件（如 .csv），不是工作簿`);
    expect(run.stderr).toContain(`【${missing}】无法读取：文件不存在。`);
    expect(run.stdout).toContain(`【${good}】报告期 2022年`);
    expect(run.stdout).toContain("“研发投入规模”2022年实绩“约60”不是数字");
    expect(run.status).toBe(2);
  });

  test("a template whose workbook names were dropped (as WPS may) is found by its header rows", async () => {
    const file = await filledTemplate(folder, "WPS.xlsx", [...onTarget(2022), ["A2-05", 2023, "25家"]]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    workbook.definedNames.model = [];
    const run = runCli(await save(workbook, "WPS-无名称.xlsx"), "--period", "2023-12", "--json");
    const findings = JSON.parse(run.stdout) as { code: string; cell: string; suggestion: number | null }[];
    expect(findings).toContainEqual(
      expect.objectContaining({
        code: "number-as-text",
        cell: actualCell("A2-05", 2023).address,
        suggestion: 25,
      }),
    );
    expect(run.stderr).toContain("未找到模板的名称");
    expect(run.status).toBe(1);
  });

  test("a hand-made table: header row anywhere, columns in any order, an unknown 代码 reported", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("汇总");
    sheet.getCell("A1").value = "北仑区制造业目标 实绩汇总";
    sheet.getRow(4).values = ["2022年实绩", "代码", "指标名称"];
    sheet.getRow(5).values = [20, "A2-05", "累计新增数字化车间"];
    sheet.getRow(6).values = [7, "X-01", "自定义指标"];
    const run = runCli(await save(workbook, "手工表.xlsx"), "--period", "2022-12");
    expect(run.stdout).toContain("未识别的行（1 行，未校验）\n  '汇总'!B6  代码“X-01”不在目标模型中");
    // The one 提示 says the table was found by its headers; a hand-made table is asked for no year.
    expect(run.stdout).toContain("合计：错误 0 条，警告 0 条，提示 1 条。");
    expect(run.status).toBe(0);
  });

  test("formula results, rich text and error values are read as Excel gives them", async () => {
    const file = await filledTemplate(folder, "公式.xlsx", [
      ["A2-03", 2022, { formula: "30*2", result: 60 }],
      ["A2-03", 2021, { formula: "1/0", result: { error: "#DIV/0!" } }],
      ["A2-05", 2022, { richText: [{ text: "约" }, { text: "20", font: { bold: true } }] }],
    ]);
    const run = runCli(file, "--period", "2022-12", "--json");
    const findings = JSON.parse(run.stdout) as {
      code: string;
      sheet: string;
      cell: string;
      message: string;
    }[];
    const at = (id: string, year: number) => {
      const { sheet, address } = actualCell(id, year);
      return findings.filter((f) => f.sheet === sheet && f.cell === address);
    };
    expect(at("A2-03", 2022).map((f) => f.code)).toEqual([]);
    expect(at("A2-03", 2021).map((f) => f.code)).toEqual(["excel-error"]);
    expect(at("A2-05", 2022).map((f) => f.message)).toEqual([expect.stringContaining("实绩“约20”不是数字")]);
  });

  test("never writes to the files it reads: bytes and modification time unchanged", async () => {
    const file = await filledTemplate(folder, "只读.xlsx", [["A2-03", 2022, "60亿元"]]);
    const before = { bytes: readFileSync(file), mtime: statSync(file).mtimeMs };
    expect(runCli(file, "--period", "2023-06").status).toBe(1);
    expect(readFileSync(file).equals(before.bytes)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(before.mtime);
  });

  test("a period not written YYYY-MM, or no file at all: exit 2 with the usage", () => {
    const badPeriod = runCli("a.xlsx", "--period", "2023年6月");
    expect(badPeriod.stderr).toContain("报告期“2023年6月”无效：应为 YYYY-MM");
    expect(badPeriod.stderr).toContain("用法：npm run validate-workbook");
    expect(badPeriod.status).toBe(2);
    expect(runCli().status).toBe(2);
  });
});

test("the exported template names three tables the reader finds", () => {
  expect(layout.sheets.map((s) => s.role)).toEqual(["annex1", "annex2", "body"]);
});
