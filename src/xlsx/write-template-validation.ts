/** An actual cell's data validation (with its Chinese prompt and stop alert) in exceljs terms. */
import type ExcelJS from "exceljs";
import type { ActualValidation } from "../template/types";
import { comparisonOf, type ValidationOperator } from "../template/validation";

const operators: Record<ValidationOperator, ExcelJS.DataValidationOperator> = {
  Between: "between",
  GreaterThanOrEqualTo: "greaterThanOrEqual",
  LessThanOrEqualTo: "lessThanOrEqual",
};

export function dataValidationOf(validation: ActualValidation): ExcelJS.DataValidation {
  const comparison = comparisonOf(validation);
  return {
    type: validation.type === "wholeNumber" ? "whole" : "decimal",
    operator: operators[comparison.operator],
    formulae:
      comparison.formula2 === undefined ? [comparison.formula1] : [comparison.formula1, comparison.formula2],
    allowBlank: true,
    showInputMessage: true,
    promptTitle: validation.promptTitle,
    prompt: validation.promptMessage,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: validation.errorTitle,
    error: validation.errorMessage,
  };
}
