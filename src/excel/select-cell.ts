/** Activates the sheet and selects the cell of a finding (定位). One round trip. */
export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  address: string,
): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(address).select();
  await context.sync();
}
