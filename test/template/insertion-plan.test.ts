import { plan } from "../../src/model";
import { buildTemplateLayout } from "../../src/template/build-layout";
import { planInsertion, type WorkbookState } from "../../src/template/insertion-plan";

const layout = buildTemplateLayout(plan, { leadUnit: null });
const header2 = ["指标类别", "代码", "指标名称", "单位", "2021年目标", "2021年实绩"];

const withTemplate: WorkbookState = {
  sheetNames: ["说明", "附件1 四倍增、五跃升目标", "附件2 目标任务分解", "正文其他量化目标"],
  namedRoles: ["annex1", "annex2", "body"],
  tables: [
    {
      role: "annex1",
      sheet: "附件1 四倍增、五跃升目标",
      top: 2,
      left: 0,
      values: [
        ["代码", "2023年实绩"],
        ["A2-03", 63],
      ],
    },
    {
      role: "annex2",
      sheet: "附件2 目标任务分解",
      top: 2,
      left: 0,
      values: [header2, ["", "A2-01", "", "", 100, 98]],
    },
    { role: "body", sheet: "正文其他量化目标", top: 2, left: 0, values: [header2] },
  ],
};

describe("planning an insertion", () => {
  it("inserts at once into a workbook without the template, under the document's names", () => {
    const result = planInsertion(layout, { sheetNames: ["Sheet1"], namedRoles: [], tables: [] }, "ask");
    expect(result).toMatchObject({ kind: "write", remove: [], keep: [] });
    if (result.kind !== "write") throw new Error("expected a write");
    expect(result.swaps).toEqual([
      { role: "annex1", temporary: "BL_new_annex1", final: "附件1 四倍增、五跃升目标" },
      { role: "annex2", temporary: "BL_new_annex2", final: "附件2 目标任务分解" },
      { role: "body", temporary: "BL_new_body", final: "正文其他量化目标" },
    ]);
  });

  it("asks before touching an existing template", () => {
    expect(planInsertion(layout, withTemplate, "ask")).toEqual({
      kind: "needs-choice",
      existingSheets: ["附件1 四倍增、五跃升目标", "附件2 目标任务分解", "正文其他量化目标"],
    });
  });

  it("update replaces the old sheets and carries actuals typed in 附件2, never 附件1's shown ones", () => {
    const result = planInsertion(layout, withTemplate, "update");
    if (result.kind !== "write") throw new Error("expected a write");
    expect(result.remove).toEqual(["附件1 四倍增、五跃升目标", "附件2 目标任务分解", "正文其他量化目标"]);
    expect(result.kept.map(({ indicatorId, year, value }) => [indicatorId, year, value])).toEqual([
      ["A2-01", 2021, 98],
    ]);
    expect(result.orphans).toEqual([]);
  });

  it("copy leaves the old sheets and picks a numbered set", () => {
    const result = planInsertion(layout, withTemplate, "copy");
    if (result.kind !== "write") throw new Error("expected a write");
    expect([result.remove, result.keep, result.kept]).toEqual([[], [], []]);
    expect(result.swaps.map(({ final }) => final)).toEqual([
      "附件1 四倍增、五跃升目标 (2)",
      "附件2 目标任务分解 (2)",
      "正文其他量化目标 (2)",
    ]);
  });

  it("orders the sheets afterwards: an update's new set where the old one was, a copy's at the end", () => {
    const state = { ...withTemplate, sheetNames: [...withTemplate.sheetNames, "汇总"] };
    const update = planInsertion(layout, state, "update");
    const copy = planInsertion(layout, state, "copy");
    if (update.kind !== "write" || copy.kind !== "write") throw new Error("expected writes");
    expect(update.order).toEqual(state.sheetNames);
    expect(copy.order.slice(4)).toEqual([
      "汇总",
      "附件1 四倍增、五跃升目标 (2)",
      "附件2 目标任务分解 (2)",
      "正文其他量化目标 (2)",
    ]);
  });

  it("picks temporary names no sheet has", () => {
    const state = { ...withTemplate, sheetNames: [...withTemplate.sheetNames, "BL_new_annex2"] };
    const result = planInsertion(layout, state, "update");
    if (result.kind !== "write") throw new Error("expected a write");
    expect(result.swaps.map(({ temporary }) => temporary)).toEqual([
      "BL_new_annex1",
      "BL_new_annex2 (2)",
      "BL_new_body",
    ]);
  });
});
