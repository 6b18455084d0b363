import { annex2, templateWorkbook } from "../support/template-workbook";
import { inputFill } from "../../src/template/styles";
import type { EditedCell } from "../../src/host/contract";

const period = { year: 2023, month: 6 };

describe("live validation of edited cells", () => {
  test("an edit is reported with its sheet and address, and the add-in's own writes are not", async () => {
    const { wb, ops, addressOf } = await templateWorkbook();
    const edits: EditedCell[] = [];
    const stop = await ops.watchEdits((changes) => edits.push(...changes));
    const cell = addressOf(annex2, "A2-05", "2022年实绩");
    wb.typeIntoCell(annex2, cell, 19);
    await ops.validate(period, ""); // writes marks: ThisLocalAddin
    await wb.settle();
    expect(edits.map((edit) => edit.address)).toEqual([cell]);
    await stop();
    wb.typeIntoCell(annex2, cell, 20);
    await wb.settle();
    expect(edits).toHaveLength(1);
  });

  test("watching starts even when the pane opens while the user is typing in a cell: it waits for the edit", async () => {
    const { wb, ops, addressOf } = await templateWorkbook();
    wb.startCellEdit(annex2, "A1");
    const edits: EditedCell[] = [];
    const watching = ops.watchEdits((changes) => edits.push(...changes));
    wb.endCellEdit();
    await watching;
    wb.typeIntoCell(annex2, addressOf(annex2, "A2-05", "2023年实绩"), 20);
    await wb.settle();
    expect(edits).toHaveLength(1);
  });

  test("a coauthor's edit (source Remote) is not reported: their own pane validates it", async () => {
    const { wb, ops, addressOf } = await templateWorkbook();
    const edits: EditedCell[] = [];
    await ops.watchEdits((changes) => edits.push(...changes));
    const cell = addressOf(annex2, "A2-05", "2022年实绩");
    wb.typeIntoCell(annex2, cell, 19, { source: "Remote" });
    wb.typeIntoCell(annex2, addressOf(annex2, "A2-05", "2023年实绩"), 20);
    await wb.settle();
    expect(edits.map((edit) => edit.address)).toEqual([addressOf(annex2, "A2-05", "2023年实绩")]);
  });

  test("re-validates only the edited row, in three syncs (names, rows, marks), and marks it", async () => {
    const { wb, ops, addressOf } = await templateWorkbook();
    const edits: EditedCell[] = [];
    await ops.watchEdits((changes) => edits.push(...changes));
    const cell = addressOf(annex2, "A2-05", "2023年实绩");
    wb.typeIntoCell(annex2, cell, 250); // 数字化车间 2023 target 25: ten times → 可能单位有误
    await wb.settle();
    wb.resetCounters();
    const result = await ops.revalidate(edits, period, "");
    expect(wb.syncCount).toBe(3);
    expect(new Set(result.actuals.map((a) => a.indicatorId))).toEqual(new Set(["A2-05"]));
    expect(result.actuals.map((a) => a.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(result.findings.find((f) => f.address === cell)).toMatchObject({
      code: "off-target-magnitude",
      severity: "警告",
    });
    expect(wb.sheet(annex2).cell(cell).fill).toBe("#FFEB9C");
  });

  test("two edits far apart leave the marks of the rows between them alone", async () => {
    const { wb, ops, addressOf } = await templateWorkbook();
    const between = addressOf(annex2, "A2-20", "2023年实绩");
    wb.setCellValue(annex2, between, "待统计");
    await ops.validate(period, "");
    expect(wb.sheet(annex2).cell(between).fill).toBe("#FFC7CE");
    const first = addressOf(annex2, "A2-03", "2023年实绩");
    const last = addressOf(annex2, "A2-37", "2023年实绩");
    wb.typeIntoCell(annex2, first, 33);
    wb.typeIntoCell(annex2, last, 20);
    await ops.revalidate(
      [
        { sheet: annex2, address: first },
        { sheet: annex2, address: last },
      ],
      period,
      "",
    );
    expect(wb.sheet(annex2).cell(between).fill).toBe("#FFC7CE");
    expect(wb.sheet(annex2).cell(first).fill).toBe(inputFill);
  });

  test("two edits in one row re-validate that row once: each finding is listed once", async () => {
    const { wb, ops, addressOf } = await templateWorkbook();
    // 有效高新技术企业 (A2-25): 410 in 2022, then 380 in 2023 — the running total falls (累计数减少).
    const edits = ["2022年实绩", "2023年实绩"].map((header) => ({
      sheet: annex2,
      address: addressOf(annex2, "A2-25", header),
    }));
    wb.typeIntoCell(annex2, edits[0]?.address ?? "", 410);
    wb.typeIntoCell(annex2, edits[1]?.address ?? "", 380);
    const result = await ops.revalidate(edits, period, "");
    const decreases = result.findings.filter((f) => f.code === "cumulative-decrease");
    expect(decreases.map((f) => f.address)).toEqual([edits[1]?.address]);
    expect(result.actuals.map((a) => a.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
  });

  test("an edit outside the template re-validates nothing", async () => {
    const { wb, ops } = await templateWorkbook();
    wb.typeIntoCell("Sheet1", "B2", 5);
    const result = await ops.revalidate([{ sheet: "Sheet1", address: "B2" }], period, "");
    expect(result).toEqual({ templatePresent: true, findings: [], actuals: [] });
  });
});

describe("applying fixes the user confirmed", () => {
  test("writes the suggestion and the cell validates clean", async () => {
    const { wb, ops, addressOf } = await templateWorkbook();
    const cell = addressOf(annex2, "A2-18", "2022年实绩");
    wb.typeIntoCell(annex2, cell, 12);
    const { findings } = await ops.validate(period, "");
    const finding = findings.find((f) => f.address === cell && f.code === "percent-scale");
    wb.resetCounters();
    const outcome = await ops.applyFixes([{ sheet: annex2, address: cell, value: 0.12, original: 12 }], "");
    expect(wb.syncCount).toBe(3); // the sheets, the cells, the writes
    expect(outcome.skipped).toEqual([]);
    expect(finding?.suggestion).toBe(0.12);
    expect(wb.sheet(annex2).cell(cell).value).toBe(0.12);
    const again = await ops.validate(period, "");
    expect(again.findings.filter((f) => f.address === cell && f.sheet === annex2)).toEqual([]);
    expect(wb.sheet(annex2).cell(cell).fill).toBe(inputFill);
  });

  test("a target typed over on the protected sheet is restored to the plan's figure, and the sheet stays protected", async () => {
    const { wb, ops, addressOf } = await templateWorkbook();
    const target = addressOf(annex2, "A2-03", "2023年目标"); // 附件2 prints 70 亿元
    wb.setCellValue(annex2, target, 75);
    const { findings } = await ops.validate(period, "");
    expect(findings.find((f) => f.address === target)).toMatchObject({
      code: "target-changed",
      suggestion: 70,
    });
    const outcome = await ops.applyFixes([{ sheet: annex2, address: target, value: 70, original: 75 }], "");
    expect(outcome.skipped).toEqual([]);
    expect(wb.sheet(annex2).cell(target).value).toBe(70);
    expect(wb.sheet(annex2).protection.protected).toBe(true);
  });

  test("a fix for a sheet renamed since validation is skipped, and the other fixes still apply", async () => {
    const { wb, ops, addressOf } = await templateWorkbook();
    const cell = addressOf(annex2, "A2-18", "2022年实绩");
    wb.typeIntoCell(annex2, cell, 12);
    const outcome = await ops.applyFixes(
      [
        { sheet: "改过名的表", address: "I4", value: 1, original: 2 },
        { sheet: annex2, address: cell, value: 0.12, original: 12 },
      ],
      "",
    );
    expect(outcome.skipped.map((write) => write.sheet)).toEqual(["改过名的表"]);
    expect(wb.sheet(annex2).cell(cell).value).toBe(0.12);
  });

  test("a cell changed since validation is left as the user typed it", async () => {
    const { wb, ops, addressOf } = await templateWorkbook();
    const cell = addressOf(annex2, "A2-18", "2022年实绩");
    wb.typeIntoCell(annex2, cell, 12);
    await ops.validate(period, "");
    wb.typeIntoCell(annex2, cell, 0.11);
    const outcome = await ops.applyFixes([{ sheet: annex2, address: cell, value: 0.12, original: 12 }], "");
    expect(outcome.applied).toEqual([]);
    expect(wb.sheet(annex2).cell(cell).value).toBe(0.11);
  });

  test("a number typed as text in a text-formatted cell gets the number and the unit's format", async () => {
    const { wb, ops, addressOf } = await templateWorkbook();
    const cell = addressOf(annex2, "A2-03", "2023年实绩");
    wb.setCellValue(annex2, cell, "63亿元");
    const { findings } = await ops.validate(period, "");
    const finding = findings.find((f) => f.address === cell && f.code === "number-as-text");
    expect(finding?.suggestion).toBe(63);
    await ops.applyFixes([{ sheet: annex2, address: cell, value: 63, original: "63亿元" }], "");
    expect(wb.sheet(annex2).cell(cell).value).toBe(63);
  });
});
