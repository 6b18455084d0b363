import { formatPeriod } from "../../src/core/reporting-period";
import { zhCN } from "../../src/taskpane/messages/zh-CN";

describe("reporting periods are written as people write them", () => {
  test.each([
    [{ year: 2021, month: 1 }, "2021年1月"],
    [{ year: 2023, month: 6 }, "2023年1–6月"],
    [{ year: 2025, month: 12 }, "2025年"],
  ])("%j is %s", (period, text) => expect(formatPeriod(period)).toBe(text));

  test("the pane's month picker offers 1月, 1–2月 … 全年", () => {
    expect([1, 2, 11, 12].map(zhCN.period.monthOption)).toEqual(["1月", "1–2月", "1–11月", "全年"]);
  });
});
