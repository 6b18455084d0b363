/** Table rows for the offline page: its size, its first screen against inert text, exceljs kept for later. */
import { budgets } from "./budgets";
import type { OfflinePageFigures } from "./offline-page";
import { count, info, kb, verdict, type Row } from "./table";

const area = "Offline";
const ms = (value: number) => `${value.toFixed(0)} ms`;

export function offlineRows(figures: OfflinePageFigures, buildSeconds: number): Row[] {
  const { ratio } = figures;
  return [
    {
      area,
      measure: "离线版.html: size",
      value: `${kb(figures.raw)} raw, ${kb(figures.gzip)} gzip (${count(figures.gzip)} B)`,
      budget: `≤ ${kb(budgets.offlineGzipBytes)} gzip`,
      verdict: verdict(figures.gzip <= budgets.offlineGzipBytes),
    },
    info(area, `open to first usable screen (median of ${figures.runs})`, ms(figures.firstScreenMs)),
    info(area, "open the same bytes as inert text", ms(figures.inertTextMs)),
    info(area, "of the first screen: the page's own script", ms(figures.scriptMs)),
    {
      area,
      measure: "first screen ÷ inert text (median of each round's ratio)",
      value: `${ratio.toFixed(2)}×`,
      budget: `≤ ${budgets.offlineFirstScreenRatio}×`,
      verdict: verdict(ratio <= budgets.offlineFirstScreenRatio),
    },
    {
      area,
      measure: "file-code chunks still inert at first screen",
      value: `${figures.inertAtFirstScreen} of ${figures.inertChunks} (exceljs and jszip not evaluated)`,
      budget: "all",
      verdict: verdict(figures.inertChunks > 0 && figures.inertAtFirstScreen === figures.inertChunks),
    },
    info(area, "first 下载模板 (evaluate exceljs, write the template)", ms(figures.firstDownloadMs)),
    info(area, "of it: evaluating exceljs, jszip and the file code", ms(figures.evaluationMs)),
    info(area, "offline build time", `${buildSeconds.toFixed(0)} s`),
  ];
}
