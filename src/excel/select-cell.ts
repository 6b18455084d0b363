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

/**
 * Writes a formula into the selected cell (its top-left one) when that cell is empty; a cell holding
 * anything is left alone and its address returned, so 插入 never overwrites what someone typed.
 */
export async function insertFormula(
  context: Excel.RequestContext,
  formula: string,
): Promise<{ inserted: boolean; address: string }> {
  const cell = context.workbook.getSelectedRange().getCell(0, 0);
  cell.load("address, formulas");
  await context.sync();
  const address = cell.address;
  if (cell.formulas[0]?.[0] !== "") return { inserted: false, address };
  cell.formulas = [[formula]];
  await context.sync();
  return { inserted: true, address };
}
