import { openExcelHost } from "../excel/open-host";
import { registerRibbonCommands } from "../commands/commands";
import { startPane } from "./start-pane";

Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const pane = startPane(openExcelHost(), container);
  // Registered at once, not after the pane has rendered: a ribbon click can arrive first.
  registerRibbonCommands({
    insertTemplate: () =>
      pane.then(({ actions }) => actions.insertTemplate()).then(() => Office.addin.showAsTaskpane()),
    validateActuals: () =>
      pane.then(({ actions }) => actions.validate()).then(() => Office.addin.showAsTaskpane()),
  });
});
