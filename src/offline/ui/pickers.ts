/** The choices every part shares: a lead unit, a reporting period (year and month), each with its label. */
import type { ReportingPeriod } from "../../core/reporting-period";
import { h, uniqueId } from "./dom";
import { pageTexts as say } from "../messages";

export interface Picker<T> {
  element: HTMLElement;
  set(value: T): void;
}

export function unitPicker(
  units: readonly string[],
  allowAll: boolean,
  onChange: (unit: string | null) => void,
): Picker<string | null> {
  const id = uniqueId("unit");
  const select = h(
    "select",
    { id, onchange: () => onChange(select.value === "" ? null : select.value) },
    allowAll ? h("option", { value: "" }, say.allUnits) : null,
    units.map((unit) => h("option", { value: unit }, unit)),
  );
  return {
    element: h("div", { class: "field" }, h("label", { for: id }, say.unit), select),
    set: (unit) => {
      select.value = unit ?? "";
    },
  };
}

export function periodPicker(
  years: readonly number[],
  onChange: (period: ReportingPeriod) => void,
): Picker<ReportingPeriod> {
  const yearId = uniqueId("year");
  const monthId = uniqueId("month");
  const changed = () => onChange({ year: Number(year.value), month: Number(month.value) });
  const year = h(
    "select",
    { id: yearId, onchange: changed },
    years.map((y) => h("option", { value: y }, `${y}年`)),
  );
  const month = h(
    "select",
    { id: monthId, onchange: changed },
    Array.from({ length: 12 }, (_, i) => h("option", { value: i + 1 }, say.monthOption(i + 1))),
  );
  return {
    element: h(
      "div",
      { class: "period" },
      h("div", { class: "field" }, h("label", { for: yearId }, say.year), year),
      h("div", { class: "field" }, h("label", { for: monthId }, say.month), month),
    ),
    set: (period) => {
      year.value = String(period.year);
      month.value = String(period.month);
    },
  };
}
