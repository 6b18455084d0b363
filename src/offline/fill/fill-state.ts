/**
 * 在线填报 as pure state: the unit, the period, what was typed (or opened from a returned file) for
 * each indicator and year, and the add-in's findings on it, recomputed on every change. A fix is a
 * transition of its own: nothing typed is replaced except by the user's click.
 */
import { templateLayoutFor } from "../../template/build-layout";
import type { ReportingPeriod } from "../../core/reporting-period";
import { validate } from "../../core/validation/validate";
import type { Finding, RawCellValue, TemplateCell } from "../../core/validation/types";
import type { Plan } from "../../model/types";
import type { ReadNote } from "../../reader/types";
import { entryKey, inputCellsOf } from "./form-rows";
import { inputTextOf, typedRaw } from "./typed-input";

/** What an input holds: the text shown and the cell content it stands for. */
export interface Entry {
  text: string;
  raw: RawCellValue;
  /** The returned file's number format of the cell, until the input is edited (then the template's). */
  numberFormat: string | null;
  /** The formula the returned file had in the cell (its result is `raw`), until edited. */
  formula?: string;
  fromFile: boolean;
}

/** What a returned file read from its bytes gives the form (src/xlsx/read-return.ts's ReturnFile). */
export interface ReturnedForForm {
  record: { leadUnit: string | null } | null;
  actuals: readonly TemplateCell[];
  notes: readonly ReadNote[];
}

export interface OpenedFile {
  name: string;
  /** Whether the file recorded its lead unit (a template whose record was lost keeps the unit chosen). */
  recorded: boolean;
  loaded: number;
  /** Actuals that were formulas in the file: their results are loaded, as values. */
  formulas: number;
  /** Actuals of the file with no input in this unit's template (never dropped silently: listed). */
  notInTemplate: { indicatorId: string; year: number; raw: RawCellValue }[];
  notes: readonly ReadNote[];
}

export interface FillState {
  /** null: the template of every lead unit. */
  unit: string | null;
  period: ReportingPeriod;
  entries: Readonly<Record<string, Entry>>;
  opened: OpenedFile | null;
  /** A file opened while typed figures are in the form: waits for 替换 or 取消. */
  pending: { name: string; read: ReturnedForForm } | null;
  findings: Finding[];
}

const isBlank = (entry: Entry | undefined) =>
  entry === undefined || ((entry.raw === null || entry.raw === "") && entry.formula === undefined);

/**
 * The cells the validator sees: every input of the period's year (blank ones too, so 未填报 is said)
 * and, for other years, those holding something (carried from an opened file).
 */
function cellsOfForm(plan: Plan, fill: Pick<FillState, "unit" | "period" | "entries">): TemplateCell[] {
  return inputCellsOf(plan, templateLayoutFor(plan, fill.unit)).flatMap((cell): TemplateCell[] => {
    const entry = fill.entries[cell.key];
    if (cell.year !== fill.period.year && isBlank(entry)) return [];
    return [
      {
        sheet: cell.sheet,
        address: cell.address,
        raw: entry?.raw ?? null,
        numberFormat: entry?.numberFormat ?? cell.numberFormat,
        indicatorId: cell.indicator.id,
        year: cell.year,
        ...(entry?.formula === undefined ? {} : { formula: entry.formula }),
      },
    ];
  });
}

const withFindings = (plan: Plan, fill: FillState): FillState => ({
  ...fill,
  findings: validate(plan, { actuals: cellsOfForm(plan, fill), targets: [] }, fill.period),
});

export function initialFill(plan: Plan, unit: string | null, period: ReportingPeriod): FillState {
  return withFindings(plan, { unit, period, entries: {}, opened: null, pending: null, findings: [] });
}

export const fillUnitChosen = (plan: Plan, fill: FillState, unit: string | null): FillState =>
  withFindings(plan, { ...fill, unit });

export const fillPeriodChosen = (plan: Plan, fill: FillState, period: ReportingPeriod): FillState =>
  withFindings(plan, { ...fill, period });

/** The input's new text, read as Excel reads a number cell; the file's format and formula are gone. */
export function actualTyped(plan: Plan, fill: FillState, key: string, text: string): FillState {
  const entry: Entry = { text, raw: typedRaw(text), numberFormat: null, fromFile: false };
  return withFindings(plan, { ...fill, entries: { ...fill.entries, [key]: entry } });
}

/** The suggestion of a finding, written into its input (on the user's click only). */
export function fixApplied(plan: Plan, fill: FillState, finding: Finding): FillState {
  if (finding.suggestion === undefined) return fill;
  const indicator = plan.indicators.find((i) => i.id === finding.indicatorId);
  const key = entryKey(finding.indicatorId, finding.year);
  const entry: Entry = {
    text: inputTextOf(finding.suggestion, indicator?.unit ?? ""),
    raw: finding.suggestion,
    numberFormat: null,
    fromFile: false,
  };
  return withFindings(plan, { ...fill, entries: { ...fill.entries, [key]: entry } });
}

/** Figures typed by hand that opening a file would replace. */
export const typedCount = (fill: FillState): number =>
  Object.values(fill.entries).filter((entry) => !entry.fromFile && !isBlank(entry)).length;

function loaded(plan: Plan, fill: FillState, name: string, read: ReturnedForForm): FillState {
  const unit = read.record ? read.record.leadUnit : fill.unit;
  const cells = new Map(inputCellsOf(plan, templateLayoutFor(plan, unit)).map((cell) => [cell.key, cell]));
  const entries: Record<string, Entry> = {};
  const notInTemplate: OpenedFile["notInTemplate"] = [];
  let formulas = 0;
  for (const actual of read.actuals) {
    const key = entryKey(actual.indicatorId, actual.year);
    const blank = (actual.raw === null || actual.raw === "") && actual.formula === undefined;
    if (blank) continue;
    const cell = cells.get(key);
    if (!cell || entries[key]) {
      notInTemplate.push({ indicatorId: actual.indicatorId, year: actual.year, raw: actual.raw });
      continue;
    }
    if (actual.formula !== undefined) formulas += 1;
    entries[key] = {
      text: inputTextOf(actual.raw, cell.indicator.unit),
      raw: actual.raw,
      numberFormat: actual.numberFormat,
      ...(actual.formula === undefined ? {} : { formula: actual.formula }),
      fromFile: true,
    };
  }
  const opened: OpenedFile = {
    name,
    recorded: read.record !== null,
    loaded: Object.keys(entries).length,
    formulas,
    notInTemplate,
    notes: read.notes,
  };
  return withFindings(plan, { ...fill, unit, entries, opened, pending: null });
}

/** A returned file opened into the form: loaded at once, or held until the user agrees to replace typed figures. */
export function returnOpened(plan: Plan, fill: FillState, name: string, read: ReturnedForForm): FillState {
  return typedCount(fill) > 0 ? { ...fill, pending: { name, read } } : loaded(plan, fill, name, read);
}

export const openConfirmed = (plan: Plan, fill: FillState): FillState =>
  fill.pending ? loaded(plan, fill, fill.pending.name, fill.pending.read) : fill;

export const openCancelled = (fill: FillState): FillState => ({ ...fill, pending: null });

/** The findings of one input, in the validator's order. */
export const findingsOf = (fill: FillState, key: string): Finding[] =>
  fill.findings.filter((finding) => entryKey(finding.indicatorId, finding.year) === key);
