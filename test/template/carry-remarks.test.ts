import { plan } from "../../src/model";
import { buildTemplateLayout } from "../../src/template/build-layout";
import { remarksInTable, withRemarks } from "../../src/template/carry-remarks";
import { planInsertion } from "../../src/template/insertion-plan";
import { cellOfIndicator, sheetOf } from "./layout-helpers";

const remark = "备注\n（情况说明）";

/** A returned 附件2 table (version 2), header row first at A3: 代码 in B, 2023年实绩 in C, 备注 in D. */
const table = {
  sheet: "附件2 目标任务分解",
  top: 2,
  left: 0,
  values: [
    ["指标名称", "代码", "2023年实绩", remark],
    ["研发投入规模", "A2-03", 63, "受疫情影响，二季度研发投入放缓"],
    ["累计新增未来工厂", "A2-04", 3, '=HYPERLINK("http://x")'],
    ["", "", "", "没有代码的行"],
    ["数字化车间", "A2-05", "", "  "],
  ],
};

describe("the 备注（情况说明） typed into a template", () => {
  it("are read by the 代码 column and the 备注 header, as text, skipping blanks and rows without a code", () => {
    expect(remarksInTable(table)).toEqual([
      {
        indicatorId: "A2-03",
        text: "受疫情影响，二季度研发投入放缓",
        sheet: "附件2 目标任务分解",
        address: "D4",
      },
      { indicatorId: "A2-04", text: '=HYPERLINK("http://x")', sheet: "附件2 目标任务分解", address: "D5" },
    ]);
  });

  it("are read under a plain 备注 or 情况说明 header too, and not at all without one", () => {
    const plain = {
      ...table,
      values: [
        ["代码", "情况说明"],
        ["A2-03", "说明"],
      ],
    };
    expect(remarksInTable(plain).map((found) => found.text)).toEqual(["说明"]);
    expect(
      remarksInTable({
        ...table,
        values: [
          ["代码", "2023年实绩"],
          ["A2-03", 63],
        ],
      }),
    ).toEqual([]);
  });

  it("go into their indicator's 备注 cell of a new layout as text, never as a formula", () => {
    const layout = buildTemplateLayout(plan, { leadUnit: null });
    const carried = withRemarks(layout, remarksInTable(table));
    const annex2 = sheetOf(carried.layout, "annex2");
    expect(cellOfIndicator(annex2, "A2-03", remark)).toMatchObject({
      content: "受疫情影响，二季度研发投入放缓",
      text: true,
      locked: false,
    });
    expect(cellOfIndicator(annex2, "A2-04", remark)).toMatchObject({
      content: '=HYPERLINK("http://x")',
      text: true,
    });
    expect(carried.orphans).toEqual([]);
  });

  it("keep the old sheet, renamed, when the new layout has no row for them (another unit's template)", () => {
    const layout = buildTemplateLayout(plan, { leadUnit: "区科技局" });
    const state = {
      sheetNames: ["附件2 目标任务分解"],
      namedRoles: ["annex2" as const],
      tables: [
        {
          role: "annex2" as const,
          ...table,
          values: table.values.map((row) => (row[1] === "A2-04" ? [row[0], row[1], "", row[3]] : row)),
        },
      ],
    };
    const result = planInsertion(layout, state, "update");
    if (result.kind !== "write") throw new Error("expected a write");
    expect(result.keptRemarks.map((found) => found.indicatorId)).toEqual(["A2-03"]);
    expect(result.orphanRemarks).toEqual([
      expect.objectContaining({ indicatorId: "A2-04", sheet: "附件2 目标任务分解 (旧)", address: "D5" }),
    ]);
    expect(result.orphans).toEqual([]);
    expect(result.keep).toEqual([{ from: "附件2 目标任务分解", to: "附件2 目标任务分解 (旧)" }]);
  });
});
