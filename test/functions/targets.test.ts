import { baseline, cumtarget, expected, target } from "../../src/functions/functions";
import { excelErrorOf } from "./expect-error";

// Figures worked by hand from 仑政发〔2022〕1号, 附件1 and 附件2.
describe("TARGET", () => {
  test("returns the figure printed for that year, by id or by name", () => {
    expect(target("A2-05", 2023)).toBe(25);
    expect(target("研发投入规模", 2021)).toBe(54);
    expect(target("累计新增高技术制造业投资", 2024)).toBe(130);
  });

  test("returns percentages as fractions (16% is 0.16)", () => {
    expect(target("数字经济核心产业增加值占 GDP 比重（%）", 2025)).toBe(0.16);
    expect(target("规模以上工业万元增加值能耗累计降低率", 2021)).toBe(0.036);
  });

  test('accepts the year as text typed in a cell ("2023", "2023年")', () => {
    expect(target("A2-37", "2023")).toBe(40);
    expect(target("A2-37", "2023年")).toBe(40);
  });

  test("a year the plan leaves blank (质量奖 in 2021, printed —) is #N/A saying so", () => {
    const error = excelErrorOf(() => target("累计新增省、市政府质量奖企业（家）", 2021));
    expect(error.code).toBe("#N/A");
    expect(error.message).toContain("2021 年没有目标");
  });

  test("a year outside 2021–2025 is #VALUE! naming the accepted years", () => {
    const error = excelErrorOf(() => target("A2-05", 2026));
    expect(error).toEqual({ code: "#VALUE!", message: expect.stringContaining("2021–2025") });
  });
});

describe("CUMTARGET", () => {
  test("sums a flow from 2021: 新增“品字标浙江制造” through 2023 is 5+5+6 = 16, through 2025 is 28", () => {
    expect(cumtarget("新增“品字标浙江制造”（家）", 2023)).toBe(16);
    expect(cumtarget("新增“品字标浙江制造”（家）", 2025)).toBe(28);
  });

  test("sums 新增储备优质重大项目: 30+30+40 = 100 by 2023, 160 by 2025", () => {
    expect(cumtarget("新增储备优质重大项目数量(个)", 2023)).toBe(100);
    expect(cumtarget("A2-37", 2025)).toBe(160);
  });

  test("returns the printed running total of a cumulative or stock indicator", () => {
    expect(cumtarget("累计新增未来工厂（家）", 2024)).toBe(4);
    expect(cumtarget("上市企业累计数量(家)", 2022)).toBe(22);
  });

  test("an amount or a ratio has no running total: #N/A pointing to TARGET", () => {
    for (const indicator of ["研发投入规模", "数字经济核心产业增加值占GDP比重"]) {
      const error = excelErrorOf(() => cumtarget(indicator, 2023));
      expect(error.code).toBe("#N/A");
      expect(error.message).toContain("TARGET");
    }
  });
});

describe("BASELINE", () => {
  test("returns the 2020 baseline printed in 附件1", () => {
    expect(baseline("研发投入规模")).toBe(52);
    expect(baseline("A2-17")).toBe(16);
    expect(baseline("全区规上工业亩均税收")).toBe(38.4);
  });

  test("is #N/A where 附件1 prints —— or the indicator is not in 附件1", () => {
    expect(excelErrorOf(() => baseline("制造业贷款规模年均增速")).code).toBe("#N/A");
    expect(excelErrorOf(() => baseline("累计新增数字化车间")).code).toBe("#N/A");
  });
});

describe("EXPECTED (序时进度)", () => {
  test("cumulative: 累计新增数字化车间 at the end of June 2022 is 16 + (20 − 16) × 6/12 = 18", () => {
    expect(expected("累计新增数字化车间（家）", 2022, 6)).toBe(18);
  });

  test("cumulative in 2021 starts from 0: 数字化车间 by March 2021 is 16 × 3/12 = 4", () => {
    expect(expected("A2-05", 2021, 3)).toBe(4);
  });

  test("cumulative starts from the last printed figure: 质量奖 (— in 2021) by June 2022 is 0 + 1 × 6/12", () => {
    expect(expected("A2-14", 2022, 6)).toBe(0.5);
  });

  test("flow and amount are prorated: 品字标 2023 by June is 6 × 6/12 = 3; 研发投入规模 2023 is 35", () => {
    expect(expected("A2-15", 2023, 6)).toBe(3);
    expect(expected("研发投入规模", 2023, 6)).toBe(35);
    expect(expected("A2-37", 2023, 3)).toBe(10);
  });

  test("stock starts from the previous year's figure: 上市企业 by June 2023 is 22 + (25 − 22) × 6/12", () => {
    expect(expected("上市企业累计数量", 2023, 6)).toBe(23.5);
  });

  test("stock in 2021 starts from the 2020 baseline: 小巨人与单项冠军 by June 2021 is 16 + 9 × 6/12", () => {
    expect(expected("A2-17", 2021, 6)).toBe(20.5);
  });

  test("stock without a 2020 baseline or previous figure is #N/A", () => {
    expect(excelErrorOf(() => expected("上市企业累计数量", 2021, 6)).code).toBe("#N/A");
    expect(excelErrorOf(() => expected("B-03", 2025, 6)).code).toBe("#N/A");
  });

  test("a ratio is not prorated: 数字经济核心产业增加值占GDP比重 2023 by June is 12%", () => {
    expect(expected("A2-06", 2023, 6)).toBe(0.12);
  });

  test("an omitted month (null from Excel) is the whole year's target", () => {
    expect(expected("A2-05", 2022, null)).toBe(20);
    expect(expected("A2-05", 2022, undefined)).toBe(20);
    expect(expected("A2-15", 2025)).toBe(6);
  });

  test("a month outside 1–12 is #VALUE! saying what is accepted", () => {
    for (const month of [0, 13, 6.5, "六月"]) {
      const error = excelErrorOf(() => expected("A2-05", 2022, month));
      expect(error).toEqual({ code: "#VALUE!", message: expect.stringContaining("1–12") });
    }
  });
});
