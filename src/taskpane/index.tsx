import { officeHost } from "../excel/office-host";
import { createWorkbookOperations } from "../excel/workbook-operations";
import { registerRibbonCommands } from "../commands/commands";
import { startPane } from "./start-pane";

Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const supports = (version: string) => Office.context.requirements.isSetSupported("ExcelApi", version);
  const workbook = createWorkbookOperations(Excel.run, {
    dataValidation: supports("1.8"),
    pageLayout: supports("1.9"),
  });
  const pane = startPane(officeHost(workbook), container);
  // Registered at once, not after the pane has rendered: a ribbon click can arrive first.
  registerRibbonCommands({
    insertTemplate: () =>
      pane.then(({ actions }) => actions.insertTemplate()).then(() => Office.addin.showAsTaskpane()),
    validateActuals: () =>
      pane.then(({ actions }) => actions.validate()).then(() => Office.addin.showAsTaskpane()),
  });
});
