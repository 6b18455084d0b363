/** A 进度总览 chart drawn as SVG from its geometry (src/offline/consolidate/charts.ts). */
import { reportLooks } from "../../consolidation/report-layout";
import { chartGeometry, type ChartData } from "../consolidate/charts";
import { svg, h, uniqueId } from "./dom";

const seriesColours = ["#2f5597", "#a6a6a6", "#c55a11", "#7f6000"];

/** A series named for a status takes its colour (darker than the cell fill, for contrast on white). */
const statusColours: Record<string, string> = {
  达标: "#548235",
  预警: "#bf8f00",
  滞后: "#c00000",
  未填报: "#7f7f7f",
};

const colourOf = (name: string, index: number) =>
  statusColours[name] ??
  (name in reportLooks
    ? (reportLooks[name as keyof typeof reportLooks].fill ?? "#999999")
    : seriesColours[index % seriesColours.length]!);

const shortened = (text: string, length = 18) =>
  text.length > length ? `${text.slice(0, length - 1)}…` : text;

export function chartSvg(data: ChartData): HTMLElement {
  const g = chartGeometry(data);
  const titleId = uniqueId("chart-title");
  const figure = svg(
    "svg",
    {
      viewBox: `0 0 ${g.width} ${g.height}`,
      width: g.width,
      height: g.height,
      role: "img",
      "aria-labelledby": titleId,
      class: "chart-svg",
    },
    svg("title", { id: titleId }, data.title),
    g.ticks.map((tick) => [
      svg("line", { x1: tick.x, x2: tick.x, y1: 0, y2: g.height - 18, stroke: "#d9d9d9", "stroke-width": 1 }),
      svg(
        "text",
        { x: tick.x, y: g.height - 4, "text-anchor": "middle", "font-size": 11, fill: "#404040" },
        tick.label,
      ),
    ]),
    g.categoryLabels.map((label) =>
      svg(
        "text",
        { x: g.plotLeft - 8, y: label.y + 4, "text-anchor": "end", "font-size": 12, fill: "#1f1f1f" },
        svg("title", {}, label.text),
        shortened(label.text),
      ),
    ),
    g.bars
      .filter((bar) => bar.width > 0 || data.kind === "bar")
      .map((bar) => {
        const name = data.series[bar.series]?.name ?? "";
        const rect =
          bar.width > 0
            ? svg(
                "rect",
                {
                  x: bar.x,
                  y: bar.y,
                  width: bar.width,
                  height: bar.height,
                  fill: colourOf(name, bar.series),
                },
                svg("title", {}, `${name}：${bar.label}`),
              )
            : null;
        const text =
          data.kind === "stackedBar"
            ? bar.width >= 14
              ? svg(
                  "text",
                  {
                    x: bar.x + bar.width / 2,
                    y: bar.y + bar.height - 2,
                    "text-anchor": "middle",
                    "font-size": 10,
                    fill: "#ffffff",
                  },
                  bar.label,
                )
              : null
            : svg(
                "text",
                { x: bar.x + bar.width + 4, y: bar.y + bar.height - 2, "font-size": 10, fill: "#1f1f1f" },
                `${bar.clipped ? "› " : ""}${bar.label}`,
              );
        return [rect, text];
      }),
  );
  const legend = h(
    "ul",
    { class: "legend" },
    data.series.map((series, index) =>
      h(
        "li",
        {},
        svg(
          "svg",
          { width: 12, height: 12, "aria-hidden": "true" },
          svg("rect", { width: 12, height: 12, fill: colourOf(series.name, index) }),
        ),
        " ",
        series.name,
      ),
    ),
  );
  return h("figure", { class: "chart" }, h("figcaption", {}, data.title), figure, legend);
}
