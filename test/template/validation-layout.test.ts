import { plan } from "../../src/model";
import { buildTemplateLayout } from "../../src/template/build-layout";
import { comparisonOf } from "../../src/template/validation";
import { cellOfIndicator, sheetOf } from "./layout-helpers";

const layout = buildTemplateLayout(plan, { leadUnit: null });
const annex2 = sheetOf(layout, "annex2");
const validationOf = (id: string, year: number) => cellOfIndicator(annex2, id, `${year}年实绩`).validation;

describe("data validation of actual cells", () => {
  it("takes whole numbers ≥ 0 for a count in 家 (累计新增未来工厂)", () => {
    expect(validationOf("A2-04", 2023)).toMatchObject({ type: "wholeNumber", min: 0, max: null });
  });

  it("takes whole numbers ≥ 0 for 个 and 项 too", () => {
    expect(validationOf("A2-09", 2021)).toMatchObject({ type: "wholeNumber", min: 0, max: null });
    expect(validationOf("A2-16", 2025)).toMatchObject({ type: "wholeNumber", min: 0, max: null });
  });

  it("takes decimals ≥ 0 for an amount in 亿元 (研发投入规模)", () => {
    expect(validationOf("A2-03", 2023)).toMatchObject({ type: "decimal", min: 0, max: null });
  });

  it("takes a share between 0 and 100% (数字经济核心产业增加值占GDP比重)", () => {
    expect(validationOf("A2-06", 2022)).toMatchObject({ type: "decimal", min: 0, max: 1 });
  });

  it("takes any number, negatives included, for 年均增速 and 累计降低率", () => {
    expect(validationOf("A2-18", 2023)).toMatchObject({ type: "decimal", min: null, max: null });
    expect(validationOf("A2-02", 2023)).toMatchObject({ type: "decimal", min: null, max: null });
  });

  it("prompts in Chinese naming the indicator, the unit and the year", () => {
    expect(validationOf("A2-03", 2023)).toMatchObject({
      promptTitle: "2023年实绩",
      promptMessage: "研发投入规模（亿元）：填写 2023 年实绩数值。",
      errorTitle: "实绩填写有误",
    });
    expect(validationOf("A2-06", 2022)?.promptMessage).toBe(
      "数字经济核心产业增加值占GDP比重（%）：填写 2022 年实绩数值。按百分数填写，如 12.5%，应为介于 0% 和 100% 之间的百分数。",
    );
    expect(validationOf("A2-04", 2021)?.errorMessage).toBe(
      "累计新增未来工厂 2021 年实绩应为不小于 0 的整数（单位：家），不能填写文字。",
    );
  });

  it("stays within Excel's limits everywhere: titles ≤ 32 characters, messages ≤ 255", () => {
    const all = layout.sheets.flatMap((sheet) =>
      sheet.cells.flatMap((cell) => (cell.validation ? [cell.validation] : [])),
    );
    expect(all).toHaveLength((40 + 7) * 5);
    for (const validation of all) {
      expect(validation.promptTitle.length).toBeLessThanOrEqual(32);
      expect(validation.errorTitle.length).toBeLessThanOrEqual(32);
      expect(validation.promptMessage.length).toBeLessThanOrEqual(255);
      expect(validation.errorMessage.length).toBeLessThanOrEqual(255);
    }
  });

  it("gives Excel one comparison per rule: between for a share, ≥ for a count, any number for a growth rate", () => {
    expect(comparisonOf({ min: 0, max: 1 })).toEqual({ operator: "Between", formula1: 0, formula2: 1 });
    expect(comparisonOf({ min: 0, max: null })).toEqual({ operator: "GreaterThanOrEqualTo", formula1: 0 });
    expect(comparisonOf({ min: null, max: 1 })).toEqual({ operator: "LessThanOrEqualTo", formula1: 1 });
    expect(comparisonOf({ min: null, max: null })).toEqual({
      operator: "Between",
      formula1: -1e15,
      formula2: 1e15,
    });
  });
});
