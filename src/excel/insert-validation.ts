/** An actual cell's data validation in Office.js terms: the rule first, then its prompt and stop alert. */
import { cellAddress } from "../template/address";
import type { ActualValidation, CellLayout } from "../template/types";
import { comparisonOf } from "../template/validation";

export function ruleOf(validation: ActualValidation): Excel.DataValidationRule {
  const comparison: Excel.BasicDataValidation = comparisonOf(validation);
  return validation.type === "wholeNumber" ? { wholeNumber: comparison } : { decimal: comparison };
}

export function queueValidation(
  worksheet: Excel.Worksheet,
  cell: CellLayout,
  validation: ActualValidation,
): void {
  const { dataValidation } = worksheet.getRange(cellAddress(cell.row, cell.column));
  dataValidation.rule = ruleOf(validation);
  dataValidation.ignoreBlanks = true;
  dataValidation.prompt = {
    showPrompt: true,
    title: validation.promptTitle,
    message: validation.promptMessage,
  };
  dataValidation.errorAlert = {
    showAlert: true,
    style: "Stop",
    title: validation.errorTitle,
    message: validation.errorMessage,
  };
}
