import { plan } from "../model";
import type { WorkbookOperations } from "../taskpane/host";
import { applyFixes } from "./apply-fixes";
import type { HostFeatures } from "./insert-outcome";
import { revalidateEdits } from "./revalidate-edits";
import { insertFormula, selectCell } from "./select-cell";
import { validateWorkbook } from "./validate-workbook";
import { stopWatching, watchEdits } from "./watch-edits";

/** The pane's operations over an `Excel.run` (Excel's own, or the in-memory workbook's in tests and the preview). */
export function createWorkbookOperations(run: typeof Excel.run, features: HostFeatures): WorkbookOperations {
  return {
    // The template builder and writer load on first use: they are not needed to open the pane.
    insertTemplate: async ({ leadUnit, mode, password }) => {
      const { insertTemplate, buildTemplateLayout } = await import("./insert-template-chunk");
      const layout = buildTemplateLayout(plan, { leadUnit });
      return run((context) => insertTemplate(context, { layout, mode, password, features }));
    },
    validate: (period, password, mark = true) =>
      run((context) => validateWorkbook(context, plan, period, password, mark)),
    revalidate: (edits, period, password) =>
      run((context) => revalidateEdits(context, plan, edits, period, password)),
    applyFixes: (writes, password) => run((context) => applyFixes(context, writes, password)),
    selectCell: (sheet, address) => run((context) => selectCell(context, sheet, address)),
    insertFormula: (formula) => run((context) => insertFormula(context, formula)),
    watchEdits: async (onEdit) => {
      const registration = await run((context) => watchEdits(context, onEdit));
      return () => stopWatching(run, registration);
    },
  };
}
