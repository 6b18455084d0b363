/**
 * Calls back on every edit a person makes in any sheet (the add-in's own writes are ignored), with the
 * worksheet id and address; revalidateEdits decides which edits touch the template.
 *   sync 1  register the handler;
 * and, when the pane stops watching, one more batch on the handler's own context to remove it.
 */
import type { EditedCell } from "../host/contract";

export async function watchEdits(
  run: typeof Excel.run,
  onEdit: (edits: EditedCell[]) => void,
): Promise<() => Promise<void>> {
  const registration = await run(async (context) => {
    const added = context.workbook.worksheets.onChanged.add(async (event) => {
      if (event.triggerSource === "ThisLocalAddin") return;
      onEdit([{ sheet: event.worksheetId, address: event.address }]);
    });
    await context.sync();
    return added;
  });
  // The handler outlives the batch that added it, so removal runs in a batch on its context.
  return () =>
    run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
}
