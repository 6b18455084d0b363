import type { EditedCell } from "../taskpane/host";

/**
 * Calls back on every edit a person makes in any sheet (the add-in's own writes are ignored), with the
 * worksheet id and address; revalidateEdits decides which edits touch the template.
 */
export async function watchEdits(
  context: Excel.RequestContext,
  onEdit: (edits: EditedCell[]) => void,
): Promise<OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>> {
  const registration = context.workbook.worksheets.onChanged.add(async (event) => {
    if (event.triggerSource === "ThisLocalAddin") return;
    onEdit([{ sheet: event.worksheetId, address: event.address }]);
  });
  await context.sync();
  return registration;
}

/** Stops watching; the handler outlives the batch that added it, so removal runs in a batch on its context. */
export function stopWatching(
  run: typeof Excel.run,
  registration: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>,
): Promise<void> {
  return run(registration.context, async (context) => {
    registration.remove();
    await context.sync();
  });
}
