/**
 * 在线填报: the unit's indicators for the year with 目标, 序时进度 and an input for each 实绩; each
 * keystroke is validated with the add-in's rules; a suggested fix is a button, applied only when
 * clicked; a returned file opens into the form; the filled template downloads.
 */
import { templateLayoutFor } from "../../template/build-layout";
import { attainmentOf, statusOf, defaultThresholds } from "../../core/attainment";
import { figure, rate } from "../../consolidation/messages";
import { takenValue } from "../../core/validation/taken-value";
import { shown } from "../../core/validation/messages";
import { factsOf } from "../../core/units";
import type { Finding } from "../../core/validation/types";
import { findingsOf, typedCount, type FillState } from "../fill/fill-state";
import { entryKey, formRowsOf, inputCellsOf, type FormRow } from "../fill/form-rows";
import { inputTextOf } from "../fill/typed-input";
import { fillTexts as say } from "../messages";
import type { OfflineState } from "../state";
import { h, replaceKeepingFocus } from "./dom";
import { filePicker } from "./file-picker";
import { badge, findingItem } from "./findings";
import type { PartContext } from "./part-context";
import { periodPicker, unitPicker } from "./pickers";

interface RowView {
  row: FormRow;
  input: HTMLInputElement;
  findings: HTMLElement;
  findingsRow: HTMLElement;
  rate: HTMLElement;
}

/** Findings shown under a row: 未填写 is only counted (an empty input says it already). */
const shownUnderRow = (finding: Finding) => finding.code !== "not-reported";

export function fillPart({ plan, units, dispatch, effects }: PartContext, panel: HTMLElement) {
  const unit = unitPicker(units, true, (value) => dispatch({ type: "fillUnitChosen", unit: value }));
  const period = periodPicker(plan.years, (value) => dispatch({ type: "fillPeriodChosen", period: value }));
  const picker = filePicker(false, (files) => void effects.readFiles("fill", files));
  const opened = h("div", { class: "opened" });
  const pending = h("div", { class: "pending", role: "alert", hidden: true });
  const summary = h("p", { class: "summary", "aria-live": "polite" });
  const heading = h("h2");
  const body = h("tbody");
  const others = h("div", { class: "other-years" });
  const download = h(
    "button",
    { type: "button", class: "primary", onclick: () => void effects.downloadFilled() },
    say.download,
  );
  const columns = say.columns;
  panel.append(
    h("p", { class: "intro" }, say.intro),
    h("div", { class: "controls" }, unit.element, period.element),
    h("details", { class: "open-file" }, h("summary", {}, say.openHeading), picker.element),
    pending,
    opened,
    heading,
    summary,
    h(
      "div",
      { class: "table-box" },
      h(
        "table",
        { class: "form" },
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            [
              columns.code,
              columns.name,
              columns.unit,
              columns.target,
              columns.expected,
              columns.actual,
              columns.rate,
            ].map((title) => h("th", { scope: "col" }, title)),
          ),
        ),
        body,
      ),
    ),
    others,
    download,
  );

  let views: RowView[] = [];
  let formKey = "";
  let shownFill: FillState | null = null;

  function buildRows(fill: FillState) {
    const rows = formRowsOf(plan, fill.unit, fill.period);
    let category = "";
    const trs: HTMLElement[] = [];
    views = rows.map((row) => {
      const findingsId = `findings-${row.key}`;
      const input = h("input", {
        type: "text",
        inputmode: "decimal",
        autocomplete: "off",
        "aria-label": say.inputLabel(row.indicator.id, row.indicator.name, row.year),
        "aria-describedby": findingsId,
        "data-key": `input|${row.key}`,
        value: fill.entries[row.key]?.text ?? "",
        oninput: () => dispatch({ type: "actualTyped", key: row.key, text: input.value }),
      });
      const findings = h("ul", { id: findingsId, class: "findings" });
      const rateCell = h("td", { class: "rate" });
      const hint = factsOf(row.indicator.unit).percent ? h("span", { class: "hint" }, say.percentHint) : null;
      if (row.indicator.category !== category) {
        category = row.indicator.category;
        trs.push(h("tr", { class: "group" }, h("th", { scope: "colgroup", colspan: 7 }, category)));
      }
      trs.push(
        h(
          "tr",
          { "data-indicator": row.indicator.id },
          h("td", { class: "code" }, row.indicator.id),
          h("th", { scope: "row", class: "name" }, row.indicator.name),
          h("td", {}, row.indicator.unit),
          h(
            "td",
            { class: "figure" },
            row.target === null ? say.noTarget : figure(row.target, row.indicator.unit),
          ),
          h(
            "td",
            { class: "figure" },
            row.expected === null ? say.noTarget : figure(row.expected, row.indicator.unit),
          ),
          h("td", { class: "actual" }, input, hint),
          rateCell,
        ),
      );
      const findingsRow = h("tr", { class: "findings-row", hidden: true }, h("td", { colspan: 7 }, findings));
      trs.push(findingsRow);
      return { row, input, findings, findingsRow, rate: rateCell };
    });
    body.replaceChildren(...trs);
    heading.textContent = say.rowsHeading(fill.period, rows.length);
  }

  function fixButton(finding: Finding, unitOfRow: string) {
    if (finding.suggestion === undefined) return null;
    const text = inputTextOf(finding.suggestion, unitOfRow);
    return h(
      "button",
      {
        type: "button",
        class: "fix",
        "data-key": `fix|${entryKey(finding.indicatorId, finding.year)}|${finding.code}`,
        onclick: () => dispatch({ type: "fixApplied", finding }),
      },
      say.fix(text),
    );
  }

  function updateRow(view: RowView, fill: FillState) {
    const entry = fill.entries[view.row.key];
    const text = entry?.text ?? "";
    if (view.input.value !== text) view.input.value = text;
    const findings = findingsOf(fill, view.row.key).filter(shownUnderRow);
    view.input.setAttribute("aria-invalid", String(findings.some((f) => f.severity === "错误")));
    replaceKeepingFocus(
      view.findings,
      findings.map((f) => findingItem(f, fixButton(f, view.row.indicator.unit))),
    );
    view.findingsRow.hidden = findings.length === 0;
    const value = entry
      ? takenValue(
          { raw: entry.raw, numberFormat: entry.numberFormat ?? view.row.numberFormat },
          view.row.indicator,
        )
      : null;
    const month = fill.period.month === 12 ? null : fill.period.month;
    const attainment =
      value === null ? null : attainmentOf(plan, view.row.indicator, view.row.year, value, month);
    if (!attainment?.ok) {
      view.rate.replaceChildren();
      return;
    }
    const status = statusOf(attainment.value, defaultThresholds.green, defaultThresholds.amber);
    view.rate.replaceChildren(
      rate(attainment.value),
      " ",
      h("span", { class: `status s-${status}` }, status),
    );
  }

  function updateOthers(fill: FillState) {
    const cells = inputCellsOf(plan, templateLayoutFor(plan, fill.unit)).filter(
      (cell) =>
        cell.year !== fill.period.year && fill.entries[cell.key] && fill.entries[cell.key]!.text !== "",
    );
    if (cells.length === 0) return replaceKeepingFocus(others);
    replaceKeepingFocus(
      others,
      h("h3", {}, say.otherYears(cells.length)),
      h(
        "ul",
        { class: "carried" },
        cells.map((cell) =>
          h(
            "li",
            {},
            `${cell.indicator.id} ${cell.indicator.name} ${cell.year}年：${fill.entries[cell.key]!.text}`,
            h(
              "ul",
              { class: "findings" },
              findingsOf(fill, cell.key).map((f) => findingItem(f)),
            ),
          ),
        ),
      ),
    );
  }

  function updateOpened(fill: FillState) {
    const file = fill.opened;
    if (!file) return opened.replaceChildren();
    const listed = file.notInTemplate
      .slice(0, 8)
      .map((a) => `${a.indicatorId} ${a.year}年 ${typeof a.raw === "number" ? shown(a.raw) : String(a.raw)}`)
      .join("，");
    opened.replaceChildren(
      h(
        "ul",
        { class: "notes" },
        h("li", {}, say.opened(file.name, file.loaded)),
        file.recorded ? null : h("li", {}, say.unrecorded),
        file.formulas > 0 ? h("li", {}, say.formulas(file.formulas)) : null,
        file.notInTemplate.length > 0
          ? h("li", {}, say.notInTemplate(file.notInTemplate.length, listed))
          : null,
        file.notes.map((note) => h("li", {}, badge(note.severity), " ", note.message)),
      ),
    );
  }

  function updatePending(fill: FillState) {
    pending.hidden = fill.pending === null;
    if (!fill.pending) return pending.replaceChildren();
    pending.replaceChildren(
      h("p", {}, say.pending(fill.pending.name, typedCount(fill))),
      h(
        "button",
        { type: "button", class: "primary", onclick: () => dispatch({ type: "openConfirmed" }) },
        say.replace,
      ),
      " ",
      h("button", { type: "button", onclick: () => dispatch({ type: "openCancelled" }) }, say.keep),
    );
  }

  return (state: OfflineState) => {
    download.disabled = state.writing !== null;
    picker.update(state.reading, state.reading?.part === "fill");
    const fill = state.fill;
    if (fill === shownFill) return;
    const previous = shownFill;
    shownFill = fill;
    unit.set(fill.unit);
    period.set(fill.period);
    const key = `${fill.unit ?? ""}|${fill.period.year}|${fill.period.month}`;
    if (key !== formKey) {
      formKey = key;
      buildRows(fill);
    }
    views.forEach((view) => updateRow(view, fill));
    updateOthers(fill);
    if (previous?.opened !== fill.opened) updateOpened(fill);
    if (previous?.pending !== fill.pending) updatePending(fill);
    const count = (severity: Finding["severity"]) =>
      fill.findings.filter((f) => f.severity === severity).length;
    const unreported = fill.findings.filter((f) => f.code === "not-reported").length;
    summary.textContent = say.summary(count("错误"), count("警告"), count("提示"), unreported);
  };
}
