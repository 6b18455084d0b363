/** Excel data validation of each actual cell, fitting the indicator's unit and `actualRange`. */
import { factsOf } from "../core/units";
import type { Indicator } from "../model/types";
import { validationTexts as say, type BoundsWording } from "./messages";
import type { ActualValidation } from "./types";

export function actualValidationOf(indicator: Indicator, name: string, year: number): ActualValidation {
  const facts = factsOf(indicator.unit);
  const bounds: BoundsWording = {
    integer: facts.integer,
    percent: facts.percent,
    min: indicator.actualRange.min,
    max: indicator.actualRange.max,
  };
  return {
    type: facts.integer ? "wholeNumber" : "decimal",
    min: bounds.min,
    max: bounds.max,
    promptTitle: say.promptTitle(year),
    promptMessage: say.promptMessage(name, indicator.unit, year, bounds),
    errorTitle: say.errorTitle,
    errorMessage: say.errorMessage(name, indicator.unit, year, bounds),
  };
}

export type ValidationOperator = "Between" | "GreaterThanOrEqualTo" | "LessThanOrEqualTo";

/** The comparison both writers give Excel; with no bounds at all, any number (text is still refused). */
export interface ValidationComparison {
  operator: ValidationOperator;
  formula1: number;
  formula2?: number;
}

/** Excel needs a bound even for "any number"; no real figure comes near ±10^15. */
export const anyNumber = 1e15;

export function comparisonOf({ min, max }: Pick<ActualValidation, "min" | "max">): ValidationComparison {
  if (min !== null && max !== null) return { operator: "Between", formula1: min, formula2: max };
  if (min !== null) return { operator: "GreaterThanOrEqualTo", formula1: min };
  if (max !== null) return { operator: "LessThanOrEqualTo", formula1: max };
  return { operator: "Between", formula1: -anyNumber, formula2: anyNumber };
}
