import type { CellWrite, EditedCell, PaneHost } from "../host";
import type { Messages } from "../messages";
import { describeExcelError } from "./excel-errors";
import { mergeRows, summarize } from "./findings";
import { insertTemplate } from "./insert-action";
import type { Busy, PaneState } from "./pane-state";
import { saveChoices } from "./settings";
import type { PaneStore } from "./store";

export { initialState } from "./initial-state";

/** Everything the pane and the ribbon buttons can do; each reports its outcome as a notice, never silently. */
export function createPaneActions(store: PaneStore, host: PaneHost, messages: Messages) {
  const fail = (error: unknown) =>
    store.set({ notice: { intent: "error", text: describeExcelError(error, messages) } });
  async function guarded(busy: Busy, work: () => Promise<void>): Promise<void> {
    store.set({ busy, notice: null });
    await work().catch(fail);
    store.set({ busy: null });
  }
  // Each full read starts a new generation; a live re-validation begun in an older one is dropped.
  let generation = 0;
  // Whether the sheet carries marks, so that a new period re-marks it instead of leaving stale colours.
  let marked = false;
  const read = async (mark = true) => {
    const { period, password } = store.get();
    generation += 1;
    marked ||= mark;
    const result = await host.workbook.validate(period, password, mark);
    store.set({
      templatePresent: result.templatePresent,
      actualCells: result.actuals,
      findings: result.findings,
    });
    return result;
  };

  /** Reads the template when the pane opens or the period changes (marking it only if it was marked); quiet. */
  const refresh = () => guarded(null, async () => void (await read(marked)));

  const validate = () =>
    guarded("validate", async () => {
      const result = await read();
      const problems = result.problems ?? [];
      const summary = messages.validate.summary(...summarize(result.findings));
      store.set({
        notice: !result.templatePresent
          ? { intent: "warning", text: messages.validate.noTemplate }
          : problems.length > 0
            ? { intent: "warning", text: [...problems, summary].join(" ") }
            : { intent: "info", text: summary },
      });
    });

  const insert = () =>
    guarded("insert", async () => {
      if (await insertTemplate(store, host, messages)) await read();
    });

  const applyFixes = (writes: CellWrite[]) =>
    guarded("fix", async () => {
      const { applied, skipped } = await host.workbook.applyFixes(writes, store.get().password);
      await read();
      const text =
        messages.findings.applied(applied.length) +
        (skipped.length ? messages.findings.skipped(skipped.length) : "");
      store.set({ notice: { intent: skipped.length ? "warning" : "success", text } });
    });

  /** Live validation of edited cells: merges the re-read rows into what is shown; quiet unless it fails. */
  const revalidate = (edits: EditedCell[]) => {
    const startedIn = generation;
    return host.workbook
      .revalidate(edits, store.get().period, store.get().password)
      .then((result) => {
        const { findings, actualCells } = store.get();
        if (!result.templatePresent || findings === null || startedIn !== generation) return;
        const actuals = mergeRows(actualCells, result.actuals, result.actuals);
        store.set({ actualCells: actuals, findings: mergeRows(findings, result.actuals, result.findings) });
      })
      .catch(fail);
  };

  /** Unit, period and thresholds are stored with the workbook; a new period needs the template re-read
   * (its findings depend on it), while progress follows from the state by itself. */
  async function saveSettings(patch: Partial<Pick<PaneState, "unit" | "period" | "thresholds">>) {
    const periodChanged = patch.period !== undefined;
    store.set(patch);
    const { unit, period, thresholds, templatePresent } = store.get();
    await saveChoices(host.settings, { unit, period, thresholds }).catch(fail);
    if (templatePresent && periodChanged) await refresh();
  }

  /** Choices that live only in the pane (not stored with the workbook). */
  const choose = (patch: Partial<Pick<PaneState, "insertScope" | "existingChoice" | "password">>) =>
    store.set(patch);

  const selectCell = (sheet: string, address: string) =>
    guarded(null, () => host.workbook.selectCell(sheet, address));

  const insertFormula = (formula: string) =>
    guarded(null, async () => {
      const { inserted, address } = await host.workbook.insertFormula(formula);
      store.set({
        notice: inserted
          ? { intent: "success", text: messages.functions.inserted(formula) }
          : { intent: "warning", text: messages.functions.occupied(address) },
      });
    });

  return {
    refresh,
    validate,
    insertTemplate: insert,
    applyFixes,
    revalidate,
    saveSettings,
    choose,
    selectCell,
    insertFormula,
  };
}

export type PaneActions = ReturnType<typeof createPaneActions>;
