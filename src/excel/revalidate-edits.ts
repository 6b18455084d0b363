import { validate } from "../core/validation";
import type { ReportingPeriod } from "../core/reporting-period";
import type { RawCellValue } from "../core/validation/types";
import type { Plan } from "../model/types";
import { readTable } from "../reader/read-table";
import { cellAddress, rectangleOf } from "../template/address";
import type { EditedCell, ValidationResult } from "../host/contract";
import { protectedSheetsOf, queueMarks } from "./marks";
import { protectionOf } from "./sheet-protection";
import { foundTable, queueNamedTables, queueTableNames, topLeftOf, type FoundTable } from "./template-tables";

/**
 * Live validation: re-reads only the table rows an edit touched (with the header row, to know the
 * columns), validates them and re-marks them; edits outside the template are ignored.
 *   sync 1  look up the template's workbook names;
 *   sync 2  read the header row and the touched rows of each named table;
 *   (with the pane's password, one sync per protected sheet touched: does it have a password?)
 *   last    mark them.
 * `EditedCell.sheet` is the worksheet's id or name, as the onChanged event gives it.
 */
export async function revalidateEdits(
  context: Excel.RequestContext,
  plan: Plan,
  edits: readonly EditedCell[],
  period: ReportingPeriod,
  password: string,
): Promise<ValidationResult> {
  // Sync 1
  const names = queueTableNames(context);
  await context.sync();

  // Sync 2
  const reads = queueNamedTables(context, names, "address").map(({ role, range: table, worksheet }) => {
    const header = table.getRow(0);
    header.load("values");
    const rows = edits.map((edit) => {
      const touched = table.getIntersectionOrNullObject(worksheet.getRange(edit.address).getEntireRow());
      touched.load("address, values, formulas, numberFormat");
      return { edit, touched };
    });
    return { role, table, header, worksheet, rows };
  });
  if (reads.length > 0) await context.sync();

  const found = reads.flatMap(({ role, table, header, worksheet, rows }): FoundTable[] => {
    const touchedHere = rows.filter(
      ({ edit, touched }) => [worksheet.id, worksheet.name].includes(edit.sheet) && !touched.isNullObject,
    );
    // Two edits in one row reach the same row: it is read once (twice would double its findings).
    const onThisSheet = [...new Map(touchedHere.map((row) => [row.touched.address, row])).values()];
    const left = rectangleOf(topLeftOf(table.address)).left;
    const cells = onThisSheet.flatMap(({ touched }) => {
      const top = rectangleOf(topLeftOf(touched.address)).top;
      // Only these rows: no years or rows are expected of them (the full read says what is missing).
      const read = readTable(
        plan,
        {
          sheet: worksheet.name,
          topLeft: cellAddress(top - 1, left),
          values: [header.values[0] as RawCellValue[], ...(touched.values as RawCellValue[][])],
          formulas: [[], ...(touched.formulas as RawCellValue[][])],
          numberFormats: [[], ...(touched.numberFormat as string[][])],
        },
        { role, expected: null, madeFor: "", years: [] },
      );
      return read.ok ? [read.value] : [];
    });
    if (cells.length === 0) return [];
    const merged = {
      actuals: cells.flatMap((c) => c.actuals),
      targets: cells.flatMap((c) => c.targets),
      unknownRows: cells.flatMap((c) => c.unknownRows),
    };
    return [foundTable(role, worksheet, merged)];
  });
  if (found.length === 0) return { templatePresent: reads.length > 0, findings: [], actuals: [] };
  const actuals = found.flatMap((table) => table.cells.actuals);
  const findings = validate(
    plan,
    { actuals, targets: found.flatMap((table) => table.cells.targets) },
    period,
  );

  // With the pane's password, one sync per protected sheet touched: does it have a password?
  const protections = await protectionOf(context, protectedSheetsOf(found), password);

  // Last sync
  queueMarks(context, found, findings, protections);
  await context.sync();
  return { templatePresent: true, findings, actuals };
}
