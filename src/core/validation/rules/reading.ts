import { findingAt, isTextFormat } from "../finding";
import { findingMessages as say } from "../messages";
import { factsOf } from "../../units";
import type { Indicator } from "../../../model/types";
import { serialAsDate } from "../number-formats";
import { soleNumberIn, tidy } from "../typed-number";
import { looksLikeWholePercent } from "./percent";
import type { Finding } from "../types";
import type { ActualCheck } from "./context";

/**
 * What is wrong with how the cell holds its figure: an error value, a date, text, a number typed as
 * text, or a formula without a result. No suggestion is ever derived from a date.
 */
export function readingFindings({ cell, indicator, reading }: ActualCheck): Finding[] {
  const { year } = cell;
  const unit = indicator.unit;
  switch (reading.kind) {
    case "excel-error":
      return [findingAt(cell, unit, "excel-error", say.excelError(indicator, year, reading.error))];
    case "date":
      return [
        findingAt(
          cell,
          unit,
          "date-not-figure",
          say.dateNotFigure(indicator, year, serialAsDate(reading.serial)),
        ),
      ];
    case "text": {
      const message = reading.date
        ? say.dateNotFigure(indicator, year, reading.text)
        : reading.unit === undefined
          ? say.textNotNumber(indicator, year, reading.text, soleNumberIn(reading.text))
          : say.unitMismatch(indicator, year, reading.text, reading.unit);
      return [findingAt(cell, unit, reading.date ? "date-not-figure" : "text-not-number", message)];
    }
    case "number-as-text": {
      const value = meantValue(indicator, reading.value, reading.unit);
      const message =
        reading.note === undefined
          ? say.numberAsText(indicator, year, reading.text, value, isTextFormat(cell))
          : say.numberWithNote(indicator, year, reading.text, reading.note, value);
      return [findingAt(cell, unit, "number-as-text", message, value ?? undefined)];
    }
    case "blank":
      return cell.formula === undefined
        ? []
        : [findingAt(cell, unit, "formula-no-result", say.formulaNoResult(indicator, year, cell.formula))];
    default:
      return [];
  }
}

/**
 * The figure a number typed as text stands for. In a % row "12" without its sign means 12%, as the
 * percent-scale rule reads it, so both findings suggest 0.12; when even that is implausible, none.
 */
export function meantValue(
  indicator: Indicator,
  value: number,
  typedUnit: string | undefined,
): number | null {
  if (!factsOf(indicator.unit).percent || typedUnit === "%" || !looksLikeWholePercent(indicator, value))
    return value;
  const rescaled = tidy(value / 100);
  return looksLikeWholePercent(indicator, rescaled) ? null : rescaled;
}
