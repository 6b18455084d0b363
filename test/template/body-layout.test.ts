import { plan } from "../../src/model";
import { buildTemplateLayout } from "../../src/template/build-layout";
import { cellAt, contentAt, headerTexts, sheetOf } from "./layout-helpers";

const body = sheetOf(buildTemplateLayout(plan, { leadUnit: null }), "body");

describe("正文其他量化目标", () => {
  it("has the columns of 附件2 and the body-text targets B-01…B-07 in the model's order", () => {
    expect(body.name).toBe("正文其他量化目标");
    expect(contentAt(body, "A1")).toBe("正文其他量化目标");
    expect(String(contentAt(body, "A2"))).toContain("仑政发〔2022〕1号 正文");
    expect(headerTexts(body)).toHaveLength(20);
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

  it("prints 新增财政资金 2500 万元 every year and leaves its 牵头单位 empty (the text names none)", () => {
    expect(["C9", "D9", "E9", "Q9", "T9"].map((address) => contentAt(body, address))).toEqual([
      "新增财政资金",
      "万元",
      2500,
      2500,
      null,
    ]);
  });

  it("merges categories: 企业培育 B-02…B-03, 空间优化 B-04…B-05, 政策保障 B-06…B-07", () => {
    expect(body.merges).toEqual(["A1:T1", "A2:T2", "A5:A6", "A7:A8", "A9:A10"]);
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
