/**
 * What writing a 汇总 into a workbook will do, decided without a workbook (src/consolidation/write-plan.ts),
 * and a report sheet cut into matrices and style rectangles (report-regions.ts).
 * The returns give 研发投入规模 (A2-03, 区科技局) 36 亿元 and 累计新增数字化车间 (A2-05, 区经信局)
 * 20 家 for 2023; the workbook's cells stand for its template's 2023年实绩 cells.
 */
import { consolidate } from "../../src/consolidation/consolidate";
import { consolidationWorkbook, type ReportSheet } from "../../src/consolidation/report-layout";
import { reportGrid } from "../../src/consolidation/report-regions";
import {
  overwritesOf,
  planConsolidationWrite,
  stillAsRead,
  type WorkbookNow,
} from "../../src/consolidation/write-plan";
import type { TemplateCell } from "../../src/core/validation/types";
import { plan } from "../../src/model";
import { midYear2023, returned } from "./returns";

const annex2 = "附件2 目标任务分解";
const workbook = consolidationWorkbook(
  plan,
  consolidate(plan, midYear2023, [
    returned("区科技局.xlsx", "区科技局", [["A2-03", 2023, 36]]),
    returned("区经信局.xlsx", "区经信局", [["A2-05", 2023, 20]]),
  ]),
);
const cell = (indicatorId: string, raw: TemplateCell["raw"], formula?: string): TemplateCell => ({
  sheet: annex2,
  address: indicatorId === "A2-03" ? "L6" : "L8",
  raw,
  numberFormat: "0.00",
  indicatorId,
  year: 2023,
  ...(formula ? { formula } : {}),
});
const now = (over: Partial<WorkbookNow> = {}): WorkbookNow => ({
  sheetNames: ["Sheet1", annex2],
  templateCells: [cell("A2-03", ""), cell("A2-05", "")],
  reportSheets: {},
  templateProblems: [],
  ...over,
});

describe("template cells", () => {
  test("empty cells are filled; a cell holding the figure already is only counted", () => {
    const decided = planConsolidationWrite(
      workbook,
      now({ templateCells: [cell("A2-03", 36), cell("A2-05", "")] }),
    );
    expect(decided).toMatchObject({ insertTemplate: false, same: 1, differing: [], unplaced: [] });
    expect(decided.fills).toEqual([
      { sheet: annex2, address: "L8", indicatorId: "A2-05", year: 2023, value: 20, current: "" },
    ]);
  });

  test("another figure, text or a formula in the cell is listed as differing, never filled", () => {
    const decided = planConsolidationWrite(
      workbook,
      now({ templateCells: [cell("A2-03", "约36"), cell("A2-05", "", "=测算!B2")] }),
    );
    expect(decided.fills).toEqual([]);
    expect(decided.differing.map((c) => [c.indicatorId, c.current, c.formula])).toEqual([
      ["A2-03", "约36", undefined],
      ["A2-05", "", "=测算!B2"],
    ]);
  });

  test("a figure the workbook's template has no row for is counted as not placed", () => {
    const decided = planConsolidationWrite(workbook, now({ templateCells: [cell("A2-03", "")] }));
    expect(decided.unplaced).toEqual([{ indicatorId: "A2-05", year: 2023, value: 20 }]);
  });

  test("without a template the filled one is inserted: every figure goes into its cell of the new template", () => {
    const decided = planConsolidationWrite(workbook, now({ templateCells: null }));
    expect(decided.insertTemplate).toBe(true);
    expect(decided.fills.map((c) => [c.sheet, c.indicatorId, c.value])).toEqual([
      [annex2, "A2-03", 36],
      [annex2, "A2-05", 20],
    ]);
  });

  test("a tick counts only while the cell holds what the confirmation showed", () => {
    const shown = planConsolidationWrite(
      workbook,
      now({ templateCells: [cell("A2-03", 30), cell("A2-05", "")] }),
    );
    const later = planConsolidationWrite(
      workbook,
      now({ templateCells: [cell("A2-03", 31), cell("A2-05", "")] }),
    );
    expect(overwritesOf(shown, shown.differing).map((c) => c.value)).toEqual([36]);
    expect(overwritesOf(later, shown.differing)).toEqual([]);
    expect(overwritesOf(shown, [])).toEqual([]);
  });

  test("a tick counts only for the figure the confirmation showed: a 汇总 changed since overwrites nothing", () => {
    const shown = planConsolidationWrite(
      workbook,
      now({ templateCells: [cell("A2-03", 30), cell("A2-05", "")] }),
    );
    const otherFigure = consolidationWorkbook(
      plan,
      consolidate(plan, midYear2023, [returned("区科技局.xlsx", "区科技局", [["A2-03", 2023, 33]])]),
    );
    const now30 = now({ templateCells: [cell("A2-03", 30), cell("A2-05", "")] });
    expect(overwritesOf(planConsolidationWrite(otherFigure, now30), shown.differing)).toEqual([]);
  });

  test("just before the write, a cell still as read is written; one typed into or given a formula is not", () => {
    const [fill] = planConsolidationWrite(workbook, now()).fills;
    expect(stillAsRead(fill!, "", "")).toBe(true);
    expect(stillAsRead(fill!, 30, 30)).toBe(false);
    expect(stillAsRead(fill!, 0, "=测算!B2")).toBe(false);
  });
});

describe("report sheet names", () => {
  test("a workbook without them gets 数据来源, 进度总览 and 情况分析, each written first under a temporary name", () => {
    const sheets = planConsolidationWrite(workbook, now()).sheets;
    expect(sheets.map((s) => [s.name, s.replaces, s.temporary])).toEqual([
      ["数据来源", null, "BL_new_sources"],
      ["进度总览", null, "BL_new_overview"],
      ["情况分析", null, "BL_new_brief"],
    ]);
  });

  test("a user's sheet 进度总览 is never taken: the report becomes 进度总览 (2)", () => {
    const sheets = planConsolidationWrite(workbook, now({ sheetNames: ["Sheet1", "进度总览"] })).sheets;
    expect(sheets[1]).toMatchObject({ name: "进度总览 (2)", replaces: null });
  });

  test("the add-in's earlier report under its own name is replaced; one the user renamed is left", () => {
    const sheets = planConsolidationWrite(
      workbook,
      now({
        sheetNames: ["Sheet1", "数据来源", "进度总览6月", "进度总览"],
        reportSheets: { sources: "数据来源", overview: "进度总览6月" },
      }),
    ).sheets;
    expect(sheets.map((s) => [s.name, s.replaces])).toEqual([
      ["数据来源", "数据来源"],
      ["进度总览 (2)", null],
      ["情况分析", null],
    ]);
  });
  test("beside a user's own 进度总览, the earlier report 进度总览 (2) is replaced by the next one, not piled up as (3)", () => {
    const sheets = planConsolidationWrite(
      workbook,
      now({
        sheetNames: ["Sheet1", "进度总览", "进度总览 (2)"],
        reportSheets: { overview: "进度总览 (2)" },
      }),
    ).sheets;
    expect(sheets[1]).toMatchObject({ name: "进度总览 (2)", replaces: "进度总览 (2)" });
  });
});

describe("a report sheet as matrices and style rectangles", () => {
  const sheet: ReportSheet = {
    role: "sources",
    name: "数据来源",
    columnWidths: [9, 30, 10],
    rows: [
      [{ value: "标题", style: "title" }],
      [],
      [
        { value: "代码", style: "header" },
        { value: "名称", style: "header" },
        { value: "实绩", style: "header" },
      ],
      ...Array.from({ length: 100 }, (_, i) => [
        { value: `A2-${i}`, style: "text" as const },
        { value: "=1/0", style: "text" as const, untrusted: true },
        { value: i, style: "figure" as const, numberFormat: "0.00" },
      ]),
    ],
    merges: [],
    charts: [],
    dataBars: [],
    frozenRows: 3,
  };

  test("a hundred rows of one shape give one rectangle per run of a style, not one per row", () => {
    expect(reportGrid(sheet).regions).toEqual([
      { range: "A1:A1", style: "title" },
      { range: "A3:C3", style: "header" },
      { range: "A4:B103", style: "text" },
      { range: "C4:C103", style: "figure" },
    ]);
  });

  test("values and number formats fill the used rectangle, blanks as empty strings and General", () => {
    const grid = reportGrid(sheet);
    expect([grid.rowCount, grid.columnCount]).toEqual([103, 3]);
    expect(grid.values[1]).toEqual(["", "", ""]);
    expect(grid.values[3]).toEqual(["A2-0", "=1/0", 0]);
    expect(grid.numberFormats[3]).toEqual(["General", "General", "0.00"]);
  });
});

describe("进度总览's figures", () => {
  const overview = workbook.sheets.find((sheet) => sheet.role === "overview") as ReportSheet;
  const rowOf = (id: string) => overview.rows.find((row) => row[1]?.value === id) ?? [];
  const shown = (id: string) => rowOf(id).map((cell) => [cell.value, cell.numberFormat]);

  test("targets show as the policy prints them: 70 亿元, 10.4%, 12%, 25 家", () => {
    expect(shown("A2-03")[5]).toEqual([70, "0"]);
    expect(shown("A2-02")[5]).toEqual([0.104, "0.0%"]);
    expect(shown("A2-06")[5]).toEqual([0.12, "0%"]);
    expect(shown("A2-05")[5]).toEqual([25, "0"]);
  });

  test("actuals show as the template's actual cells do: 36 亿元 as typed, 20 家 whole", () => {
    expect(shown("A2-03")[7]).toEqual([36, "General"]);
    expect(shown("A2-05")[7]).toEqual([20, "0"]);
  });
});
