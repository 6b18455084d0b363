import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { registerRibbonCommands } from "../commands/commands";

Office.onReady(() => {
  registerRibbonCommands({
    insertTemplate: async () => Office.addin.showAsTaskpane(),
    validateActuals: async () => Office.addin.showAsTaskpane(),
  });
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>,
  );
});
