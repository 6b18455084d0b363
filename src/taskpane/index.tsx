import { officeHost } from "../excel/office-host";
import { createWorkbookOperations } from "../excel/workbook-operations";
import { registerRibbonCommands } from "../commands/commands";
import { startPane } from "./start-pane";

Office.onReady(async () => {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const supports = (version: string) => Office.context.requirements.isSetSupported("ExcelApi", version);
  const workbook = createWorkbookOperations(Excel.run, {
    dataValidation: supports("1.8"),
    pageLayout: supports("1.9"),
  });
  const { actions } = await startPane(officeHost(workbook), container);
  registerRibbonCommands({
    insertTemplate: () => actions.insertTemplate().then(() => Office.addin.showAsTaskpane()),
    validateActuals: () => actions.validate().then(() => Office.addin.showAsTaskpane()),
  });
});
