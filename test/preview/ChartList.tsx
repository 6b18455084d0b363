import type { InMemoryWorkbook } from "../../in-memory-excel";

/**
 * The charts of a sheet as the in-memory workbook holds them (it draws nothing): each chart's title,
 * type and series with their ranges, so the preview shows what Excel would be asked to draw.
 */
export function ChartList({ wb, sheet }: { wb: InMemoryWorkbook; sheet: string }) {
  const charts = wb.sheet(sheet).charts;
  if (charts.length === 0) return null;
  return (
    <ul
      aria-label="图表"
      style={{ margin: 0, padding: "4px 8px 4px 24px", font: "12px sans-serif", background: "#fafafa" }}
    >
      {charts.map((chart) => (
        <li key={chart.name}>
          <strong>{chart.title || chart.name}</strong> ({chart.chartType}, {chart.position?.start}:
          {chart.position?.end}):{" "}
          {chart.series.map((series) => `${series.name} = ${series.values ?? "—"}`).join("；")}
        </li>
      ))}
    </ul>
  );
}
