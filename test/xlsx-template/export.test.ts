import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { plan } from "../../src/model";
import { buildTemplateLayout } from "../../src/template/build-layout";
import { writeTemplateFile } from "../../src/xlsx/write-template";
import { zipEntry } from "../support/zip-entry";

let folder: string;
let file: string;
let workbook: ExcelJS.Workbook;
const layout = buildTemplateLayout(plan, { leadUnit: null, period: { year: 2023, month: 6 } });

const sheet = (name: string) => {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};
const annex2 = () => sheet("附件2 目标任务分解");
const protectionOf = (worksheet: ExcelJS.Worksheet) =>
  (worksheet as unknown as { sheetProtection: Record<string, unknown> | null }).sheetProtection;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "bl-template-"));
  file = join(folder, "template.xlsx");
  await writeTemplateFile(layout, file);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("the template exported as .xlsx, read back with exceljs", () => {
  it("has the three tables and a very hidden sheet recording plan, version, lead unit, 报告期 and assignments", () => {
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual([
      "附件1 四倍增、五跃升目标",
      "附件2 目标任务分解",
      "正文其他量化目标",
      "BL_模板信息",
    ]);
    const info = sheet("BL_模板信息");
    expect(info.state).toBe("veryHidden");
    expect([1, 2, 3, 4, 5].map((row) => [info.getCell(row, 1).value, info.getCell(row, 2).value])).toEqual([
      ["BL.planId", "beilun-2021-2025"],
      ["BL.templateVersion", "2"],
      ["BL.leadUnit", "全部牵头单位"],
      ["BL.reportingPeriod", "2023-06"],
      ["BL.assignments", "{}"],
    ]);
  });

  it("names each table from its header row through its last indicator row", () => {
    expect(workbook.definedNames.getRanges("BL_Annex1").ranges).toEqual([
      "'附件1 四倍增、五跃升目标'!$A$3:$L$12",
    ]);
    expect(workbook.definedNames.getRanges("BL_Annex2").ranges).toEqual(["'附件2 目标任务分解'!$A$3:$U$45"]);
    expect(workbook.definedNames.getRanges("BL_Body").ranges).toEqual(["'正文其他量化目标'!$A$3:$U$10"]);
  });

  it("keeps the figures, headers and formulas", () => {
    const worksheet = annex2();
    expect(worksheet.getCell("L3").value).toBe("2023年实绩");
    expect(worksheet.getCell("M3").value).toBe("2023年完成率");
    expect(worksheet.getCell("B6").value).toBe("A2-03");
    expect(worksheet.getCell("K6").value).toBe(70);
    expect(worksheet.getCell("E17").value).toBe("—");
    expect(worksheet.getCell("M6").value).toEqual({ formula: 'IF(L6="","",L6/K6)' });
    expect(sheet("附件1 四倍增、五跃升目标").getCell("G11").value).toEqual({
      formula: `IF('附件2 目标任务分解'!L6="","",'附件2 目标任务分解'!L6)`,
    });
  });

  it("merges what the layout merges", () => {
    for (const layoutSheet of layout.sheets)
      expect([...sheet(layoutSheet.name).model.merges].sort()).toEqual([...layoutSheet.merges].sort());
  });

  it("caches the result of formulas whose inputs are empty, so an untouched file needs no recalculation", () => {
    // exceljs reads an empty cached result back as none, so the XML is read as written.
    const annex2Xml = zipEntry(file, "xl/worksheets/sheet2.xml");
    expect(annex2Xml).toMatch(
      /<c r="M6" s="\d+" t="str"><f>IF\(L6=&quot;&quot;,&quot;&quot;,L6\/K6\)<\/f><v><\/v><\/c>/,
    );
    expect(zipEntry(file, "xl/worksheets/sheet1.xml")).toMatch(
      /<c r="G11" s="\d+" t="str"><f>[^<]+<\/f><v><\/v>/,
    );
    expect(zipEntry(file, "xl/workbook.xml")).not.toContain("fullCalcOnLoad");
  });

  it("names fonts (宋体 SimSun, 黑体 SimSun for headings) with the GB2312 charset, and sets row heights", () => {
    expect(annex2().getCell("C6").font).toMatchObject({ name: "SimSun", charset: 134, size: 10 });
    expect(annex2().getCell("C3").font).toMatchObject({ name: "SimHei", charset: 134 });
    const annex2Layout = layout.sheets[1]!;
    expect(annex2Layout.rowHeights.map((_, row) => annex2().getRow(row + 1).height)).toEqual(
      annex2Layout.rowHeights,
    );
  });

  it("sets the document's title, subject and author (工作专班)", () => {
    expect([workbook.title, workbook.subject, workbook.creator]).toEqual([
      "北仑区新一轮制造业“腾笼换鸟、凤凰涅槃”攻坚行动方案（2021—2025年）（全部牵头单位）",
      "仑政发〔2022〕1号 目标任务填报",
      "工作专班",
    ]);
  });

  it("formats targets as printed (145 亿元, 3 家, 12%) and 完成率 as 0.0%", () => {
    const worksheet = annex2();
    expect(["K4", "K7", "K9", "M6"].map((address) => worksheet.getCell(address).numFmt)).toEqual([
      "0",
      "0",
      "0%",
      "0.0%",
    ]);
  });

  it("validates actual cells with a Chinese prompt and a stop alert", () => {
    expect(annex2().getCell("L6").dataValidation).toMatchObject({
      type: "decimal",
      operator: "greaterThanOrEqual",
      formulae: [0],
      showInputMessage: true,
      promptTitle: "2023年实绩",
      prompt: "研发投入规模（亿元）：填写 2023 年实绩数值。",
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "实绩填写有误",
    });
    expect(annex2().getCell("L7").dataValidation).toMatchObject({
      type: "whole",
      operator: "greaterThanOrEqual",
      formulae: [0],
    });
    expect(annex2().getCell("L9").dataValidation).toMatchObject({
      type: "decimal",
      operator: "between",
      formulae: [0, 1],
    });
  });

  it("protects every table sheet without a password but rows and columns resizable; input cells unlocked", () => {
    for (const name of ["附件1 四倍增、五跃升目标", "附件2 目标任务分解", "正文其他量化目标"]) {
      const protection = protectionOf(sheet(name));
      expect(protection).toMatchObject({ sheet: true, formatRows: true, formatColumns: true });
      expect(protection?.hashValue).toBeUndefined();
    }
    expect(annex2().getCell("L6").protection).toMatchObject({ locked: false });
    expect(annex2().getCell("K6").protection?.locked).not.toBe(false);
    expect(annex2().getCell("M6").protection?.locked).not.toBe(false);
    expect(annex2().getCell("U6")).toMatchObject({ protection: { locked: false }, numFmt: "@" });
  });

  it("prints A4 landscape at 82%, the header row on every page, breaks, header and footer; frozen below the header", () => {
    const worksheet = annex2();
    expect(worksheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: false,
      scale: 82,
      horizontalCentered: true,
      printTitlesRow: "3:3",
      margins: { left: 0.25, right: 0.25, top: 0.6, bottom: 0.6, header: 0.25, footer: 0.25 },
    });
    expect(worksheet.headerFooter.oddFooter).toBe(
      '&L&"SimSun,Regular"&10 依据：仑政发〔2022〕1号 附件2&C&"SimSun,Regular"&10 第 &P 页 共 &N 页&R',
    );
    expect(worksheet.headerFooter.oddHeader).toContain("报告期：2023年1–6月");
    // A break "after row 19" (1-based) starts the next page with the layout's 0-based row 19.
    const xml = zipEntry(file, "xl/worksheets/sheet2.xml");
    const breaks = [...xml.matchAll(/<brk id="(\d+)"/g)].map((match) => Number(match[1]));
    expect(breaks).toEqual(layout.sheets[1]!.page.breaksBefore);
    expect(worksheet.views[0]).toMatchObject({ state: "frozen", xSplit: 3, ySplit: 3 });
  });
});

describe("an exported template for one unit, with a password", () => {
  it("holds only that unit's rows and protects with the password", async () => {
    const file = join(folder, "unit.xlsx");
    await writeTemplateFile(buildTemplateLayout(plan, { leadUnit: "区委人才办" }), file, {
      password: "bl2022",
    });
    const read = new ExcelJS.Workbook();
    await read.xlsx.readFile(file);
    expect(read.worksheets.map((worksheet) => worksheet.name)).toEqual(["附件2 目标任务分解", "BL_模板信息"]);
    const only = read.getWorksheet("附件2 目标任务分解");
    expect([only?.getCell("B4").value, only?.getCell("B5").value, only?.getCell("B6").value]).toEqual([
      "A2-08",
      "A2-09",
      null,
    ]);
    expect(read.getWorksheet("BL_模板信息")?.getCell("B3").value).toBe("区委人才办");
    const protection = (only as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true, algorithmName: "SHA-512" });
    expect(typeof protection.hashValue).toBe("string");
    expect(read.definedNames.getRanges("BL_Annex1").ranges).toEqual([]);
  });
});

describe("actuals carried into the template (汇总's filled template)", () => {
  it('are written as values: text such as "=1/0" and "+63" stays text, a number stays a number', async () => {
    const layout = buildTemplateLayout(plan, { leadUnit: null });
    const annex2Layout = layout.sheets.find((candidate) => candidate.role === "annex2");
    const cellsOf = (indicatorId: string, year: number) =>
      annex2Layout?.cells.find(
        (cell) => cell.actualOf?.indicatorId === indicatorId && cell.actualOf.year === year,
      );
    const [text, plus, number] = [cellsOf("A2-03", 2021), cellsOf("A2-03", 2022), cellsOf("A2-03", 2023)];
    const carried = {
      ...layout,
      sheets: layout.sheets.map((s) =>
        s !== annex2Layout
          ? s
          : {
              ...s,
              cells: s.cells.map((cell) =>
                cell === text
                  ? { ...cell, carried: "=1/0" }
                  : cell === plus
                    ? { ...cell, carried: "+63" }
                    : cell === number
                      ? { ...cell, carried: 36 }
                      : cell,
              ),
            },
      ),
    };
    const file = join(folder, "carried.xlsx");
    await writeTemplateFile(carried, file);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    const worksheet = back.getWorksheet("附件2 目标任务分解");
    const at = (cell: typeof text) => worksheet?.getCell((cell?.row ?? 0) + 1, (cell?.column ?? 0) + 1).value;
    expect([at(text), at(plus), at(number)]).toEqual(["=1/0", "+63", 36]);
  });
});
