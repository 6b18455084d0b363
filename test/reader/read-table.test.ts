import { plan } from "../../src/model";
import { readTable, type TableContext } from "../../src/reader/read-table";
import type { TableToRead } from "../../src/reader/types";

const annex2: TableContext = { role: "annex2", expected: null, madeFor: "全部牵头单位", years: [2022, 2023] };

// Columns out of the template's order, one unknown code, a wrapped header, the table starting at B3.
const values = [
  ["2023年实绩", "指标名称", "2022年\n实绩", "代码", "2023年目标", "2022年目标", "2023年完成率"],
  ["约150", "研发投入规模", 60, "A2-03", 70, 60, ""],
  ["", "提质增效", "", "", "", "", ""],
  [18, "累计新增数字化车间", 20, "a2-05", 25, 20, 0.72],
  [5, "某个新指标", 4, "Z-99", 6, 5, ""],
];
const table: TableToRead = {
  sheet: "附件2 目标任务分解",
  topLeft: "B3",
  values,
  numberFormats: values.map((row) => row.map(() => "General")),
  formulas: values,
};

describe("reading a template table back", () => {
  const read = readTable(plan, table, annex2);
  const cells = read.ok ? read.value : { actuals: [], targets: [], unknownRows: [] };

  test("finds columns by header text and rows by 代码, whatever their positions", () => {
    expect(read.ok).toBe(true);
    expect(cells.actuals.map((c) => [c.indicatorId, c.year, c.address, c.raw])).toEqual([
      ["A2-03", 2022, "D4", 60],
      ["A2-03", 2023, "B4", "约150"],
      ["A2-05", 2022, "D6", 20],
      ["A2-05", 2023, "B6", 18],
    ]);
    expect(cells.targets.map((c) => [c.indicatorId, c.year, c.address, c.raw])).toEqual([
      ["A2-03", 2022, "G4", 60],
      ["A2-03", 2023, "F4", 70],
      ["A2-05", 2022, "G6", 20],
      ["A2-05", 2023, "F6", 25],
    ]);
    expect(cells.actuals[0]).toMatchObject({ sheet: "附件2 目标任务分解", numberFormat: "General" });
  });

  test("a code the plan does not know is reported with its cell, not read and not crashed on", () => {
    expect(cells.unknownRows).toEqual([{ sheet: "附件2 目标任务分解", address: "E7", code: "Z-99" }]);
  });

  test("in 附件1, an actual that only shows 附件2's actual is the template's display, not an input", () => {
    const linked = "=IF('附件2 目标任务分解'!L6=\"\",\"\",'附件2 目标任务分解'!L6)";
    const formulas = values.map((row, r) => (r === 1 ? [linked, ...row.slice(1)] : row));
    const again = readTable(plan, { ...table, formulas }, { ...annex2, role: "annex1" });
    expect(again.ok && again.value.actuals).toEqual([]);
  });

  test("in 附件2, an actual linked to the unit's own working sheet is read: its result is the actual", () => {
    const formulas = values.map((row, r) => (r === 1 ? ["='测算'!B5", ...row.slice(1)] : row));
    const withResult = values.map((row, r) => (r === 1 ? [148.2, ...row.slice(1)] : row));
    const again = readTable(plan, { ...table, values: withResult, formulas }, annex2);
    const b4 = again.ok ? again.value.actuals.find((c) => c.address === "B4") : undefined;
    expect(b4).toMatchObject({ indicatorId: "A2-03", year: 2023, raw: 148.2, formula: "='测算'!B5" });
  });

  test("a table without a 代码 column is refused with a message naming the sheet", () => {
    const noCodes = readTable(
      plan,
      {
        ...table,
        values: [
          ["指标名称", "2023年实绩"],
          ["研发投入规模", 70],
        ],
      },
      annex2,
    );
    expect(noCodes).toEqual({
      ok: false,
      kind: "invalidValue",
      message: "工作表“附件2 目标任务分解”的表头中没有“代码”列，无法按代码找到指标。",
    });
  });
});

test("a table with 代码 but no year columns of the plan is refused too", () => {
  const read = readTable(
    plan,
    {
      ...table,
      values: [
        ["代码", "2019年实绩"],
        ["A2-03", 1],
      ],
    },
    annex2,
  );
  expect(read).toMatchObject({ ok: false, message: expect.stringContaining("没有 2021–2025 年的") });
});
