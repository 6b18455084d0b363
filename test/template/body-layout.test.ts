import { plan } from "../../src/model";
import { buildTemplateLayout } from "../../src/template/build-layout";
import { cellAt, contentAt, headerTexts, sheetOf } from "./layout-helpers";

const body = sheetOf(buildTemplateLayout(plan, { leadUnit: null }), "body");

describe("正文其他量化目标", () => {
  it("has the columns of 附件2 and the body-text targets B-01…B-07 in the model's order", () => {
    expect(body.name).toBe("正文其他量化目标");
    expect(contentAt(body, "A1")).toBe("正文其他量化目标");
    expect(body.cells.some((cell) => cell.row === 1 && cell.content === "依据：仑政发〔2022〕1号 正文")).toBe(
      true,
    );
    expect(headerTexts(body)).toHaveLength(21);
    expect(headerTexts(body)[17]).toBe("2025年实绩");
    expect(body.indicatorIds).toEqual(["B-01", "B-02", "B-03", "B-04", "B-05", "B-06", "B-07"]);
  });

  it("prints 研发投入占GDP比重 3% for 2025 only, — before", () => {
    expect(["E4", "H4", "K4", "N4", "Q4"].map((address) => contentAt(body, address))).toEqual([
      "—",
      "—",
      "—",
      "—",
      0.03,
    ]);
    expect(contentAt(body, "S4")).toBe('=IF(R4="","",R4/Q4)');
    expect(contentAt(body, "G4")).toBeNull();
  });

  it("prints 新增财政资金 2500 万元 every year; the text names no 牵头单位, so 工作专班 reports it", () => {
    expect(["C9", "D9", "E9", "Q9", "T9"].map((address) => contentAt(body, address))).toEqual([
      "新增财政资金",
      "万元",
      2500,
      2500,
      "工作专班（文件未明确）",
    ]);
    expect(contentAt(body, "T10")).toBe("工作专班（文件未明确）");
  });

  it("names the unit the task force assigned B-06 or B-07 to, and gives that unit's template the row", () => {
    const assignments = { "B-06": "区经信局" };
    const assigned = sheetOf(buildTemplateLayout(plan, { leadUnit: null, assignments }), "body");
    expect([contentAt(assigned, "T9"), contentAt(assigned, "T10")]).toEqual([
      "区经信局（工作专班指定）",
      "工作专班（文件未明确）",
    ]);
    const forUnit = (leadUnit: string) =>
      buildTemplateLayout(plan, { leadUnit, assignments }).sheets.find((sheet) => sheet.role === "body")
        ?.indicatorIds;
    expect(forUnit("区经信局")).toEqual(["B-02", "B-03", "B-04", "B-05", "B-06"]);
    expect(forUnit("工作专班")).toEqual(["B-07"]);
    expect(forUnit("区发改局")).toEqual(["B-02"]);
  });

  it("merges categories: 企业培育 B-02…B-03, 空间优化 B-04…B-05, 政策保障 B-06…B-07", () => {
    expect(body.merges).toEqual(expect.arrayContaining(["A1:U1", "A5:A6", "A7:A8", "A9:A10"]));
    expect([contentAt(body, "A4"), contentAt(body, "A9")]).toEqual(["提质增效", "政策保障"]);
  });

  it("takes actuals like 附件2: B-05 标准地 share 2023 in L8, unlocked, decimal 0–1", () => {
    expect(cellAt(body, "L8")).toMatchObject({
      style: "actual",
      locked: false,
      numberFormat: "0.0%",
      actualOf: { indicatorId: "B-05", year: 2023 },
      validation: { type: "decimal", min: 0, max: 1 },
    });
  });
});
