/**
 * Ribbon buttons that run without opening the pane (ExecuteFunction).
 * The function names must match <FunctionName> in manifest.xml; test/manifest checks it.
 */
export interface RibbonActions {
  insertTemplate(): Promise<void>;
  validateActuals(): Promise<void>;
}

/** Registers each ribbon button; `event.completed()` runs whatever the action's outcome. */
export function registerRibbonCommands(actions: RibbonActions): void {
  Office.actions.associate("insertTemplate", (event: Office.AddinCommands.Event) =>
    actions.insertTemplate().finally(() => event.completed()),
  );
  Office.actions.associate("validateActuals", (event: Office.AddinCommands.Event) =>
    actions.validateActuals().finally(() => event.completed()),
  );
}
