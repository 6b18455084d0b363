import { target } from "../../src/functions/functions";
import { excelErrorOf } from "./expect-error";

describe("the indicator argument", () => {
  test("accepts the id in any case and the names as people type them", () => {
    expect(target("a2-15", 2021)).toBe(5);
    expect(target('新增"品字标浙江制造"(家)', 2021)).toBe(5);
    expect(target("五年累计腾出低效工业用地数量", 2023)).toBe(3000);
  });

  test("an unknown name is #N/A naming the closest indicators", () => {
    const error = excelErrorOf(() => target("研发投入规摸", 2023));
    expect(error.code).toBe("#N/A");
    expect(error.message).toContain("A2-03 研发投入规模");
  });

  test("the printed name of a split row is #N/A listing its parts by id", () => {
    const error = excelErrorOf(() =>
      target("新增落地总投资超百亿元/总投资超50亿元/总投资超20亿元项目数量(个)", 2023),
    );
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(/A2-36a.*A2-36b.*A2-36c/);
  });

  test("a number, a boolean or an empty argument is #VALUE! asking for a code or a name", () => {
    for (const junk of [5, true, "", "   ", null]) {
      expect(excelErrorOf(() => target(junk, 2023))).toEqual({
        code: "#VALUE!",
        message: expect.stringContaining("指标代码"),
      });
    }
  });
});
