import { plan } from "../../model";
import { indicatorsFor } from "../../core/indicator-list";
import { progressOf } from "../../core/progress";
import { defaultThresholds } from "../../core/attainment";
import { defaultPeriod } from "../../core/reporting-period";
import type { Finding, TemplateCell } from "../../core/validation/types";
import type { CellWrite, PaneHost, ValidationResult } from "../host";
import type { Messages } from "../messages";
import { describeExcelError } from "./excel-errors";
import type { Busy, PaneState } from "./pane-state";
import { readChoices, saveChoices } from "./settings";
import type { PaneStore } from "./store";
import { mergeRows, progressActuals, summarize } from "./findings";

export function initialState(host: PaneHost, today: Date, messages: Messages): PaneState {
  const stored = readChoices(host.settings);
  const requirement = host.missingRequirement;
  return {
    unit: stored.unit,
    period: stored.period ?? defaultPeriod(plan.years, today),
    thresholds: stored.thresholds ?? defaultThresholds,
    password: "",
    insertScope: stored.unit ? "mine" : "all",
    existingChoice: null,
    templatePresent: null,
    findings: null,
    actualCells: [],
    progress: null,
    busy: null,
    notice: requirement ? { intent: "error", text: messages.errors.requirement(requirement) } : null,
  };
}

/** Everything the pane and the ribbon buttons can do; each reports its outcome as a notice, never silently. */
export function createPaneActions(store: PaneStore, host: PaneHost, messages: Messages) {
  async function guarded(busy: Busy, work: () => Promise<void>): Promise<void> {
    store.set({ busy, notice: null });
    try {
      await work();
    } catch (error) {
      store.set({ notice: { intent: "error", text: describeExcelError(error, messages) } });
    } finally {
      store.set({ busy: null });
    }
  }

  function show(templatePresent: boolean, actualCells: TemplateCell[], findings: Finding[]) {
    const { unit, period, thresholds } = store.get();
    const actuals = progressActuals(actualCells, period.year);
    const mine = indicatorsFor(plan, unit, null);
    const progress = templatePresent ? progressOf(plan, mine, actuals, period, thresholds) : null;
    store.set({ templatePresent, actualCells, findings, progress });
  }
  const applyValidation = (result: ValidationResult) =>
    show(result.templatePresent, result.actuals, result.findings);

  const validate = () =>
    guarded("validate", async () => {
      const { period, password } = store.get();
      const result = await host.workbook.validate(period, password);
      applyValidation(result);
      const notice = result.templatePresent
        ? { intent: "info" as const, text: messages.validate.summary(...summarize(result.findings)) }
        : { intent: "warning" as const, text: messages.validate.noTemplate };
      store.set({ notice });
    });

  /** Reads the template when the pane opens, to show progress; says nothing unless it fails. */
  const refresh = () =>
    guarded(null, async () => {
      const { period, password } = store.get();
      applyValidation(await host.workbook.validate(period, password));
    });

  const insertTemplate = () =>
    guarded("insert", async () => {
      const { unit, insertScope, existingChoice, password } = store.get();
      const leadUnit = insertScope === "mine" ? unit : null;
      const result = await host.workbook.insertTemplate({
        leadUnit,
        mode: existingChoice ?? "ask",
        password,
      });
      if (result.status === "needs-choice") {
        store.set({
          templatePresent: true,
          notice: { intent: "warning", text: messages.insert.needsChoice },
        });
        return;
      }
      if (result.status === "wrong-password") {
        store.set({ notice: { intent: "error", text: messages.insert.wrongPassword(result.sheet) } });
        return;
      }
      const text =
        existingChoice === "update"
          ? messages.insert.updated(result.keptActuals)
          : messages.insert.inserted(result.sheets.join("、"));
      const orphans = result.orphanSheet
        ? ` ${messages.insert.orphaned(result.orphanedActuals, result.orphanSheet)}`
        : "";
      store.set({
        templatePresent: true,
        existingChoice: null,
        notice: { intent: "success", text: text + orphans },
      });
      const validation = await host.workbook.validate(store.get().period, password);
      applyValidation(validation);
    });

  const applyFixes = (writes: CellWrite[]) =>
    guarded("fix", async () => {
      const { period, password } = store.get();
      const { applied, skipped } = await host.workbook.applyFixes(writes, password);
      const result = await host.workbook.validate(period, password);
      applyValidation(result);
      const text =
        messages.findings.applied(applied.length) +
        (skipped.length ? messages.findings.skipped(skipped.length) : "");
      store.set({ notice: { intent: skipped.length ? "warning" : "success", text } });
    });

  /** Live validation of edited cells: quiet unless it fails. */
  async function revalidate(edits: { sheet: string; address: string }[]) {
    const { period, password } = store.get();
    try {
      const result = await host.workbook.revalidate(edits, period, password);
      const { findings, actualCells } = store.get();
      if (!result.templatePresent || findings === null) return;
      const actuals = mergeRows(actualCells, result.actuals, result.actuals);
      show(true, actuals, mergeRows(findings, result.actuals, result.findings));
    } catch (error) {
      store.set({ notice: { intent: "error", text: describeExcelError(error, messages) } });
    }
  }

  async function saveSettings(patch: Partial<Pick<PaneState, "unit" | "period" | "thresholds">>) {
    store.set(patch);
    const { unit, period, thresholds } = store.get();
    await saveChoices(host.settings, { unit, period, thresholds });
    if (store.get().templatePresent) await validate();
  }

  /** Choices that live only in the pane (not stored with the workbook). */
  const choose = (patch: Partial<Pick<PaneState, "insertScope" | "existingChoice" | "password">>) =>
    store.set(patch);

  const selectCell = (sheet: string, address: string) =>
    guarded(null, () => host.workbook.selectCell(sheet, address));

  const insertFormula = (formula: string) =>
    guarded(null, async () => {
      await host.workbook.insertFormula(formula);
      store.set({ notice: { intent: "success", text: messages.functions.inserted(formula) } });
    });

  return {
    refresh,
    validate,
    insertTemplate,
    applyFixes,
    revalidate,
    saveSettings,
    choose,
    selectCell,
    insertFormula,
  };
}

export type PaneActions = ReturnType<typeof createPaneActions>;
