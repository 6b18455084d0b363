import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { plan } from "../../src/model";
import type { Plan } from "../../src/model";
import { buildTemplateLayout } from "../../src/template/build-layout";
import { writeTemplateFile } from "../../src/xlsx/write-template";
import { cellText, numberIn, printedPages, requireSoffice, sheetsAsCsv } from "./libreoffice";

jest.setTimeout(60_000);

let folder: string;

beforeAll(() => {
  requireSoffice();
  folder = mkdtempSync(join(tmpdir(), "bl-template-lo-"));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Writes the template, types actuals into it with exceljs (as a user of any spreadsheet would), saves. */
async function templateWithActuals(
  source: Plan,
  name: string,
  actuals: Record<string, number>,
): Promise<string> {
  const file = join(folder, `${name}.xlsx`);
  await writeTemplateFile(buildTemplateLayout(source, { leadUnit: null }), file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const annex2 = workbook.getWorksheet("附件2 目标任务分解");
  if (!annex2) throw new Error("no 附件2 sheet");
  for (const [address, value] of Object.entries(actuals)) annex2.getCell(address).value = value;
  const filled = join(folder, `${name}-filled.xlsx`);
  await workbook.xlsx.writeFile(filled);
  return filled;
}

describe("the exported template opened in LibreOffice", () => {
  let sheets: Map<string, string[][]>;

  beforeAll(async () => {
    // 研发投入规模 2023 (L6) 63 of 70; 累计新增未来工厂 2023 (L7) 3 of 3; 数字经济核心产业增加值占GDP比重 2022 (I9) 9% of 10%.
    sheets = sheetsAsCsv(await templateWithActuals(plan, "actuals", { L6: 63, L7: 3, I9: 0.09 }));
  });

  const annex2 = () => sheets.get("附件2 目标任务分解") ?? [];
  const annex1 = () => sheets.get("附件1 四倍增、五跃升目标") ?? [];

  it("computes 完成率 from the typed actual: 研发投入规模 2023, 63 of 70, is 90%", () => {
    expect(cellText(annex2(), "L6")).toBe("63");
    expect(numberIn(cellText(annex2(), "M6"))).toBeCloseTo(0.9, 10);
    expect(numberIn(cellText(annex2(), "M7"))).toBeCloseTo(1, 10);
    expect(numberIn(cellText(annex2(), "J9"))).toBeCloseTo(0.9, 10);
  });

  it("leaves 完成率 empty while the actual is empty, and where there is no target", () => {
    expect(cellText(annex2(), "M4")).toBe("");
    expect(cellText(annex2(), "G17")).toBe("");
    expect(cellText(annex2(), "S23")).toBe("");
  });

  it("shows in 附件1 the actual typed in 附件2 (研发投入规模 2023: 63) and its 完成率", () => {
    expect(cellText(annex1(), "B11")).toBe("A2-03");
    expect(cellText(annex1(), "G11")).toBe("63");
    expect(numberIn(cellText(annex1(), "H11"))).toBeCloseTo(0.9, 10);
    expect(cellText(annex1(), "J11")).toBe("");
    expect(cellText(annex1(), "K11")).toBe("");
  });

  it("shows no error value in any cell", () => {
    for (const [name, rows] of sheets) {
      const errors = rows.flat().filter((text) => /^#|^Err:/.test(text));
      expect({ name, errors }).toEqual({ name, errors: [] });
    }
  });

  it("reads the figures as the document prints them", () => {
    expect(cellText(annex2(), "C6")).toBe("研发投入规模");
    expect(cellText(annex2(), "K6")).toBe("70");
    expect(cellText(annex2(), "E17")).toBe("—");
  });
});

describe("the exported template printed by LibreOffice", () => {
  it("prints on A4 landscape pages: 附件1 on one, 附件2 on three, the body targets on one", async () => {
    const file = join(folder, "print.xlsx");
    await writeTemplateFile(buildTemplateLayout(plan, { leadUnit: null }), file);
    expect(printedPages(file)).toEqual(Array(5).fill("842×595"));
  });
});

describe("an untouched template opened in LibreOffice", () => {
  it("shows the cached results: every 完成率 and 附件1 实绩 empty, no error", async () => {
    const file = join(folder, "untouched.xlsx");
    await writeTemplateFile(buildTemplateLayout(plan, { leadUnit: null }), file);
    const untouched = sheetsAsCsv(file);
    expect(cellText(untouched.get("附件2 目标任务分解") ?? [], "M6")).toBe("");
    expect(cellText(untouched.get("附件1 四倍增、五跃升目标") ?? [], "G11")).toBe("");
  });
});

describe("a lower-is-better indicator in LibreOffice", () => {
  it("computes target ÷ actual, and nothing (not #DIV/0!) for an actual of 0", async () => {
    const lower: Plan = {
      ...plan,
      indicators: plan.indicators.map((indicator) =>
        indicator.id === "A2-03" ? { ...indicator, direction: "lower" as const } : indicator,
      ),
    };
    const sheets = sheetsAsCsv(await templateWithActuals(lower, "lower", { L6: 80, F6: 0 }));
    const annex2 = sheets.get("附件2 目标任务分解") ?? [];
    expect(numberIn(cellText(annex2, "M6"))).toBeCloseTo(70 / 80, 10);
    expect(cellText(annex2, "G6")).toBe("");
  });
});
