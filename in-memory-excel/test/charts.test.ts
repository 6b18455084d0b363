import { createInMemoryWorkbook } from "../index";

const rates = [
  ["A2-01", 0.9, 1],
  ["A2-02", 1.05, 1],
  ["A2-03", 0.8, 1],
];

function withRates() {
  const wb = createInMemoryWorkbook({ sheets: ["进度"] });
  wb.setCellValue("进度", "A2:C4", rates as (string | number)[][]);
  return wb;
}

describe("charts", () => {
  test("a chart added over one column has one series of that column; series added later take their own ranges", async () => {
    const wb = withRates();
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("进度");
      const chart = sheet.charts.add("BarClustered", sheet.getRange("B2:B4"), "Columns");
      chart.title.text = "完成率";
      chart.name = "完成率图";
      const first = chart.series.getItemAt(0);
      first.name = "完成率";
      first.setXAxisValues(sheet.getRange("A2:A4"));
      const second = chart.series.add("序时进度");
      second.setValues(sheet.getRange("C2:C4"));
      second.setXAxisValues(sheet.getRange("A2:A4"));
      chart.setPosition("E2", "L14");
      await context.sync();
    });
    expect(wb.sheet("进度").charts).toEqual([
      {
        name: "完成率图",
        chartType: "BarClustered",
        title: "完成率",
        series: [
          { name: "完成率", values: "进度!$B$2:$B$4", xAxisValues: "进度!$A$2:$A$4" },
          { name: "序时进度", values: "进度!$C$2:$C$4", xAxisValues: "进度!$A$2:$A$4" },
        ],
        position: { start: "E2", end: "L14" },
      },
    ]);
  });

  test("a source of several columns gives a series per column, named Series1, Series2 (a guess: G44)", async () => {
    const wb = withRates();
    const read = await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("进度");
      const chart = sheet.charts.add("BarStacked", sheet.getRange("B2:C4"), "Auto");
      const series = chart.series.load("items/name");
      const count = sheet.charts.getCount();
      await context.sync();
      return { names: series.items.map((s) => s.name), count: count.value };
    });
    expect(read).toEqual({ names: ["Series1", "Series2"], count: 1 });
    expect(wb.sheet("进度").charts[0]?.series.map((s) => s.values)).toEqual([
      "进度!$B$2:$B$4",
      "进度!$C$2:$C$4",
    ]);
  });

  test("an unknown chart type is refused with InvalidArgument and the sync adds nothing", async () => {
    const wb = withRates();
    await expect(
      wb.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("进度");
        sheet.charts.add("Bubble3D" as Excel.ChartType, sheet.getRange("B2:B4"));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(wb.sheet("进度").charts).toEqual([]);
  });

  test("a chart cannot be added to a protected sheet unless editing objects is allowed (a guess: G45)", async () => {
    const wb = withRates();
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("进度").protection.protect();
      await context.sync();
    });
    await expect(
      wb.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("进度");
        sheet.charts.add("BarClustered", sheet.getRange("B2:B4"));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });

  test("charts go with their sheet; a deleted chart's proxy fails with ItemNotFound", async () => {
    const wb = withRates();
    wb.addSheet("其他");
    await expect(
      wb.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("进度");
        const chart = sheet.charts.add("BarClustered", sheet.getRange("B2:B4"));
        chart.delete();
        await context.sync();
        chart.title.text = "已删除";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("进度");
      sheet.charts.add("BarClustered", sheet.getRange("B2:B4"));
      sheet.delete();
      await context.sync();
    });
    expect(wb.sheetNames()).toEqual(["其他"]);
  });

  test("a chart's properties are readable only after load and sync", async () => {
    const wb = withRates();
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("进度");
      const chart = sheet.charts.add("BarClustered", sheet.getRange("B2:B4"));
      expect(() => chart.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      chart.load("name, chartType");
      await context.sync();
      expect([chart.name, chart.chartType]).toEqual(["Chart 1", "BarClustered"]);
    });
  });
});
