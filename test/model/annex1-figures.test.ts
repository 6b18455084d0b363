import { plan } from "../../src/model";

// 附件1 “四倍增、五跃升”, copied by hand: row, printed name, category, 2020 基数 and its unit
// (null for "——"), 2023 and 2025 targets (% as fractions), 牵头单位, and the 附件2 row it repeats.
const annex1 = [
  {
    row: 1,
    id: "A2-17",
    printedName: "国家级专精特新“小巨人”企业与国家级单项冠军企业数量",
    category: "四倍增",
    baseline2020: 16,
    baselineUnit: "家",
    t2023: 40,
    t2025: 50,
    lead: ["区经信局"],
  },
  {
    row: 2,
    id: "A2-01",
    printedName: "数字经济核心产业制造业增加值规模",
    category: "四倍增",
    baseline2020: 84.1,
    baselineUnit: "亿元",
    t2023: 145,
    t2025: 200,
    lead: ["区经信局"],
  },
  {
    row: 3,
    id: "A2-34",
    printedName: "累计新增高技术制造业投资",
    category: "四倍增",
    baseline2020: 22.6,
    baselineUnit: "亿元",
    t2023: 90,
    t2025: 180,
    lead: ["区经信局"],
  },
  {
    row: 4,
    id: "A2-26",
    printedName: "五年累计腾出低效工业用地数量",
    category: "四倍增",
    baseline2020: null,
    baselineUnit: null,
    t2023: 3000,
    t2025: 9500,
    lead: ["资规分局", "区经信局"],
  },
  {
    row: 5,
    id: "A2-27",
    printedName: "全区规上工业亩均税收",
    category: "五跃升",
    baseline2020: 38.4,
    baselineUnit: "万元/亩",
    t2023: 46.8,
    t2025: 55,
    lead: ["区经信局"],
  },
  {
    row: 6,
    id: "A2-28",
    printedName: "规上工业全员劳动生产率",
    category: "五跃升",
    baseline2020: 36.8,
    baselineUnit: "万元/人",
    t2023: 44,
    t2025: 50,
    lead: ["区经信局"],
  },
  {
    row: 7,
    id: "A2-02",
    printedName: "规模以上工业万元增加值能耗降低率",
    category: "五跃升",
    baseline2020: 0.6,
    baselineUnit: "tce/万元",
    t2023: 0.104,
    t2025: 0.16,
    lead: ["区发改局"],
  },
  {
    row: 8,
    id: "A2-03",
    printedName: "研发投入规模",
    category: "五跃升",
    baseline2020: 52,
    baselineUnit: "亿元",
    t2023: 70,
    t2025: 90,
    lead: ["区科技局"],
  },
  {
    row: 9,
    id: "A2-18",
    printedName: "制造业贷款规模年均增速",
    category: "五跃升",
    baseline2020: null,
    baselineUnit: null,
    t2023: 0.12,
    t2025: 0.12,
    lead: ["区地方金融监管局"],
  },
];

const byId = (id: string) => plan.indicators.find((indicator) => indicator.id === id);

describe("附件1 四倍增、五跃升", () => {
  test("its 9 rows are 附件2 indicators carrying annex1, and no other indicator does", () => {
    const carriers = plan.indicators.filter((indicator) => indicator.annex1);
    expect(carriers.map((indicator) => indicator.id).sort()).toEqual(annex1.map((row) => row.id).sort());
    expect(carriers.every((indicator) => indicator.annex === 2)).toBe(true);
  });

  test.each(annex1)("row $row $printedName: baseline, category and row as printed", (printed) => {
    const { row, printedName, category, baseline2020, baselineUnit } = printed;
    expect(byId(printed.id)?.annex1).toEqual({ row, printedName, category, baseline2020, baselineUnit });
  });

  test.each(annex1)(
    "row $row $printedName: 2023 and 2025 targets and lead equal the 附件2 row $id",
    (printed) => {
      const indicator = byId(printed.id);
      expect([indicator?.targets["2023"], indicator?.targets["2025"]]).toEqual([
        printed.t2023,
        printed.t2025,
      ]);
      expect(indicator?.lead).toEqual(printed.lead);
    },
  );

  test("the source of an indicator printed in both annexes names both rows", () => {
    expect(byId("A2-02")?.source.where).toBe("附件2 第2行；附件1 第7行");
  });
});
