/** Table rows for the bundle: each first-load file, the first-load total against the budget, the rest. */
import { budgets } from "./budgets";
import type { BundleRules } from "./bundle-contents";
import { total, type BundleWeight, type FileWeight } from "./bundle-weight";
import { count, info, kb, verdict, type Row } from "./table";

const area = "Bundle";
const weight = ({ raw, gzip }: FileWeight) => `${kb(raw)} raw, ${kb(gzip)} gzip`;

export function bundleRows(bundle: BundleWeight, rules: BundleRules, buildSeconds: number): Row[] {
  const firstLoad = total(bundle.firstLoad);
  const rule = (measure: string, found: readonly string[]): Row => ({
    area,
    measure,
    value: found.length === 0 ? "none" : `${found.length} modules`,
    budget: "none",
    verdict: verdict(found.length === 0),
  });
  return [
    ...bundle.firstLoad.map((f) => info(area, `first load: ${f.file}`, weight(f))),
    {
      area,
      measure: "first load: JavaScript total",
      value: `${weight(firstLoad)} (${count(firstLoad.gzip)} B)`,
      budget: `≤ ${kb(budgets.firstLoadGzipBytes)} gzip`,
      verdict: verdict(firstLoad.gzip <= budgets.firstLoadGzipBytes),
    },
    info(area, "first load: taskpane.html", weight(bundle.page)),
    info(area, `on demand: ${bundle.onDemand.length} chunks`, weight(total(bundle.onDemand))),
    info(
      area,
      `on demand: 汇总 reading (${rules.consolidationFiles.length} chunks, exceljs included)`,
      weight(total(bundle.onDemand.filter((f) => rules.consolidationFiles.includes(f.file)))),
    ),
    rule("exceljs modules in the first load", rules.exceljsAtStart),
    rule("React/Fluent modules in functions code", rules.uiInFunctions),
    rule("offline page modules in the add-in", rules.offlineInAddIn),
    info(area, "production build time", `${buildSeconds.toFixed(0)} s`),
  ];
}
