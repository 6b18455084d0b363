import { plan } from "../../src/model";
import { buildTemplateLayout } from "../../src/template/build-layout";
import { cellAddress } from "../../src/template/address";
import { createInMemoryWorkbook, type InMemoryWorkbook } from "../../in-memory-excel";
import { insert, tenfold } from "./workbook-helpers";

const annex1 = "附件1 四倍增、五跃升目标";
const annex2 = "附件2 目标任务分解";
const body = "正文其他量化目标";

const layout = buildTemplateLayout(plan, { leadUnit: null, period: { year: 2023, month: 6 } });

async function freshWorkbook(): Promise<InMemoryWorkbook> {
  const wb = createInMemoryWorkbook({ sheets: ["说明"] });
  const outcome = await insert(wb, { layout, mode: "ask" });
  expect(outcome).toMatchObject({
    status: "inserted",
    sheets: [annex1, annex2, body],
    keptActuals: 0,
    orphanedActuals: 0,
  });
  return wb;
}

describe("inserting the template into a workbook without one", () => {
  let wb: InMemoryWorkbook;
  beforeAll(async () => {
    wb = await freshWorkbook();
  });

  it("adds the three sheets after the user's own, touching no other sheet, and shows 附件2", () => {
    expect(wb.sheetNames()).toEqual(["说明", annex1, annex2, body]);
    expect(wb.sheet("说明").usedAddress).toBeNull();
    expect(wb.activeSheetName()).toBe(annex2);
  });

  it("names each table from its header row through its last indicator row", () => {
    expect(wb.names().map(({ name, formula }) => [name, formula])).toEqual([
      ["BL_Annex1", `='${annex1}'!$A$3:$L$12`],
      ["BL_Annex2", `='${annex2}'!$A$3:$U$45`],
      ["BL_Body", "=正文其他量化目标!$A$3:$U$10"],
    ]);
  });

  it("records plan, template version, lead unit, 报告期 and assignments in custom document properties", () => {
    expect(wb.customProperties().map(({ key, value }) => [key, value])).toEqual([
      ["BL.planId", "beilun-2021-2025"],
      ["BL.templateVersion", "2"],
      ["BL.leadUnit", "全部牵头单位"],
      ["BL.reportingPeriod", "2023-06"],
      ["BL.assignments", "{}"],
    ]);
  });

  it("sets the workbook's title, subject and author (工作专班)", () => {
    expect(wb.documentProperties()).toMatchObject({
      title: "北仑区新一轮制造业“腾笼换鸟、凤凰涅槃”攻坚行动方案（2021—2025年）（全部牵头单位）",
      subject: "仑政发〔2022〕1号 目标任务填报",
      author: "工作专班",
    });
  });

  it("writes every cell of the layout: figures, —, formulas and labels", () => {
    const sheet = wb.sheet(annex2);
    expect(sheet.cell("B6").value).toBe("A2-03");
    expect(sheet.cell("K6").value).toBe(70);
    expect(sheet.cell("E17").value).toBe("—");
    expect(sheet.cell("M6").formula).toBe('=IF(L6="","",L6/K6)');
    expect(sheet.cell("G17").formula).toBeNull();
    expect(wb.sheet(annex1).cell("G11").formula).toBe(`=IF('${annex2}'!L6="","",'${annex2}'!L6)`);
    for (const layoutSheet of layout.sheets) {
      const written = wb.sheet(layoutSheet.name);
      for (const cell of layoutSheet.cells) {
        const snapshot = written.cell(cellAddress(cell.row, cell.column));
        const content =
          typeof cell.content === "string" && cell.content.startsWith("=")
            ? snapshot.formula
            : snapshot.value;
        expect([cellAddress(cell.row, cell.column), content]).toEqual([
          cellAddress(cell.row, cell.column),
          cell.content ?? "",
        ]);
      }
    }
  });

  it("merges what the layout merges: title, the line under it, categories, printed names, notes, sign-off", () => {
    for (const layoutSheet of layout.sheets)
      expect([...wb.sheet(layoutSheet.name).mergedAreas].sort()).toEqual([...layoutSheet.merges].sort());
    expect(wb.sheet(annex2).mergedAreas).toEqual(expect.arrayContaining(["A1:U1", "A4:A19", "C22:S22"]));
  });

  it("names 宋体 and 黑体, and gives every row the layout's height (wrapped names, the 填报说明)", () => {
    const sheet = wb.sheet(annex2);
    expect([sheet.cell("C6").fontName, sheet.cell("C3").fontName, sheet.cell("A1").fontName]).toEqual([
      "SimSun",
      "SimHei",
      "SimHei",
    ]);
    const layoutSheet = layout.sheets.find((candidate) => candidate.role === "annex2")!;
    expect(layoutSheet.rowHeights.map((_, row) => sheet.rowHeight(row + 1))).toEqual(layoutSheet.rowHeights);
    expect(sheet.rowHeight(19)).toBe(48); // A2-16, its name on three lines
  });

  it("formats targets as printed (70 亿元, 3 家, 12%), actuals by unit, 完成率 0.0%", () => {
    const sheet = wb.sheet(annex2);
    expect(["K6", "L6", "K7", "K9", "L9", "M6"].map((address) => sheet.cell(address).numberFormat)).toEqual([
      "0",
      "General",
      "0",
      "0%",
      "0.0%",
      "0.0%",
    ]);
  });

  it("protects every table sheet without a password; actual cells unlocked, targets and rates locked", () => {
    for (const name of [annex1, annex2, body])
      expect(wb.sheet(name).protection).toMatchObject({ protected: true, password: null });
    const sheet = wb.sheet(annex2);
    expect([
      sheet.cell("L6").locked,
      sheet.cell("K6").locked,
      sheet.cell("M6").locked,
      sheet.cell("C6").locked,
    ]).toEqual([false, true, true, true]);
    expect(wb.sheet(annex1).cell("G11").locked).toBe(true);
    expect([sheet.cell("U6").locked, sheet.cell("U6").numberFormat]).toEqual([false, "@"]);
    expect(sheet.cell("C22").locked).toBe(true); // the printed name over A2-19a/b
    expect(sheet.cell("L22").locked).toBe(true);
    const signOff = layout.sheets[1]!.cells.filter((cell) => cell.style === "signInput");
    expect(signOff.map((cell) => sheet.cell(cellAddress(cell.row, cell.column)).locked)).toEqual(
      signOff.map(() => false),
    );
  });

  it("lets a user type an actual but not a target, and refuses what the validation refuses", () => {
    const user = createInMemoryWorkbook();
    return insert(user, { layout: buildTemplateLayout(plan, { leadUnit: null }), mode: "ask" }).then(() => {
      expect(() => user.typeIntoCell(annex2, "L6", "63")).not.toThrow();
      expect(user.sheet(annex2).cell("L6").value).toBe(63);
      expect(() => user.typeIntoCell(annex2, "K6", "72")).toThrow(
        expect.objectContaining({ reason: "protected" }),
      );
      expect(() => user.typeIntoCell(annex2, "L7", "1.5")).toThrow(
        expect.objectContaining({ reason: "validation" }),
      );
      expect(() => user.typeIntoCell(annex2, "L7", "-1")).toThrow(
        expect.objectContaining({ reason: "validation" }),
      );
      expect(() => user.typeIntoCell(annex2, "I9", "120%")).toThrow(
        expect.objectContaining({ reason: "validation" }),
      );
      expect(() => user.typeIntoCell(annex2, "L21", "-5%")).not.toThrow();
      expect(() => user.typeIntoCell(annex2, "U6", "=1+1")).not.toThrow();
      expect(user.sheet(annex2).cell("U6")).toMatchObject({ value: "=1+1", formula: null });
      expect(() => user.typeIntoCell(annex2, "L6", "很多")).toThrow(
        expect.objectContaining({ reason: "validation" }),
      );
    });
  });

  it("gives each actual cell a rule, a Chinese prompt and a stop alert", () => {
    expect(wb.sheet(annex2).cell("L6").validation).toEqual({
      rule: { decimal: { operator: "GreaterThanOrEqualTo", formula1: 0 } },
      prompt: {
        showPrompt: true,
        title: "2023年实绩",
        message: "研发投入规模（亿元）：填写 2023 年实绩数值。",
      },
      errorAlert: {
        showAlert: true,
        style: "Stop",
        title: "实绩填写有误",
        message: "研发投入规模 2023 年实绩应为不小于 0 的数值（单位：亿元），不能填写文字。",
      },
      ignoreBlanks: true,
    });
    expect(wb.sheet(annex2).cell("L7").validation?.rule).toEqual({
      wholeNumber: { operator: "GreaterThanOrEqualTo", formula1: 0 },
    });
    expect(wb.sheet(annex2).cell("I9").validation?.rule).toEqual({
      decimal: { operator: "Between", formula1: 0, formula2: 1 },
    });
  });

  it("prints as the layout says: A4 landscape at 82%, margins, header row repeated, page breaks, header and footer", () => {
    const sheet = wb.sheet(annex2);
    const page = layout.sheets[1]!.page;
    expect(sheet.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { scale: 82 },
      centerHorizontally: true,
      firstPageNumber: 1,
      leftMargin: 18,
      rightMargin: 18,
      topMargin: 0.6 * 72,
      bottomMargin: 0.6 * 72,
      headerMargin: 18,
      footerMargin: 18,
      printTitleRows: "$3:$3",
      "headersFooters.defaultForAllPages.leftHeader": page.header.left,
      "headersFooters.defaultForAllPages.centerHeader": "",
      "headersFooters.defaultForAllPages.rightHeader": page.header.right,
      "headersFooters.defaultForAllPages.leftFooter": page.footer.left,
      "headersFooters.defaultForAllPages.centerFooter": '&"SimSun,Regular"&10 第 &P 页 共 &N 页',
      "headersFooters.defaultForAllPages.rightFooter": "",
      horizontalPageBreaks: page.breaksBefore.map((row) => row + 1),
    });
    expect([sheet.frozenRows, sheet.frozenColumns]).toEqual([3, 3]);
  });
});

describe("round trips", () => {
  it("takes three syncs for the real plan and for a plan ten times larger; operations grow linearly", async () => {
    const real = createInMemoryWorkbook();
    await insert(real, { layout: buildTemplateLayout(plan, { leadUnit: null }), mode: "ask" });
    const large = createInMemoryWorkbook();
    await insert(large, { layout: buildTemplateLayout(tenfold(plan), { leadUnit: null }), mode: "ask" });
    expect(real.syncCount).toBe(3);
    expect(large.syncCount).toBe(3);
    expect(large.roundTripCount).toBe(real.roundTripCount);
    // 3 rows above the table, 400 indicator rows and 2 printed names of split rows, a gap, 6 lines of
    // 填报说明, a gap, 2 lines of sign-off.
    expect(large.sheet(annex2).usedValuesAddress).toBe("A1:U415");
    // Per-cell work is data validation only (5 operations per actual cell); everything else is per region.
    const actualCells = (indicators: number) => indicators * 5;
    const perActualCell =
      (large.queuedOperationCount - real.queuedOperationCount) / (actualCells(470) - actualCells(47));
    expect(perActualCell).toBeLessThanOrEqual(6);
    console.info(
      `queued operations: real plan ${real.queuedOperationCount}, 10× ${large.queuedOperationCount}`,
    );
  });

  it("writes values and formats of a sheet with one matrix each", async () => {
    const wb = createInMemoryWorkbook();
    await insert(wb, { layout: buildTemplateLayout(plan, { leadUnit: null }), mode: "ask" });
    const counts = wb.operationCounts();
    // One per sheet, and 附件1's two shown-actual columns again once 附件2 has its final name.
    expect(counts["Range.formulas"]).toBe(3 + 2);
    expect(counts["Range.numberFormat"]).toBe(3);
  });
});

describe("features the host lacks", () => {
  it("inserts without data validation and page layout where the host has neither (ExcelApi < 1.8)", async () => {
    const wb = createInMemoryWorkbook();
    const layout = buildTemplateLayout(plan, { leadUnit: null });
    await insert(wb, { layout, mode: "ask", features: { dataValidation: false, pageLayout: false } });
    expect(wb.sheet(annex2).cell("L6").validation).toBeNull();
    expect(wb.sheet(annex2).pageLayout).toEqual({});
    expect(wb.sheet(annex2).cell("L6").locked).toBe(false);
  });
});
