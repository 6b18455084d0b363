/**
 * The templates as a 科室 prints them: each exported .xlsx printed to PDF by LibreOffice headless (as a
 * Chinese desktop runs it), then measured with poppler's pdftotext: every word at 8 pt or more, no two
 * words on top of each other, the pages the layout planned, the parts of a 报表 there in print. Page
 * images land in artifacts/print/ for a person to look at.
 */
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { plan } from "../../src/model";
import { buildTemplateLayout } from "../../src/template/build-layout";
import { signOffFields } from "../../src/template/sheet-bands";
import type { TemplateLayout } from "../../src/template/types";
import { writeTemplateFile } from "../../src/xlsx/write-template";
import { printToPdf, requireSoffice } from "./libreoffice";
import { overlapping, pageTexts, printedSize, renderPages, wordBoxes, type WordBox } from "./pdf-text";

jest.setTimeout(120_000);

const artifacts = join(__dirname, "..", "..", "artifacts", "print");
const period = { year: 2023, month: 6 };
const templates: { name: string; layout: TemplateLayout }[] = [
  { name: "全部牵头单位", layout: buildTemplateLayout(plan, { leadUnit: null, period }) },
  { name: "区经信局", layout: buildTemplateLayout(plan, { leadUnit: "区经信局", period }) },
];

let folder: string;
const printed = new Map<string, { pdf: string; words: WordBox[]; pages: string[] }>();

beforeAll(async () => {
  requireSoffice();
  folder = mkdtempSync(join(tmpdir(), "bl-print-"));
  mkdirSync(artifacts, { recursive: true });
  for (const { name, layout } of templates) {
    const file = join(folder, `${name}.xlsx`);
    await writeTemplateFile(layout, file);
    const pdf = printToPdf(file, join(artifacts, `${name}.pdf`));
    renderPages(pdf, join(artifacts, name));
    printed.set(name, { pdf, words: wordBoxes(pdf), pages: pageTexts(pdf) });
  }
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const of = (name: string) => {
  const found = printed.get(name);
  if (!found) throw new Error(`${name} was not printed`);
  return found;
};

describe("measuring print", () => {
  it("reads 8 pt text as 8 pt: a SimSun and a SimHei cell of 8 pt at 100% measure 10.4 pt boxes", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("校准", { pageSetup: { paperSize: 9, scale: 100 } });
    sheet.getCell("A1").value = "宋体八号";
    sheet.getCell("A1").font = { name: "SimSun", size: 8, charset: 134 };
    sheet.getCell("A3").value = "黑体八号";
    sheet.getCell("A3").font = { name: "SimHei", size: 8, charset: 134 };
    const file = join(folder, "calibration.xlsx");
    await workbook.xlsx.writeFile(file);
    const sizes = wordBoxes(printToPdf(file, join(folder, "calibration.pdf"))).map(printedSize);
    expect(sizes).toHaveLength(2);
    for (const size of sizes) expect(size).toBeCloseTo(8, 1);
  });
});

describe.each(templates.map(({ name, layout }) => [name, layout] as const))(
  "the template for %s, printed",
  (name, layout) => {
    it("prints every word at 8 pt or more", () => {
      const { words } = of(name);
      const sizes = words.map(printedSize);
      console.info(
        `${name}: ${words.length} words, printed sizes ${Math.min(...sizes).toFixed(2)}–${Math.max(...sizes).toFixed(2)} pt`,
      );
      expect(words.filter((word) => printedSize(word) < 7.98).map((word) => word.text)).toEqual([]);
    });

    it("prints no word over another: the wrapped column headers and long names stay in their cells", () => {
      const { words } = of(name);
      const headers = words.filter((word) =>
        /年(目标|实绩|完成率)?$|^(目标|实绩|完成率|指标|类别|代码|单位)$/.test(word.text),
      );
      expect(headers.length).toBeGreaterThan(10);
      expect(overlapping(words).map(([a, b]) => `p${a.page} “${a.text}” × “${b.text}”`)).toEqual([]);
    });

    it("prints each sheet on the pages the layout planned, A4 landscape, numbered 第 N 页", () => {
      const { pages, words } = of(name);
      const perSheet = layout.sheets.map((sheet) => sheet.page.breaksBefore.length + 1);
      expect(pages).toHaveLength(perSheet.reduce((a, b) => a + b, 0));
      const firstPages = pages.flatMap((text, index) => (text.includes("第1页") ? [index] : []));
      expect(firstPages).toEqual(perSheet.map((_, i) => perSheet.slice(0, i).reduce((a, b) => a + b, 0)));
      const pageWidths = new Set(words.map((word) => word.page));
      expect(pageWidths.size).toBe(pages.length);
      console.info(`${name}: pages per sheet ${perSheet.join(" + ")}`);
    });

    it("heads every page with the title, 填报单位 and 报告期; states the 报告期 under each title", () => {
      const { pages } = of(name);
      const unit = layout.leadUnit ?? "全部牵头单位";
      for (const text of pages) expect(text).toContain(`填报单位：${unit}报告期：2023年1–6月`);
      const count = (text: string) => pages.join("").split(text).length - 1;
      // Once in every page header, once under each title; the 填报说明 names it too (本表报告期：…).
      const stated = count("报告期：2023年1–6月") - count("本表报告期：2023年1–6月");
      expect(stated).toBe(pages.length + layout.sheets.length);
    });

    it("prints the 填报说明 and the sign-off labels under each table", () => {
      const { pages } = of(name);
      const all = pages.join("");
      expect(all.split("填报说明：").length - 1).toBe(layout.sheets.length);
      for (const label of signOffFields) expect(all.split(label).length - 1).toBe(layout.sheets.length);
      expect(all).toContain("百分数可填12%或0.12，均为12%");
    });

    it("prints the split rows' printed names over their parts", () => {
      const all = of(name).pages.join("");
      expect(all).toContain("累计新增营业收入超五百亿级企业（家）/超百亿企业数量（家）");
      expect(all).toContain("超五百亿级企业");
      if (layout.leadUnit === null)
        expect(all).toContain("新增落地总投资超百亿元/总投资超50亿元/总投资超20亿元项目数量(个)");
    });

    it("prints in Chinese faces only (宋体 and 黑体 as the desktop's Song and Hei), no Latin fallback font", () => {
      const fonts = spawnSync("pdffonts", [of(name).pdf], { encoding: "utf8" }).stdout;
      const names = fonts
        .split("\n")
        .slice(2)
        .filter(Boolean)
        .map((line) => line.split(/\s+/)[0] ?? "");
      expect(names.length).toBeGreaterThanOrEqual(2);
      expect(names.filter((font) => !/NotoS(erif|ans)CJK/.test(font))).toEqual([]);
      expect(names.some((font) => /Serif/.test(font)) && names.some((font) => /Sans/.test(font))).toBe(true);
    });

    it("leaves page images in artifacts/print for a person to look at", () => {
      const count = of(name).pages.length;
      for (let page = 1; page <= count; page += 1)
        expect(existsSync(join(artifacts, `${name}-${page}.png`))).toBe(true);
    });
  },
);
