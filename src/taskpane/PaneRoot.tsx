import { FluentProvider, webLightTheme, type Theme } from "@fluentui/react-components";
import { App } from "./App";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { MessagesContext, type Messages } from "./messages";
import { PaneContext, type Pane } from "./state/pane-context";

export interface PaneRootProps {
  pane: Pane;
  messages: Messages;
  /** Office's theme: the light theme unless Office is dark. */
  theme?: Theme;
}

/** The pane with its theme (following Office's), its language and its state. */
export function PaneRoot({ pane, messages, theme = webLightTheme }: PaneRootProps) {
  return (
    <FluentProvider theme={theme}>
      <MessagesContext.Provider value={messages}>
        <PaneContext.Provider value={pane}>
          <ErrorBoundary messages={messages}>
            <App />
          </ErrorBoundary>
        </PaneContext.Provider>
      </MessagesContext.Provider>
    </FluentProvider>
  );
}
