/**
 * 汇总: the period's returned files merged as the 汇总 issue describes: the files and what each gave,
 * conflicts settled by a click (or a preferred unit), the 汇总 workbook to download, 进度总览 drawn
 * as SVG from the workbook's own chart descriptions, 情况分析 with a copy button, an A4 print.
 */
import type { ConsolidationWorkbook } from "../../consolidation/report-layout";
import { consolidationTexts as reportWords, figure } from "../../consolidation/messages";
import type { Consolidation } from "../../consolidation/types";
import { formatPeriod } from "../../core/reporting-period";
import type { Plan } from "../../model/types";
import { chartData } from "../consolidate/charts";
import type { ConsolidateState } from "../consolidate/consolidate-state";
import { consolidateTexts as say } from "../messages";
import type { OfflineState } from "../state";
import { chartSvg } from "./chart-svg";
import { h, replaceKeepingFocus } from "./dom";
import { filePicker } from "./file-picker";
import type { PartContext } from "./part-context";
import { periodPicker } from "./pickers";
import { reportBlocks } from "./report-table";

function filesTable(state: ConsolidateState, result: Consolidation) {
  return h(
    "section",
    { class: "no-print" },
    h("h3", {}, say.filesHeading),
    h(
      "div",
      { class: "table-box" },
      h(
        "table",
        {},
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            say.filesColumns.map((title) => h("th", { scope: "col" }, title)),
          ),
        ),
        h(
          "tbody",
          {},
          result.files.map((f) =>
            h(
              "tr",
              { "data-file": f.file },
              h("td", {}, f.file),
              h("td", {}, f.unit ?? reportWords.allUnits),
              h("td", {}, f.savedAt ?? ""),
              h("td", { class: "figure" }, f.actualsRead),
              h("td", { class: "figure" }, f.figures),
              h("td", { class: "figure" }, f.errors),
              h("td", {}, f.used ? "" : say.superseded),
            ),
          ),
        ),
      ),
    ),
    unreadList(state),
  );
}

function conflictsSection(plan: Plan, result: Consolidation, pick: (key: string, file: string) => void) {
  const names = new Map(plan.indicators.map((i) => [i.id, i]));
  const open = result.conflicts.filter((c) => c.chosen === null).length;
  return h(
    "section",
    { class: "conflicts no-print" },
    h("h3", {}, say.conflictsHeading(open, result.conflicts.length)),
    result.conflicts.length === 0
      ? h("p", {}, say.conflictsNone)
      : result.conflicts.map((conflict) => {
          const indicator = names.get(conflict.indicatorId);
          const key = `${conflict.indicatorId}|${conflict.year}`;
          const group = `conflict-${key}`;
          return h(
            "fieldset",
            { class: conflict.chosen === null ? "conflict open" : "conflict", "data-conflict": key },
            h("legend", {}, say.conflictLegend(conflict.indicatorId, indicator?.name ?? "", conflict.year)),
            conflict.chosen === null ? h("p", { class: "unsettled" }, say.unsettled) : null,
            conflict.candidates.map((candidate) => {
              const id = `${group}-${candidate.file}`;
              return h(
                "div",
                { class: "choice" },
                h("input", {
                  type: "radio",
                  name: group,
                  id,
                  value: candidate.file,
                  checked: conflict.chosen === candidate.file,
                  "data-key": `pick|${key}|${candidate.file}`,
                  onchange: () => pick(key, candidate.file),
                }),
                h(
                  "label",
                  { for: id },
                  say.candidate(
                    candidate.file,
                    candidate.unit,
                    figure(candidate.value, indicator?.unit ?? ""),
                    `'${candidate.sheet}'!${candidate.cell}`,
                  ),
                ),
              );
            }),
          );
        }),
  );
}

function overviewSection(workbook: ConsolidationWorkbook) {
  const sheet = workbook.sheets.find((s) => s.role === "overview");
  if (!sheet) return null;
  return h(
    "section",
    { class: "overview" },
    h("h3", {}, String(sheet.rows[0]?.[0]?.value ?? say.overviewHeading)),
    h("p", { class: "hint" }, String(sheet.rows[1]?.[0]?.value ?? "")),
    h(
      "div",
      { class: "charts" },
      sheet.charts.map((chart) => chartSvg(chartData(sheet, chart))),
    ),
    reportBlocks(sheet, 2),
  );
}

function sourcesSection(workbook: ConsolidationWorkbook) {
  const sheet = workbook.sheets.find((s) => s.role === "sources");
  if (!sheet) return null;
  return h(
    "details",
    { class: "sources no-print" },
    h("summary", {}, say.sourcesHeading),
    reportBlocks(sheet, 2),
  );
}

export function consolidatePart({ plan, units, dispatch, effects }: PartContext, panel: HTMLElement) {
  const period = periodPicker(plan.years, (value) =>
    dispatch({ type: "consolidatePeriodChosen", period: value }),
  );
  const preferId = "prefer-unit";
  const prefer = h(
    "select",
    {
      id: preferId,
      onchange: () => dispatch({ type: "preferChosen", prefer: prefer.value === "" ? null : prefer.value }),
    },
    h("option", { value: "" }, say.preferNone),
    units.map((unit) => h("option", { value: unit }, unit)),
  );
  const picker = filePicker(true, (files) => void effects.readFiles("consolidate", files));
  const clear = h(
    "button",
    { type: "button", onclick: () => dispatch({ type: "consolidateCleared" }) },
    say.clear,
  );
  const download = h(
    "button",
    { type: "button", class: "primary", onclick: () => void effects.downloadConsolidation() },
    say.download,
  );
  const printButton = h("button", { type: "button", onclick: () => window.print() }, say.print);
  const copy = h("button", { type: "button", onclick: () => void effects.copyBrief() }, say.copy);
  const brief = h("pre", { class: "brief", id: "brief-text" });
  const briefSection = h(
    "section",
    { class: "brief-section", hidden: true },
    h("div", { class: "brief-head" }, h("h3", {}, say.briefHeading), h("span", { class: "no-print" }, copy)),
    brief,
  );
  const results = h("div", { class: "results" });
  const actions = h("div", { class: "actions no-print", hidden: true }, download, " ", printButton);
  panel.append(
    h("p", { class: "intro" }, say.intro),
    h(
      "div",
      { class: "controls" },
      period.element,
      h("div", { class: "field" }, h("label", { for: preferId }, say.prefer), prefer),
      clear,
    ),
    picker.element,
    h("h2", { class: "print-only" }),
    actions,
    results,
    briefSection,
  );
  const printTitle = panel.querySelector<HTMLElement>(".print-only")!;
  let shown: ConsolidateState | null = null;
  return (state: OfflineState) => {
    picker.update(state.reading, state.reading?.part === "consolidate");
    download.disabled = state.writing !== null;
    const current = state.consolidate;
    if (current === shown) return;
    shown = current;
    period.set(current.period);
    prefer.value = current.prefer ?? "";
    clear.disabled = current.returns.length === 0 && current.unread.length === 0;
    const { result, workbook } = current;
    actions.hidden = result === null;
    briefSection.hidden = result === null;
    brief.textContent = result?.brief ?? "";
    printTitle.textContent = `北仑制造业目标汇总 ${formatPeriod(current.period)}`;
    if (!result || !workbook) {
      return replaceKeepingFocus(results, h("p", { class: "hint" }, say.none), unreadList(current));
    }
    replaceKeepingFocus(
      results,
      filesTable(current, result),
      conflictsSection(plan, result, (key, file) => dispatch({ type: "conflictPicked", key, file })),
      overviewSection(workbook),
      sourcesSection(workbook),
    );
  };
}

function unreadList(state: ConsolidateState) {
  if (state.unread.length === 0) return null;
  return h(
    "div",
    { class: "unread" },
    h("h4", {}, say.unreadHeading),
    h(
      "ul",
      {},
      state.unread.map((file) => h("li", { "data-file": file.name }, `【${file.name}】${file.message}`)),
    ),
  );
}
