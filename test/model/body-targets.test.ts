import { plan } from "../../src/model";

// Quantitative targets of the body text that have no annex row, copied by hand:
// id, section, unit, 2021–2025 targets (null where the year has none), 牵头单位 as printed.
const bodyTargets = [
  {
    id: "B-01",
    where: "正文 二",
    unit: "%",
    targets: [null, null, null, null, 0.03],
    lead: ["区科技局"],
    category: "提质增效",
  },
  {
    id: "B-02",
    where: "正文 三（二）1",
    unit: "家",
    targets: [null, null, null, null, 23],
    lead: ["区经信局", "区发改局", "区地方金融监管局"],
    category: "企业培育",
  },
  {
    id: "B-03",
    where: "正文 三（二）2",
    unit: "家",
    targets: [null, null, null, null, 10],
    lead: ["区经信局"],
    category: "企业培育",
  },
  {
    id: "B-04",
    where: "正文 三（三）2",
    unit: "亩",
    targets: [null, null, null, null, 2500],
    lead: ["区经信局", "资规分局"],
    category: "空间优化",
  },
  {
    id: "B-05",
    where: "正文 三（三）3",
    unit: "%",
    targets: [1, 1, 1, 1, 1],
    lead: ["资规分局", "区经信局"],
    category: "空间优化",
  },
  {
    id: "B-06",
    where: "正文 四（一）",
    unit: "万元",
    targets: [2500, 2500, 2500, 2500, 2500],
    lead: [],
    category: "政策保障",
  },
  {
    id: "B-07",
    where: "正文 四（二）",
    unit: "%",
    targets: [0.35, 0.35, 0.35, 0.35, 0.35],
    lead: [],
    category: "政策保障",
  },
];

const body = plan.indicators.filter((indicator) => indicator.annex === null);

describe("targets printed only in the body text", () => {
  test("there are 7, after the 附件2 rows, in document order", () => {
    expect(plan.indicators).toHaveLength(47);
    expect(plan.indicators.slice(40).map((indicator) => indicator.id)).toEqual(bodyTargets.map((t) => t.id));
    expect(body.every((indicator) => indicator.row === null && indicator.annex1 === undefined)).toBe(true);
  });

  test.each(bodyTargets)("$id ($where) has the printed figures, unit and lead units", (printed) => {
    const indicator = body.find((candidate) => candidate.id === printed.id);
    expect(
      indicator && {
        id: indicator.id,
        where: indicator.source.where,
        unit: indicator.unit,
        targets: plan.years.map((year) => indicator.targets[year]),
        lead: indicator.lead,
        category: indicator.category,
      },
    ).toEqual(printed);
  });

  test("a lead unit taken from elsewhere, or none at all, is explained in the note", () => {
    for (const id of ["B-01", "B-06", "B-07"]) {
      expect(body.find((indicator) => indicator.id === id)?.note).toMatch(/牵头单位/);
    }
  });
});
