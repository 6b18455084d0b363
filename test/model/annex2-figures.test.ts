import { plan } from "../../src/model";
import type { Indicator } from "../../src/model";

// 附件2 目标任务分解表, copied by hand from 仑政发〔2022〕1号: id, printed name, unit,
// 2021–2025 targets (null where the table prints "—", % as fractions), 牵头单位.
type PrintedRow = [id: string, printedName: string, unit: string, targets: (number | null)[], lead: string[]];
const 经信 = ["区经信局"];
const 市场监管 = ["区市场监管局"];
const 投促 = ["开发区投资促进局"];

const annex2: Record<string, PrintedRow[]> = {
  提质增效: [
    ["A2-01", "数字经济核心产业制造业增加值规模", "亿元", [100, 120, 145, 175, 200], 经信],
    ["A2-02", "规模以上工业万元增加值能耗累计降低率", "%", [0.036, 0.071, 0.104, 0.135, 0.16], ["区发改局"]],
    ["A2-03", "研发投入规模", "亿元", [54, 60, 70, 80, 90], ["区科技局"]],
    ["A2-04", "累计新增未来工厂（家）", "家", [1, 2, 3, 4, 5], 经信],
    ["A2-05", "累计新增数字化车间（家）", "家", [16, 20, 25, 30, 35], 经信],
    ["A2-06", "数字经济核心产业增加值占 GDP 比重（%）", "%", [0.08, 0.1, 0.12, 0.14, 0.16], 经信],
    [
      "A2-07",
      "全区规上工业企业有研发经费支出的企业占比（%）",
      "%",
      [0.7, 0.75, 0.8, 0.82, 0.85],
      ["区科技局"],
    ],
    ["A2-08", "全区人才累计数量（万人）", "万人", [38.5, 41.58, 44.7, 47.85, 50.97], ["区委人才办"]],
    ["A2-09", "区级以上人才计划累计数量（个）", "个", [383, 473, 563, 653, 743], ["区委人才办"]],
    ["A2-10", "累计新增节能量（万吨标煤）", "万吨标煤", [5, 10, 15, 20, 25], ["区发改局"]],
    [
      "A2-11",
      "累计完成年耗 5000 吨标煤以上企业碳账户建设（家）",
      "家",
      [40, 50, 60, 70, 80],
      ["生态环境分局"],
    ],
    ["A2-12", "累计创建绿色工厂（家）", "家", [40, 60, 80, 100, 120], 经信],
    ["A2-13", "累计新增实施清洁生产企业（家）", "家", [12, 24, 36, 48, 60], 经信],
    ["A2-14", "累计新增省、市政府质量奖企业（家）", "家", [null, 1, 2, 3, 4], 市场监管],
    ["A2-15", "新增“品字标浙江制造”（家）", "家", [5, 5, 6, 6, 6], 市场监管],
    [
      "A2-16",
      "企业主导参与国际、国家、行业和“浙江制造”标准等制（修）订（项）",
      "项",
      [30, 30, 30, 30, 30],
      市场监管,
    ],
  ],
  企业培育: [
    ["A2-17", "国家级专精特新“小巨人”企业与国家级单项冠军企业数量", "家", [25, 32, 40, 45, 50], 经信],
    ["A2-18", "制造业贷款规模年均增速", "%", [0.12, 0.12, 0.12, 0.12, 0.12], ["区地方金融监管局"]],
    [
      "A2-19a",
      "累计新增营业收入超五百亿级企业（家）/超百亿企业数量（家）",
      "家",
      [null, null, null, null, 1],
      经信,
    ],
    [
      "A2-19b",
      "累计新增营业收入超五百亿级企业（家）/超百亿企业数量（家）",
      "家",
      [null, null, null, null, 3],
      经信,
    ],
    ["A2-20", "累计新增“小升规”企业数量（家）", "家", [45, 100, 150, 200, 250], 经信],
    ["A2-21", "累计入库培育“专精特新”中小企业数量（家）", "家", [90, 105, 120, 130, 140], 经信],
    ["A2-22", "国家级专精特新“小巨人”企业累计数量（家）", "家", [20, 26, 31, 36, 40], 经信],
    ["A2-23", "上市企业累计数量(家)", "家", [19, 22, 25, 28, 31], ["区地方金融监管局"]],
    ["A2-24", "科技型中小企业累计数量(家)", "家", [1900, 2300, 2600, 2700, 2800], ["区科技局"]],
    ["A2-25", "有效高新技术企业数量(家)", "家", [320, 400, 500, 520, 550], ["区科技局"]],
  ],
  空间优化: [
    ["A2-26", "累计腾出低效工业用地(亩)", "亩", [1000, 2000, 3000, 6000, 9500], ["资规分局", "区经信局"]],
    ["A2-27", "规上工业亩均税收(万元/亩)", "万元/亩", [40.5, 43.5, 46.8, 50.3, 55], 经信],
    ["A2-28", "规上工业全员劳动生产率", "万元/人", [39, 41.5, 44, 47, 50], 经信],
    ["A2-29", "累计新增整治提升高耗低效及污染企业数量", "家", [80, 160, 250, 320, 400], 经信],
    ["A2-30", "累计新增淘汰落后产能企业数量(家)", "家", [40, 80, 120, 160, 200], 经信],
    ["A2-31", "累计新增供地开工建设或新增改造提升小微工业园数量(个)", "个", [2, 4, 6, 8, 10], 经信],
    ["A2-32", "累计新增认定小微工业园(个)", "个", [2, 4, 6, 8, 10], 经信],
    ["A2-33", "累计新增工业用地供给(亩)", "亩", [1000, 2000, 3000, 4000, 5000], ["资规分局"]],
  ],
  产业升级: [
    ["A2-34", "累计新增高技术制造业投资", "亿元", [40, 60, 90, 130, 180], 经信],
    ["A2-35", "五年制造业实际利用外资（亿美元）", "亿美元", [3, 7, 10, 12, 14], 投促],
    [
      "A2-36a",
      "新增落地总投资超百亿元/总投资超50亿元/总投资超20亿元项目数量(个)",
      "个",
      [1, 1, 1, 1, 1],
      投促,
    ],
    [
      "A2-36b",
      "新增落地总投资超百亿元/总投资超50亿元/总投资超20亿元项目数量(个)",
      "个",
      [2, 2, 2, 2, 2],
      投促,
    ],
    [
      "A2-36c",
      "新增落地总投资超百亿元/总投资超50亿元/总投资超20亿元项目数量(个)",
      "个",
      [3, 3, 3, 3, 3],
      投促,
    ],
    ["A2-37", "新增储备优质重大项目数量(个)", "个", [30, 30, 40, 30, 30], 投促],
  ],
};

const printedRows = Object.entries(annex2).flatMap(([category, rows]) =>
  rows.map(([id, printedName, unit, targets, lead]) => ({ id, printedName, category, unit, targets, lead })),
);
const annex2Indicators = plan.indicators.filter((indicator) => indicator.annex === 2);

function asPrinted(indicator: Indicator) {
  const { id, printedName, category, unit, lead } = indicator;
  return {
    id,
    printedName,
    category,
    unit,
    targets: plan.years.map((year) => indicator.targets[year]),
    lead,
  };
}

describe("附件2 目标任务分解表", () => {
  test("has 37 printed rows, 40 indicators with the split parts, in row order", () => {
    expect(new Set(annex2Indicators.map((indicator) => indicator.row)).size).toBe(37);
    expect(annex2Indicators.map((indicator) => indicator.id)).toEqual(printedRows.map((row) => row.id));
  });

  test.each(printedRows)("$id $printedName matches the printed row figure by figure", (row) => {
    const indicator = plan.indicators.find((candidate) => candidate.id === row.id);
    expect(indicator && asPrinted(indicator)).toEqual(row);
  });

  test("row numbers follow the printed order: 提质增效 1–16, 企业培育 17–25, 空间优化 26–33, 产业升级 34–37", () => {
    const firstRow = (category: string) => annex2Indicators.find((i) => i.category === category)?.row;
    expect(["提质增效", "企业培育", "空间优化", "产业升级"].map(firstRow)).toEqual([1, 17, 26, 34]);
    expect(annex2Indicators.at(-1)?.row).toBe(37);
  });

  test("split rows carry part 0, 1, … and one printed row number; no other row has a part", () => {
    const parts = annex2Indicators.filter((i) => i.part !== undefined).map((i) => [i.id, i.row, i.part]);
    expect(parts).toEqual([
      ["A2-19a", 19, 0],
      ["A2-19b", 19, 1],
      ["A2-36a", 36, 0],
      ["A2-36b", 36, 1],
      ["A2-36c", 36, 2],
    ]);
  });
});
