/** Activates the sheet and selects the cell of a finding. */
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

/** Writes a formula into the top-left cell of the selection (the user clicked 插入 with it selected). */
export async function insertFormula(context: Excel.RequestContext, formula: string): Promise<void> {
  context.workbook.getSelectedRange().getCell(0, 0).formulas = [[formula]];
  await context.sync();
}
