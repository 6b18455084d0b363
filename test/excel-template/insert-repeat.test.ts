import { plan } from "../../src/model";
import { buildTemplateLayout } from "../../src/template/build-layout";
import { createInMemoryWorkbook, type InMemoryWorkbook } from "../../in-memory-excel";
import { insert, planWith, snapshot } from "./workbook-helpers";

const annex1 = "附件1 四倍增、五跃升目标";
const annex2 = "附件2 目标任务分解";
const body = "正文其他量化目标";
const everyUnit = buildTemplateLayout(plan, { leadUnit: null });

/** A workbook with the template and a few actuals typed in by a user. */
async function filledWorkbook(): Promise<InMemoryWorkbook> {
  const wb = createInMemoryWorkbook({ sheets: ["说明"] });
  await insert(wb, { layout: everyUnit, mode: "ask" });
  wb.typeIntoCell(annex2, "F4", "98"); // 数字经济核心产业制造业增加值规模 2021
  wb.typeIntoCell(annex2, "L6", "63"); // 研发投入规模 2023
  wb.typeIntoCell(annex2, "R24", "2"); // 累计新增营业收入超百亿企业数量 2025 (under the printed name in row 22)
  wb.typeIntoCell(annex2, "I9", "9.5%"); // 数字经济核心产业增加值占GDP比重 2022
  wb.typeIntoCell(body, "L8", "100%"); // 新增工业用地“标准地”出让比例 2023
  wb.resetCounters();
  return wb;
}

/** The model after a revision: 研发投入规模 and 数字经济核心产业制造业增加值规模 swap rows, 研发投入规模 2023 becomes 72. */
const revised = planWith(plan, (indicator) => {
  if (indicator.id === "A2-01") return { ...indicator, row: 3 };
  if (indicator.id === "A2-03")
    return { ...indicator, row: 1, targets: { ...indicator.targets, "2023": 72 } };
  return indicator;
});

describe("inserting again where the template already is", () => {
  it("asks first: without a choice nothing changes and the outcome names the existing sheets", async () => {
    const wb = await filledWorkbook();
    const before = snapshot(wb);
    const outcome = await insert(wb, { layout: everyUnit, mode: "ask" });
    expect(outcome).toEqual({ status: "needs-choice", existingSheets: [annex1, annex2, body] });
    expect(snapshot(wb)).toEqual(before);
    expect(wb.syncCount).toBe(2); // the names, then the tables they point at
  });

  it("update rebuilds from a changed model and keeps every actual at its indicator's new cell", async () => {
    const wb = await filledWorkbook();
    const outcome = await insert(wb, {
      layout: buildTemplateLayout(revised, { leadUnit: null }),
      mode: "update",
    });
    expect(outcome).toMatchObject({
      status: "inserted",
      sheets: [annex1, annex2, body],
      keptActuals: 5,
      orphanedActuals: 0,
    });
    expect(wb.sheetNames()).toEqual(["说明", annex1, annex2, body]);
    const sheet = wb.sheet(annex2);
    expect([sheet.cell("B4").value, sheet.cell("B6").value]).toEqual(["A2-03", "A2-01"]);
    expect(sheet.cell("L4").value).toBe(63); // 研发投入规模 2023, moved up from L6
    expect(sheet.cell("K4").value).toBe(72); // its revised target
    expect(sheet.cell("F6").value).toBe(98); // 数字经济核心产业制造业增加值规模 2021, moved down from F4
    expect([sheet.cell("L6").value, sheet.cell("F4").value]).toEqual(["", ""]);
    expect(sheet.cell("R24").value).toBe(2);
    expect(sheet.cell("I9").value).toBeCloseTo(0.095, 12);
    expect(wb.sheet(body).cell("L8").value).toBe(1);
    expect(wb.sheet(annex1).cell("G11").formula).toBe(`=IF('${annex2}'!L4="","",'${annex2}'!L4)`);
    expect(wb.syncCount).toBe(4); // names, tables, write, swap
  });

  it('update writes carried actuals as values: typed text "+63", "-" and "=1/0" stays text, never a formula', async () => {
    const wb = await filledWorkbook();
    // Text in 研发投入规模's 2021, 2022 and 2024 actual cells (row 6), as pasted or typed with an apostrophe.
    for (const [address, text] of [
      ["F6", "+63"],
      ["I6", "-"],
      ["O6", "=1/0"],
    ])
      wb.setCellValue(annex2, address as string, text as string);
    await insert(wb, { layout: buildTemplateLayout(revised, { leadUnit: null }), mode: "update" });
    const sheet = wb.sheet(annex2); // 研发投入规模 moved up to row 4
    expect(["F4", "I4", "O4"].map((address) => sheet.cell(address))).toMatchObject([
      { value: "+63", valueType: "String", formula: null },
      { value: "-", valueType: "String", formula: null },
      { value: "=1/0", valueType: "String", formula: null },
    ]);
    expect(sheet.cell("L4").value).toBe(63); // the number typed in 2023 stays a number
  });

  it("update leaves the sheets complete, protected, named and unlocked where users type", async () => {
    const wb = await filledWorkbook();
    await insert(wb, { layout: buildTemplateLayout(revised, { leadUnit: null }), mode: "update" });
    expect(wb.names().map(({ name, formula }) => [name, formula])).toEqual([
      ["BL_Annex1", `='${annex1}'!$A$3:$L$12`],
      ["BL_Annex2", `='${annex2}'!$A$3:$U$45`],
      ["BL_Body", "=正文其他量化目标!$A$3:$U$10"],
    ]);
    for (const name of [annex1, annex2, body]) expect(wb.sheet(name).protection.protected).toBe(true);
    expect(wb.sheet(annex2).cell("L4").locked).toBe(false);
    expect(wb.sheet(annex2).cell("L4").validation?.prompt).toMatchObject({
      message: "研发投入规模（亿元）：填写 2023 年实绩数值。",
    });
    expect(() => wb.typeIntoCell(annex2, "L4", "65")).not.toThrow();
  });

  it("update for one unit keeps actuals of rows no longer in the layout on the old sheet, renamed, and reports them", async () => {
    const wb = await filledWorkbook();
    const outcome = await insert(wb, {
      layout: buildTemplateLayout(plan, { leadUnit: "区科技局" }),
      mode: "update",
    });
    expect(outcome).toMatchObject({
      status: "inserted",
      sheets: [annex1, annex2, body],
      keptActuals: 1,
      orphanedActuals: 4,
      orphanSheet: "附件2 目标任务分解 (旧)、正文其他量化目标 (旧)",
      orphanSheets: ["附件2 目标任务分解 (旧)", "正文其他量化目标 (旧)"],
    });
    if (outcome.status !== "inserted") throw new Error("not inserted");
    expect(outcome.orphans).toEqual([
      { indicatorId: "A2-01", year: 2021, value: 98, sheet: "附件2 目标任务分解 (旧)", address: "F4" },
      { indicatorId: "A2-06", year: 2022, value: 0.095, sheet: "附件2 目标任务分解 (旧)", address: "I9" },
      { indicatorId: "A2-19b", year: 2025, value: 2, sheet: "附件2 目标任务分解 (旧)", address: "R24" },
      { indicatorId: "B-05", year: 2023, value: 1, sheet: "正文其他量化目标 (旧)", address: "L8" },
    ]);
    expect(wb.sheetNames()).toEqual([
      "说明",
      annex1,
      annex2,
      body,
      "附件2 目标任务分解 (旧)",
      "正文其他量化目标 (旧)",
    ]);
    expect(wb.sheet("附件2 目标任务分解 (旧)").cell("F4").value).toBe(98);
    expect(wb.sheet("附件2 目标任务分解 (旧)").protection.protected).toBe(true);
    expect(wb.sheet(annex2).cell("B4").value).toBe("A2-03");
    expect(wb.sheet(annex2).cell("L4").value).toBe(63);
    expect(wb.customProperties().find(({ key }) => key === "BL.leadUnit")?.value).toBe("区科技局");
    expect(wb.names().map(({ formula }) => formula)).toEqual([
      `='${annex1}'!$A$3:$L$4`,
      `='${annex2}'!$A$3:$U$7`,
      "=正文其他量化目标!$A$3:$U$4",
    ]);
  });

  it("update carries each 备注 to its indicator's new row, as text even when it starts with =", async () => {
    const wb = await filledWorkbook();
    wb.typeIntoCell(annex2, "U6", "=受疫情影响"); // 研发投入规模's 备注, in a text cell
    wb.typeIntoCell(annex2, "U4", "二季度统计口径调整");
    const outcome = await insert(wb, {
      layout: buildTemplateLayout(revised, { leadUnit: null, period: { year: 2023, month: 9 } }),
      mode: "update",
    });
    expect(outcome).toMatchObject({ status: "inserted", keptActuals: 5, keptRemarks: 2, orphanedRemarks: 0 });
    const sheet = wb.sheet(annex2);
    expect(sheet.cell("U4")).toMatchObject({ value: "=受疫情影响", formula: null, locked: false });
    expect(sheet.cell("U6").value).toBe("二季度统计口径调整");
    expect(sheet.cell("D2").value).toBe("报告期：2023年1–9月");
    // An update: the names, then the tables they point at, then write and swap (docs/performance.md).
    expect(wb.syncCount).toBe(4);
  });

  it("update drops a sheet the new layout has no rows for, and its name", async () => {
    const wb = await filledWorkbook();
    wb.resetCounters();
    const talent = buildTemplateLayout(plan, { leadUnit: "区委人才办" });
    const outcome = await insert(wb, { layout: talent, mode: "update" });
    expect(outcome).toMatchObject({ status: "inserted", sheets: [annex2] });
    expect(wb.names().map(({ name }) => name)).toEqual(["BL_Annex2"]);
    expect(wb.sheetNames()).not.toContain(annex1);
  });

  it("copy adds a numbered set of sheets the names then point at, leaving the old ones as they were", async () => {
    const wb = await filledWorkbook();
    const before = snapshot(wb).sheets;
    const outcome = await insert(wb, { layout: everyUnit, mode: "copy" });
    const copies = [`${annex1} (2)`, `${annex2} (2)`, `${body} (2)`];
    expect(outcome).toMatchObject({ status: "inserted", sheets: copies, keptActuals: 0, orphanedActuals: 0 });
    expect(wb.sheetNames()).toEqual(["说明", annex1, annex2, body, ...copies]);
    expect(snapshot(wb).sheets.slice(0, 4)).toEqual(before);
    expect(wb.names().map(({ formula }) => formula)).toEqual([
      `='${annex1} (2)'!$A$3:$L$12`,
      `='${annex2} (2)'!$A$3:$U$45`,
      `='${body} (2)'!$A$3:$U$10`,
    ]);
    expect(wb.sheet(`${annex1} (2)`).cell("G11").formula).toBe(
      `=IF('${annex2} (2)'!L6="","",'${annex2} (2)'!L6)`,
    );
    expect(wb.sheet(`${annex2} (2)`).cell("L6").value).toBe("");
    const third = await insert(wb, { layout: everyUnit, mode: "copy" });
    expect(third).toMatchObject({ sheets: [`${annex1} (3)`, `${annex2} (3)`, `${body} (3)`] });
  });

  it("update puts the new sheets where the old ones were, before a user's sheet that followed them", async () => {
    const wb = await filledWorkbook();
    wb.addSheet("汇总");
    await insert(wb, { layout: buildTemplateLayout(revised, { leadUnit: null }), mode: "update" });
    expect(wb.sheetNames()).toEqual(["说明", annex1, annex2, body, "汇总"]);
  });

  it("update of a copy keeps the copy's names and leaves the earlier sheets alone", async () => {
    const wb = await filledWorkbook();
    await insert(wb, { layout: everyUnit, mode: "copy" });
    wb.typeIntoCell(`${annex2} (2)`, "L6", "66");
    const outcome = await insert(wb, { layout: everyUnit, mode: "update" });
    expect(outcome).toMatchObject({
      sheets: [`${annex1} (2)`, `${annex2} (2)`, `${body} (2)`],
      keptActuals: 1,
    });
    expect(wb.sheet(`${annex2} (2)`).cell("L6").value).toBe(66);
    expect(wb.sheet(annex2).cell("L6").value).toBe(63);
  });
});

describe("sheets that are not the template", () => {
  it("never touches a user's own sheet that happens to have the template's name", async () => {
    const wb = createInMemoryWorkbook({ sheets: [annex2] });
    wb.setCellValue(annex2, "A1", "我的草稿");
    const outcome = await insert(wb, { layout: everyUnit, mode: "ask" });
    // The set shares one copy number, so 附件1 (2) goes with 附件2 (2).
    expect(outcome).toMatchObject({
      status: "inserted",
      sheets: [`${annex1} (2)`, `${annex2} (2)`, `${body} (2)`],
    });
    expect(wb.sheet(annex2).cell("A1").value).toBe("我的草稿");
    expect(wb.sheet(`${annex1} (2)`).cell("G11").formula).toBe(
      `=IF('${annex2} (2)'!L6="","",'${annex2} (2)'!L6)`,
    );
  });

  it("inserts without asking where the names are left from deleted sheets, and points them anew", async () => {
    const wb = await filledWorkbook();
    await wb.run(async (context) => {
      for (const name of [annex1, annex2, body]) context.workbook.worksheets.getItem(name).delete();
      await context.sync();
    });
    expect(wb.names().map(({ formula }) => formula)).toEqual(["=#REF!", "=#REF!", "=#REF!"]);
    const outcome = await insert(wb, { layout: everyUnit, mode: "ask" });
    expect(outcome).toMatchObject({ status: "inserted", sheets: [annex1, annex2, body] });
    expect(wb.names().map(({ formula }) => formula)).toEqual([
      `='${annex1}'!$A$3:$L$12`,
      `='${annex2}'!$A$3:$U$45`,
      "=正文其他量化目标!$A$3:$U$10",
    ]);
  });
});
