import { plan } from "../../src/model";
import { seedText } from "./seed";

// The body text restates many 附件2 figures as five-year totals or 2025 levels;
// the model has to add up to them. Figures on the right are copied by hand from the body.
const byId = (id: string) => {
  const indicator = plan.indicators.find((candidate) => candidate.id === id);
  if (!indicator) throw new Error(`no indicator ${id}`);
  return indicator;
};
const fiveYearSum = (id: string) =>
  Object.values(byId(id).targets).reduce<number>((sum, t) => sum + (t ?? 0), 0);
const in2025 = (id: string) => byId(id).targets["2025"];

describe("the annex adds up to the body text", () => {
  test("新增“品字标浙江制造” 5+5+6+6+6 is the body's 28 家", () => {
    expect(fiveYearSum("A2-15")).toBe(28);
  });

  test("the standards row's single “30 项” is 30 every year, 5×30 = the body's 150 项", () => {
    expect(Object.values(byId("A2-16").targets)).toEqual([30, 30, 30, 30, 30]);
    expect(fiveYearSum("A2-16")).toBe(150);
  });

  test("新增储备优质重大项目 adds up to the body's 160 个", () => {
    expect(fiveYearSum("A2-37")).toBe(160);
  });

  test("the “1, 2, 3” projects row adds up to 5 超百亿, 10 超50亿, 15 超20亿", () => {
    expect(["A2-36a", "A2-36b", "A2-36c"].map(fiveYearSum)).toEqual([5, 10, 15]);
  });

  test("“小巨人” 40 plus 单项冠军 10 is 附件1 row 1's 50 家 in 2025", () => {
    expect((in2025("A2-22") ?? 0) + (in2025("B-03") ?? 0)).toBe(50);
    expect(in2025("A2-17")).toBe(50);
  });

  test.each([
    ["A2-04", 5, "“未来工厂”5家"],
    ["A2-05", 35, "数字化车间35家"],
    ["A2-06", 0.16, "比重达到16%以上"],
    ["A2-07", 0.85, "企业占比达到85%以上"],
    ["A2-08", 50.97, "人才总量突破50.97万人"],
    ["A2-09", 743, "总量达743个"],
    ["A2-10", 25, "累计节能量达到 25 万吨标准煤"],
    ["A2-11", 80, "完成 80 家"],
    ["A2-12", 120, "五年累计创建绿色工厂 120 家"],
    ["A2-13", 60, "不少于 60 家"],
    ["A2-14", 4, "质量奖企业 4 家以上"],
    ["A2-19a", 1, "超五百亿级企业 1 家"],
    ["A2-19b", 3, "超百亿企业 3 家"],
    ["A2-20", 250, "“小升规”企业250家以上"],
    ["A2-21", 140, "达到140家以上"],
    ["A2-22", 40, "“小巨人”企业达到40家以上"],
    ["A2-23", 31, "上市企业突破31家"],
    ["A2-24", 2800, "科技型中小企业累计达到2800家"],
    ["A2-25", 550, "有效高新技术企业达到550家"],
    ["A2-26", 9500, "9500亩以上"],
    ["A2-27", 55, "亩均税收达到55万元"],
    ["A2-28", 50, "50万元/人"],
    ["A2-29", 400, "高耗低效用地企业400家以上"],
    ["A2-30", 200, "淘汰落后产能企业200家以上"],
    ["A2-31", 10, "新建小微工业园 10 个以上"],
    ["A2-32", 10, "新增通过认定小微工业园 10 个以上"],
    ["A2-33", 5000, "工业用地供给 5000 亩以上"],
    ["A2-34", 180, "高技术制造业投资累计突破180亿元"],
    ["A2-35", 14, "累计达14亿美元以上"],
    ["A2-01", 200, "增加值达到200亿元"],
    ["A2-02", 0.16, "能耗下降16%以上"],
    ["A2-03", 90, "研发投入规模达到90亿元以上"],
    ["A2-18", 0.12, "年均增速达到12%以上"],
  ])("%s in 2025 is %d, as the body says “%s”", (id, figure, phrase) => {
    expect(in2025(id)).toBe(figure);
    expect(seedText()).toContain(phrase);
  });
});
