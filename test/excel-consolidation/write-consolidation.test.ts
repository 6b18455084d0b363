/**
 * 汇总 written into the open workbook (src/excel/write-consolidation.ts) over the in-memory workbook.
 * Figures from the policy: 研发投入规模 (A2-03, 区科技局) 2023 目标 70 亿元, 1–6月 序时进度 35;
 * 累计腾出低效工业用地 (A2-26) has two lead units, 资规分局 and 区经信局.
 */
import { consolidate } from "../../src/consolidation/consolidate";
import { consolidationWorkbook } from "../../src/consolidation/report-layout";
import type { ReturnInput } from "../../src/consolidation/types";
import { excelWorkbook } from "../../src/excel/open-host";
import type { ConsolidationWrite } from "../../src/host/contract";
import { plan } from "../../src/model";
import { createInMemoryWorkbook, type InMemoryWorkbook } from "../../in-memory-excel";
import { midYear2023, returned } from "../consolidation/returns";
import { annex2, templateWorkbook } from "../support/template-workbook";
import { findRow, rowsOf, tableRows } from "./sheet-rows";

const keji = returned("区科技局.xlsx", "区科技局", [["A2-03", 2023, 36]]);
const jingxin = returned("区经信局.xlsx", "区经信局", [["A2-05", 2023, 20]]);

function describeFor(returns: ReturnInput[], picks: Record<string, string> = {}) {
  return consolidationWorkbook(plan, consolidate(plan, midYear2023, returns, { prefer: null, picks }));
}

const opsOf = (wb: InMemoryWorkbook) => excelWorkbook(wb.run, { dataValidation: true, pageLayout: true });

/** The operations over a run whose batch calls `meanwhile` (a user's action) right after its nth sync. */
function opsWithUserAfterSync(wb: InMemoryWorkbook, n: number, meanwhile: () => Promise<void> | void) {
  const run = ((batch: (context: Excel.RequestContext) => Promise<unknown>) =>
    wb.run(async (context: Excel.RequestContext) => {
      let syncs = 0;
      const sync = async () => {
        await context.sync();
        syncs += 1;
        if (syncs === n) await meanwhile();
      };
      return batch(
        new Proxy(context, { get: (target, key) => (key === "sync" ? sync : Reflect.get(target, key)) }),
      );
    })) as typeof Excel.run;
  return excelWorkbook(run, { dataValidation: true, pageLayout: true });
}
const write = (
  workbook: ConsolidationWrite["workbook"],
  overwrite: ConsolidationWrite["overwrite"] = [],
) => ({
  workbook,
  overwrite,
  password: "",
});

describe("the merged actuals go into the template the workbook names point at", () => {
  test("each figure lands in its indicator's 2023年实绩 cell, found by the 代码 column (研发投入规模 36 亿元)", async () => {
    const { wb, ops, addressOf } = await templateWorkbook();
    const outcome = await ops.writeConsolidation(write(describeFor([keji, jingxin])));
    expect(wb.sheet(annex2).cell(addressOf(annex2, "A2-03", "2023年实绩")).value).toBe(36);
    expect(wb.sheet(annex2).cell(addressOf(annex2, "A2-05", "2023年实绩")).value).toBe(20);
    expect(wb.sheet(annex2).cell(addressOf(annex2, "A2-03", "2022年实绩")).value).toBe("");
    expect(outcome).toMatchObject({
      insertedTemplate: null,
      overwritten: 0,
      kept: [],
      locked: [],
      unplaced: 0,
    });
    expect(outcome.written.map((c) => [c.indicatorId, c.year, c.value])).toEqual([
      ["A2-03", 2023, 36],
      ["A2-05", 2023, 20],
    ]);
  });

  test("a cell already holding another figure is listed and left alone unless ticked", async () => {
    const { wb, ops, addressOf } = await templateWorkbook();
    const cell = addressOf(annex2, "A2-03", "2023年实绩");
    wb.typeIntoCell(annex2, cell, "30");
    const workbook = describeFor([keji]);
    const preview = await ops.previewConsolidation(workbook);
    expect(preview.differing).toEqual([
      expect.objectContaining({ sheet: annex2, address: cell, indicatorId: "A2-03", current: 30, value: 36 }),
    ]);
    const untouched = await ops.writeConsolidation(write(workbook));
    expect(wb.sheet(annex2).cell(cell).value).toBe(30);
    expect(untouched.kept.map((c) => c.address)).toEqual([cell]);
    const ticked = await ops.writeConsolidation(write(workbook, preview.differing));
    expect(wb.sheet(annex2).cell(cell).value).toBe(36);
    expect(ticked).toMatchObject({ overwritten: 1, kept: [] });
  });

  test("a tick does not cover a cell typed into after the confirmation showed it", async () => {
    const { wb, ops, addressOf } = await templateWorkbook();
    const cell = addressOf(annex2, "A2-03", "2023年实绩");
    wb.typeIntoCell(annex2, cell, "30");
    const workbook = describeFor([keji]);
    const preview = await ops.previewConsolidation(workbook);
    wb.typeIntoCell(annex2, cell, "31");
    const outcome = await ops.writeConsolidation(write(workbook, preview.differing));
    expect(wb.sheet(annex2).cell(cell).value).toBe(31);
    expect(outcome).toMatchObject({ overwritten: 0, kept: [expect.objectContaining({ current: 31 })] });
  });

  test("a cell that already holds the merged figure is counted, not written again", async () => {
    const { wb, ops, addressOf } = await templateWorkbook();
    wb.typeIntoCell(annex2, addressOf(annex2, "A2-03", "2023年实绩"), "36");
    const preview = await ops.previewConsolidation(describeFor([keji, jingxin]));
    expect(preview).toMatchObject({ insertTemplate: false, same: 1, differing: [], unplaced: [] });
    expect(preview.fills.map((c) => c.indicatorId)).toEqual(["A2-05"]);
  });

  test("a template of one lead unit has no cell for another unit's figure: it is counted as not placed", async () => {
    const wb = createInMemoryWorkbook();
    const ops = opsOf(wb);
    await ops.insertTemplate({ leadUnit: "区科技局", mode: "ask" });
    const outcome = await ops.writeConsolidation(write(describeFor([keji, jingxin])));
    expect(outcome.unplaced).toBe(1);
    expect(outcome.written.map((c) => c.indicatorId)).toEqual(["A2-03"]);
  });

  test("a cell a user locked on the protected template is not written, and said so", async () => {
    const { wb, ops, addressOf } = await templateWorkbook();
    const cell = addressOf(annex2, "A2-03", "2023年实绩");
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(annex2);
      sheet.protection.unprotect();
      sheet.getRange(cell).format.protection.locked = true;
      sheet.protection.protect();
      await context.sync();
    });
    const outcome = await ops.writeConsolidation(write(describeFor([keji, jingxin])));
    expect(wb.sheet(annex2).cell(cell).value).toBe("");
    expect(outcome.locked.map((c) => c.address)).toEqual([cell]);
    expect(outcome.written.map((c) => c.indicatorId)).toEqual(["A2-05"]);
  });

  test("an empty workbook gets the filled template for all lead units first, protected like 插入模板's", async () => {
    const wb = createInMemoryWorkbook();
    const outcome = await opsOf(wb).writeConsolidation(write(describeFor([keji, jingxin])));
    expect(outcome.insertedTemplate).toEqual(["附件1 四倍增、五跃升目标", annex2, "正文其他量化目标"]);
    expect(wb.sheetNames()).toEqual([
      "Sheet1",
      "附件1 四倍增、五跃升目标",
      annex2,
      "正文其他量化目标",
      "数据来源",
      "进度总览",
      "情况分析",
    ]);
    const matrix = wb.sheet(annex2).toMatrix();
    const header = matrix.find((row) => row.includes("代码")) ?? [];
    const row = matrix.find((r) => r[header.indexOf("代码")] === "A2-03") ?? [];
    expect(row[header.indexOf("2023年实绩")]).toBe(36);
    expect(wb.sheet(annex2).protection.protected).toBe(true);
    expect(wb.names().map((n) => n.name)).toEqual(
      expect.arrayContaining(["BL_Annex2", "BL_Report_Sources", "BL_Report_Overview", "BL_Report_Brief"]),
    );
  });
});

describe("数据来源, 进度总览 and 情况分析", () => {
  test("数据来源 has one row per merged figure: file, unit, sheet, cell and the text as typed", async () => {
    const { wb, ops } = await templateWorkbook();
    await ops.writeConsolidation(write(describeFor([keji, jingxin])));
    const rows = rowsOf(wb, "数据来源");
    expect(findRow(rows, "A2-03", "来源文件")).toMatchObject({
      实绩: 36,
      来源文件: "区科技局.xlsx",
      填报单位: "区科技局",
      工作表: annex2,
      原始内容: 36,
    });
  });

  test("text from the returned files stays text: =1/0, +63, - and @SUM(A1) are never formulas", async () => {
    const hostile = [
      returned("=1/0", "区科技局", [["A2-03", 2023, "+63"]]),
      returned("@SUM(A1)", "区经信局", [["A2-05", 2023, 20]]),
      returned("-", "资规分局", [["A2-26", 2023, 2100]]),
    ];
    const { wb, ops } = await templateWorkbook();
    await ops.writeConsolidation(write(describeFor(hostile)));
    const sheet = wb.sheet("数据来源");
    const matrix = sheet.toMatrix();
    const texts = ["=1/0", "+63", "-", "@SUM(A1)"];
    for (const text of texts) expect(matrix.flat()).toContain(text);
    matrix.forEach((row, r) =>
      row.forEach((_, c) => {
        const cell = sheet.cell(`${String.fromCharCode(65 + c)}${r + 1}`);
        expect(cell.formula).toBeNull();
        if (texts.includes(String(cell.value))) expect(cell.valueType).toBe("String");
      }),
    );
    expect(findRow(rowsOf(wb, "数据来源"), "A2-03", "来源文件")).toMatchObject({
      来源文件: "=1/0",
      原始内容: "+63",
    });
  });

  test("进度总览 has a bar chart of 完成率 against 序时进度 per action and stacked status counts per unit, over its own columns", async () => {
    const { wb, ops } = await templateWorkbook();
    const workbook = describeFor([keji, jingxin]);
    await ops.writeConsolidation(write(workbook));
    const sheet = wb.sheet("进度总览");
    const matrix = sheet.toMatrix();
    const header = matrix[2] ?? [];
    const rate = String.fromCharCode(65 + header.indexOf("完成率"));
    const name = String.fromCharCode(65 + header.indexOf("指标名称"));
    const rowsOfAction = (action: string) =>
      matrix.flatMap((row, r) => (row[0] === action && row[1] !== "" ? [r + 1] : []));
    // The four actions of the plan, then 政策保障 (the body text's targets under 五、保障措施).
    const actions = ["提质增效", "企业培育", "空间优化", "产业升级", "政策保障"];
    const charts = sheet.charts;
    expect(charts.map((c) => c.chartType)).toEqual([...actions.map(() => "BarClustered"), "BarStacked"]);
    actions.forEach((action, i) => {
      const rows = rowsOfAction(action);
      const span = (column: string) => `进度总览!$${column}$${rows[0]}:$${column}$${rows.at(-1)}`;
      expect(charts[i]).toMatchObject({
        title: `${action}：完成率`,
        series: [
          { name: "完成率", values: span(rate), xAxisValues: span(name) },
          { name: "序时进度", xAxisValues: span(name) },
        ],
      });
    });
    // The nine lead units the annexes name, one row each under 牵头单位 | 达标 | 预警 | 滞后 | 未填报.
    const unitRows = tableRows(matrix, "牵头单位");
    expect(unitRows.length).toBe(9);
    const span = (column: string) => `进度总览!$${column}$${unitRows[0]}:$${column}$${unitRows.at(-1)}`;
    expect(charts[5]?.series).toEqual(
      ["达标", "预警", "滞后", "未填报"].map((name, i) => ({
        name,
        values: span("BCDE"[i] as string),
        xAxisValues: span("A"),
      })),
    );
  });

  test("情况分析 holds the brief, one line per row, for the copy button and the meeting paper", async () => {
    const { wb, ops } = await templateWorkbook();
    const result = consolidate(plan, midYear2023, [keji, jingxin]);
    await ops.writeConsolidation(write(consolidationWorkbook(plan, result)));
    const lines = wb
      .sheet("情况分析")
      .toMatrix()
      .map((row) => String(row[0] ?? ""));
    expect(lines.join("\n")).toBe(result.brief.replace(/\n+$/, ""));
    expect(lines[0]).toBe("2023年1–6月制造业高质量发展目标推进情况分析");
  });
});

describe("a user working while the write runs", () => {
  test("a figure typed into an empty cell after the write read it is kept, not overwritten, and said", async () => {
    const { wb, addressOf } = await templateWorkbook();
    const cell = addressOf(annex2, "A2-03", "2023年实绩");
    // After sync 2 (the reads), while the report sheets are written, the user types 30.
    const ops = opsWithUserAfterSync(wb, 2, () => void wb.typeIntoCell(annex2, cell, "30"));
    const outcome = await ops.writeConsolidation(write(describeFor([keji, jingxin])));
    expect(wb.sheet(annex2).cell(cell).value).toBe(30);
    expect(outcome.written.map((c) => c.indicatorId)).toEqual(["A2-05"]);
    expect(outcome.kept.map((c) => [c.indicatorId, c.year, c.value])).toEqual([["A2-03", 2023, 36]]);
  });

  test("a user's sheet renamed during the write does not fail it: the reports are placed all the same", async () => {
    const { wb } = await templateWorkbook();
    wb.addSheet("我的");
    const ops = opsWithUserAfterSync(wb, 3, () =>
      wb.run(async (context) => {
        context.workbook.worksheets.getItem("我的").name = "我的2";
        await context.sync();
      }),
    );
    const outcome = await ops.writeConsolidation(write(describeFor([keji])));
    expect(outcome.sheets).toEqual(["数据来源", "进度总览", "情况分析"]);
    expect(wb.sheetNames().slice(-4)).toEqual(["我的2", "数据来源", "进度总览", "情况分析"]);
  });
});

describe("the report sheets never take a user's sheet", () => {
  test("a sheet 数据来源 the user made stays as it is; the report takes 数据来源 (2)", async () => {
    const { wb, ops } = await templateWorkbook();
    wb.addSheet("数据来源");
    wb.setCellValue("数据来源", "A1", "我的笔记");
    const preview = await ops.previewConsolidation(describeFor([keji]));
    expect(preview.sheets[0]).toMatchObject({ name: "数据来源 (2)", replaces: null });
    await ops.writeConsolidation(write(describeFor([keji])));
    expect(wb.sheet("数据来源").cell("A1").value).toBe("我的笔记");
    expect(wb.sheet("数据来源 (2)").cell("A1").value).toBe("数据来源（2023年1–6月）");
  });

  test("the add-in's own earlier reports are replaced in place the next quarter (the preview says so)", async () => {
    const { wb, ops } = await templateWorkbook();
    await ops.writeConsolidation(write(describeFor([keji])));
    const preview = await ops.previewConsolidation(describeFor([keji, jingxin]));
    expect(preview.sheets.map((s) => [s.name, s.replaces])).toEqual([
      ["数据来源", "数据来源"],
      ["进度总览", "进度总览"],
      ["情况分析", "情况分析"],
    ]);
    const outcome = await ops.writeConsolidation(write(describeFor([keji, jingxin])));
    expect(outcome.replaced).toEqual(["数据来源", "进度总览", "情况分析"]);
    expect(
      wb.sheetNames().filter((name) => name.startsWith("数据来源") || name.startsWith("BL_new")),
    ).toEqual(["数据来源"]);
    expect(findRow(rowsOf(wb, "数据来源"), "A2-05", "来源文件")).toMatchObject({ 实绩: 20 });
  });

  test("an earlier report the user renamed to keep it is kept; the new one takes the name", async () => {
    const { wb, ops } = await templateWorkbook();
    await ops.writeConsolidation(write(describeFor([keji])));
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("数据来源").name = "数据来源 6月";
      await context.sync();
    });
    await ops.writeConsolidation(write(describeFor([keji, jingxin])));
    expect(wb.sheetNames()).toEqual(expect.arrayContaining(["数据来源 6月", "数据来源"]));
    expect(wb.sheet("数据来源 6月").cell("A1").value).toBe("数据来源（2023年1–6月）");
    expect(wb.names().find((n) => n.name === "BL_Report_Sources")?.formula).toBe("=数据来源!$A$1");
  });
});

describe("round trips", () => {
  test("the preview takes 2 syncs and the write 4 into a template; into an empty workbook the write takes 6, the template inserted", async () => {
    const { wb, ops } = await templateWorkbook();
    const workbook = describeFor([keji, jingxin]);
    wb.resetCounters();
    await ops.previewConsolidation(workbook);
    expect([wb.syncCount, wb.roundTripCount]).toEqual([2, 2]);
    wb.resetCounters();
    await ops.writeConsolidation(write(workbook));
    expect([wb.syncCount, wb.roundTripCount]).toEqual([4, 4]);
    const empty = createInMemoryWorkbook();
    await opsOf(empty).writeConsolidation(write(workbook));
    expect([empty.syncCount, empty.roundTripCount]).toEqual([6, 6]);
  });
});
