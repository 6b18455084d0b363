/** 下载模板: a lead unit (or all) and a reporting period, then the official template as .xlsx. */
import { templateLayoutFor } from "../../template/build-layout";
import { formatPeriod } from "../../core/reporting-period";
import { templateTexts as say } from "../messages";
import type { OfflineState } from "../state";
import type { PartContext } from "./part-context";
import { h } from "./dom";
import { periodPicker, unitPicker } from "./pickers";

export function templatePart({ plan, units, dispatch, effects }: PartContext, panel: HTMLElement) {
  const unit = unitPicker(units, true, (value) => dispatch({ type: "templateUnitChosen", unit: value }));
  const period = periodPicker(plan.years, (value) =>
    dispatch({ type: "templatePeriodChosen", period: value }),
  );
  const contents = h("p", { class: "hint" });
  const button = h(
    "button",
    { type: "button", class: "primary", onclick: () => void effects.downloadTemplate() },
    say.download,
  );
  panel.append(
    h("p", { class: "intro" }, say.intro),
    h("div", { class: "controls" }, unit.element, period.element),
    contents,
    button,
  );
  let shown: OfflineState["template"] | null = null;
  return (state: OfflineState) => {
    button.disabled = state.writing !== null;
    if (state.template === shown) return;
    shown = state.template;
    unit.set(shown.unit);
    period.set(shown.period);
    const layout = templateLayoutFor(plan, shown.unit);
    const indicators = new Set(layout.sheets.flatMap((sheet) => sheet.indicatorIds)).size;
    contents.textContent = `${formatPeriod(shown.period)}：${say.contents(
      layout.sheets.map((sheet) => sheet.name),
      indicators,
    )}`;
  };
}
