/**
 * 校验文件: one or more returned files, chosen or dropped, validated for the period; each file's
 * reader notes, then its findings by lead unit and indicator (as `validate-workbook` reports them),
 * then every actual read from it; then what the files say against each other.
 */
import { formatPeriod } from "../../core/reporting-period";
import { shown, shownRaw } from "../../core/validation/messages";
import { takenValue } from "../../core/validation/taken-value";
import type { TemplateCell } from "../../core/validation/types";
import type { Plan } from "../../model/types";
import {
  groupByUnit,
  isChecked,
  type CheckedFile,
  type CheckState,
  type UnitGroup,
  type UnreadFile,
} from "../check/check-state";
import { checkTexts as say } from "../messages";
import type { OfflineState } from "../state";
import { h, replaceKeepingFocus } from "./dom";
import { filePicker } from "./file-picker";
import { badge, findingItem } from "./findings";
import type { PartContext } from "./part-context";
import { periodPicker } from "./pickers";

/** The actual cells of the file that hold something (a figure, text, an error, a formula), of all it read. */
function actualsTable(plan: Plan, all: readonly TemplateCell[]) {
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  const actuals = all.filter((cell) => (cell.raw !== null && cell.raw !== "") || cell.formula !== undefined);
  return h(
    "details",
    { class: "actuals" },
    h("summary", {}, say.actualsHeading(actuals.length, all.length)),
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
            say.actualsColumns.map((title) => h("th", { scope: "col" }, title)),
          ),
        ),
        h(
          "tbody",
          {},
          actuals.map((cell) => {
            const indicator = indicators.get(cell.indicatorId);
            const value = indicator ? takenValue(cell, indicator) : null;
            return h(
              "tr",
              {},
              h("td", {}, say.cell(cell.sheet, cell.address)),
              h("td", {}, cell.indicatorId),
              h("td", {}, indicator?.name ?? ""),
              h("td", {}, cell.year),
              h("td", {}, shownRaw(cell.raw), cell.formula === undefined ? null : say.formula(cell.formula)),
              h("td", {}, value === null ? say.noFigure : shown(value)),
            );
          }),
        ),
      ),
    ),
  );
}

function unitGroups(groups: readonly UnitGroup[]) {
  return groups.map((group) =>
    h(
      "section",
      { class: "unit-group", "data-unit": group.lead },
      h("h4", {}, group.lead),
      group.indicators.map(({ indicatorId, indicator, findings }) =>
        h(
          "div",
          { class: "indicator-group", "data-indicator": indicatorId },
          h("h5", {}, `${indicatorId} ${indicator?.name ?? ""}`),
          h(
            "ul",
            { class: "findings" },
            findings.map((finding) =>
              findingItem(
                finding,
                finding.suggestion === undefined
                  ? null
                  : h("span", { class: "suggestion" }, say.suggestion(shown(finding.suggestion))),
                say.cell(finding.sheet, finding.address),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

function checkedFile(plan: Plan, period: CheckState["period"], file: CheckedFile) {
  const { read, counts } = file;
  const unreported = file.findings.filter((f) => f.code === "not-reported");
  return h(
    "article",
    { class: "file", "data-file": file.name },
    h("h3", {}, say.fileHeading(file.name)),
    h(
      "p",
      { class: "file-facts" },
      `${say.unitOf(read.record?.leadUnit ?? null, read.record !== null)} · 报告期 ${formatPeriod(period)} · `,
      h("strong", {}, say.summary(counts.错误, counts.警告, counts.提示)),
    ),
    read.notes.length === 0
      ? null
      : h(
          "section",
          { class: "notes" },
          h("h4", {}, say.notesHeading),
          h(
            "ul",
            {},
            read.notes.map((note) =>
              h("li", { "data-note": note.code }, badge(note.severity), " ", note.message),
            ),
          ),
        ),
    read.unknownRows.length === 0
      ? null
      : h(
          "section",
          { class: "notes" },
          h("h4", {}, say.unknownRows(read.unknownRows.length)),
          h(
            "ul",
            {},
            read.unknownRows.map((row) => h("li", {}, say.unknownRow(row.sheet, row.address, row.code))),
          ),
        ),
    unitGroups(
      groupByUnit(
        plan,
        file.findings.filter((f) => f.code !== "not-reported"),
      ),
    ),
    unreported.length === 0
      ? null
      : h(
          "details",
          { class: "unreported" },
          h("summary", {}, say.unreported(unreported.length)),
          unitGroups(groupByUnit(plan, unreported)),
        ),
    actualsTable(plan, read.actuals),
  );
}

const unreadFile = (file: UnreadFile) =>
  h(
    "article",
    { class: "file unread", "data-file": file.name },
    h("h3", {}, say.fileHeading(file.name)),
    h("p", { class: "unreadable" }, badge("错误"), " ", `${say.unreadable}：${file.message}`),
  );

export function checkPart({ plan, dispatch, effects }: PartContext, panel: HTMLElement) {
  const period = periodPicker(plan.years, (value) => dispatch({ type: "checkPeriodChosen", period: value }));
  const picker = filePicker(true, (files) => void effects.readFiles("check", files));
  const clear = h("button", { type: "button", onclick: () => dispatch({ type: "checkCleared" }) }, say.clear);
  const results = h("div", { class: "results" });
  panel.append(
    h("p", { class: "intro" }, say.intro),
    h("div", { class: "controls" }, period.element, clear),
    picker.element,
    results,
  );
  let shownState: CheckState | null = null;
  return (state: OfflineState) => {
    picker.update(state.reading, state.reading?.part === "check");
    const check = state.check;
    if (check === shownState) return;
    shownState = check;
    period.set(check.period);
    clear.disabled = check.files.length === 0;
    if (check.files.length === 0) return replaceKeepingFocus(results, h("p", { class: "hint" }, say.none));
    replaceKeepingFocus(
      results,
      check.files.map((file) => (isChecked(file) ? checkedFile(plan, check.period, file) : unreadFile(file))),
      check.files.filter(isChecked).length < 2
        ? null
        : h(
            "section",
            { class: "across" },
            h("h3", {}, say.acrossHeading),
            check.across.length === 0
              ? h("p", {}, say.acrossNone)
              : h(
                  "ul",
                  {},
                  check.across.map((note) =>
                    h("li", { "data-note": note.code }, badge(note.severity), " ", note.message),
                  ),
                ),
          ),
    );
  };
}
