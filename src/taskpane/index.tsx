import { openExcelHost } from "../excel/open-host";
import { registerRibbonCommands } from "../commands/commands";
import { startPane } from "./start-pane";

// The pane starts once Office is ready.
const pane = Office.onReady().then(() => {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  return startPane(openExcelHost(), container);
});

// The ribbon's functions are associated as this script loads, at its top level, as Microsoft's docs
// and samples do (not inside Office.onReady: a first click can arrive before that). A click that
// comes before the pane exists waits for it.
registerRibbonCommands({
  insertTemplate: () =>
    pane.then(({ actions }) => actions.insertTemplate()).then(() => Office.addin.showAsTaskpane()),
  validateActuals: () =>
    pane.then(({ actions }) => actions.validate()).then(() => Office.addin.showAsTaskpane()),
});
