/**
 * Calls back on every edit the user makes in any sheet, with the worksheet id and address;
 * revalidateEdits decides which edits touch the template. Ignored: the add-in's own writes
 * (`triggerSource` "ThisLocalAddin", ExcelApi 1.14; older hosts leave it undefined and the add-in's
 * writes come back once) and a coauthor's edits (`source` "Remote", ExcelApi 1.7): their marks would
 * be written into the shared workbook by every pane open on it.
 *   sync 1  register the handler;
 * and, when the pane stops watching, one more batch on the handler's own context to remove it.
 */
import type { EditedCell } from "../host/contract";

export async function watchEdits(
  run: typeof Excel.run,
  onEdit: (edits: EditedCell[]) => void,
): Promise<() => Promise<void>> {
  // The pane may open while the user is typing in a cell: wait for the edit rather than fail.
  const registration = await run({ delayForCellEdit: true }, async (context) => {
    const added = context.workbook.worksheets.onChanged.add(async (event) => {
      if (event.triggerSource === "ThisLocalAddin" || event.source === "Remote") return;
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
