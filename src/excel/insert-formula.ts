/**
 * Writes a formula into the selected cell (its top-left one) when that cell is empty; a cell holding
 * anything is left alone and its address returned, so 插入 never overwrites what someone typed.
 *   sync 1  read the selected cell;
 *   sync 2  write the formula (only when the cell was empty).
 */
import type { FormulaInsertion } from "../host/contract";

export async function insertFormula(
  context: Excel.RequestContext,
  formula: string,
): Promise<FormulaInsertion> {
  // Sync 1
  const cell = context.workbook.getSelectedRange().getCell(0, 0);
  cell.load("address, formulas");
  await context.sync();
  const address = cell.address;
  if (cell.formulas[0]?.[0] !== "") return { inserted: false, address };

  // Sync 2
  cell.formulas = [[formula]];
  await context.sync();
  return { inserted: true, address };
}
