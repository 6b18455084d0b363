/** The 进度总览 charts the page draws, from the workbook description's own ranges. */
import { consolidate } from "../../src/consolidation/consolidate";
import { consolidationWorkbook, type ReportSheet } from "../../src/consolidation/report-layout";
import { plan } from "../../src/model";
import { chartData, chartGeometry, type ChartData } from "../../src/offline/consolidate/charts";
import { formatFigure } from "../../src/offline/report-format";
import { returned } from "../consolidation/returns";

const midYear2023 = { year: 2023, month: 6 };

function overview(): ReportSheet {
  // 研发投入规模 36 亿元 against 1–6月 序时进度 35: 102.9%; 有效高新技术企业 405 against 450: 90.0%.
  const result = consolidate(plan, midYear2023, [
    returned("keji.xlsx", "区科技局", [
      ["A2-03", 2023, 36],
      ["A2-25", 2023, 405],
    ]),
  ]);
  return consolidationWorkbook(plan, result).sheets.find((sheet) => sheet.name === "进度总览")!;
}

describe("chart data resolved from the description's ranges", () => {
  test("one bar chart per action and one stacked chart of units, as the description lists them", () => {
    const sheet = overview();
    const kinds = sheet.charts.map((chart) => chartData(sheet, chart).kind);
    expect(kinds.filter((kind) => kind === "bar")).toHaveLength(
      new Set(plan.indicators.map((i) => i.category)).size,
    );
    expect(kinds[kinds.length - 1]).toBe("stackedBar");
  });

  test("the 完成率 series reads the rates of the sheet's rows, percent-formatted, with the 100% reference beside", () => {
    const sheet = overview();
    const charts = sheet.charts.map((chart) => chartData(sheet, chart));
    const withRd = charts.find((c) => c.categories.includes("研发投入规模"))!;
    const at = withRd.categories.indexOf("研发投入规模");
    expect(withRd.percent).toBe(true);
    expect(withRd.series.map((s) => s.name)).toEqual(["完成率", "序时进度"]);
    expect(withRd.series[0]?.values[at]).toBeCloseTo(36 / 35, 10);
    expect(withRd.series[1]?.values[at]).toBe(1);
    // 全区规上工业企业有研发经费支出的企业占比 (A2-07) was not returned: no rate, no bar.
    const share = plan.indicators.find((i) => i.id === "A2-07")!.name;
    expect(withRd.series[0]?.values[withRd.categories.indexOf(share)]).toBeNull();
  });

  test("the units chart stacks 达标/预警/滞后/未填报 counts per lead unit", () => {
    const sheet = overview();
    const units = chartData(sheet, sheet.charts[sheet.charts.length - 1]!);
    expect(units.series.map((s) => s.name)).toEqual(["达标", "预警", "滞后", "未填报"]);
    const keji = units.categories.indexOf("区科技局");
    // 区科技局: 研发投入规模 达标 (102.9%), 有效高新技术企业 预警 (90.0%), A2-07 and A2-24 未填报.
    expect(units.series.map((s) => s.values[keji])).toEqual([1, 1, 0, 2]);
  });
});

describe("bar geometry", () => {
  const data: ChartData = {
    kind: "bar",
    title: "t",
    categories: ["a", "b", "c"],
    series: [{ name: "完成率", values: [0.6, 1.2, null] }],
    percent: true,
  };

  test("a bar's length is its rate over the axis (120% at least); no figure, no bar, and the label says —", () => {
    const g = chartGeometry(data);
    expect(g.axisMax).toBe(1.2);
    expect(g.bars[0]!.width / g.plotWidth).toBeCloseTo(0.5, 10);
    expect(g.bars[1]!.width).toBeCloseTo(g.plotWidth, 10);
    expect(g.bars[2]).toMatchObject({ width: 0, label: "—" });
    expect(g.bars.map((b) => b.label)).toEqual(["60.0%", "120.0%", "—"]);
  });

  test("a rate far above the rest is cut at 300% and marked, so the others stay readable", () => {
    const g = chartGeometry({ ...data, series: [{ name: "完成率", values: [0.6, 18000, null] }] });
    expect(g.axisMax).toBe(3);
    expect(g.bars[1]).toMatchObject({ clipped: true, label: "1800000.0%" });
    expect(g.bars[1]!.width).toBeCloseTo(g.plotWidth, 10);
  });

  test("stacked segments follow each other along the row", () => {
    const g = chartGeometry({
      kind: "stackedBar",
      title: "t",
      categories: ["u"],
      series: [
        { name: "达标", values: [2] },
        { name: "滞后", values: [3] },
      ],
      percent: false,
    });
    expect(g.axisMax).toBe(5);
    expect(g.bars[1]!.x).toBeCloseTo(g.bars[0]!.x + g.bars[0]!.width, 10);
    expect(g.bars[0]!.width / g.plotWidth).toBeCloseTo(0.4, 10);
  });
});

describe("report figures as their number formats show them", () => {
  test.each([
    [145, "0.00", "145.00"],
    [1.0286, "0.0%", "102.9%"],
    [3, "0", "3"],
    [1, "0%", "100%"],
    [2100, "0.0", "2100.0"],
    [0.1 + 0.2, "General", "0.3"],
  ])("%s in %s is %s", (value, format, text) => {
    expect(formatFigure(value, format)).toBe(text);
  });
});
