import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { plan } from "../../src/model";
import { buildTemplateLayout } from "../../src/template/build-layout";
import { writeTemplateFile } from "../../src/xlsx/write-template";

let folder: string;
let workbook: ExcelJS.Workbook;

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
  const file = join(folder, "template.xlsx");
  await writeTemplateFile(buildTemplateLayout(plan, { leadUnit: null }), file);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("the template exported as .xlsx, read back with exceljs", () => {
  it("has the three tables and a very hidden sheet recording plan, version and lead unit", () => {
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual([
      "附件1 四倍增、五跃升目标",
      "附件2 目标任务分解",
      "正文其他量化目标",
      "BL_模板信息",
    ]);
    const info = sheet("BL_模板信息");
    expect(info.state).toBe("veryHidden");
    expect([1, 2, 3].map((row) => [info.getCell(row, 1).value, info.getCell(row, 2).value])).toEqual([
      ["BL.planId", "beilun-2021-2025"],
      ["BL.templateVersion", "1"],
      ["BL.leadUnit", "全部牵头单位"],
    ]);
  });

  it("names each table from its header row through its last indicator row", () => {
    expect(workbook.definedNames.getRanges("BL_Annex1").ranges).toEqual([
      "'附件1 四倍增、五跃升目标'!$A$3:$L$12",
    ]);
    expect(workbook.definedNames.getRanges("BL_Annex2").ranges).toEqual(["'附件2 目标任务分解'!$A$3:$T$43"]);
    expect(workbook.definedNames.getRanges("BL_Body").ranges).toEqual(["'正文其他量化目标'!$A$3:$T$10"]);
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

  it("merges the title, subtitle and category cells", () => {
    expect([...annex2().model.merges].sort()).toEqual([
      "A1:T1",
      "A20:A29",
      "A2:T2",
      "A30:A37",
      "A38:A43",
      "A4:A19",
    ]);
  });

  it("formats figures by unit and 完成率 as 0.0%", () => {
    const worksheet = annex2();
    expect(["K4", "K7", "K9", "M6"].map((address) => worksheet.getCell(address).numFmt)).toEqual([
      "0.00",
      "0",
      "0.0%",
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

  it("protects every table sheet without a password, actual cells unlocked and the rest locked", () => {
    for (const name of ["附件1 四倍增、五跃升目标", "附件2 目标任务分解", "正文其他量化目标"]) {
      const protection = protectionOf(sheet(name));
      expect(protection).toMatchObject({ sheet: true });
      expect(protection?.hashValue).toBeUndefined();
    }
    expect(annex2().getCell("L6").protection).toMatchObject({ locked: false });
    expect(annex2().getCell("K6").protection?.locked).not.toBe(false);
    expect(annex2().getCell("M6").protection?.locked).not.toBe(false);
  });

  it("prints A4 landscape, one page wide, title and header rows on every page; frozen below the header", () => {
    const worksheet = annex2();
    expect(worksheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:3",
    });
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
