import { findingAt, isTextFormat } from "../finding";
import { findingMessages as say } from "../messages";
import { factsOf } from "../../units";
import type { Indicator } from "../../../model/types";
import { firstNumberIn, tidy } from "../typed-number";
import { looksLikeWholePercent } from "./percent";
import type { Finding } from "../types";
import type { ActualCheck } from "./context";

/** What is wrong with how the cell holds its figure: an error value, text, or a number typed as text. */
export function readingFindings({ cell, indicator, reading }: ActualCheck): Finding[] {
  const { year } = cell;
  const unit = indicator.unit;
  switch (reading.kind) {
    case "excel-error":
      return [findingAt(cell, unit, "excel-error", say.excelError(indicator, year, reading.error))];
    case "text": {
      const message =
        reading.unit === undefined
          ? say.textNotNumber(indicator, year, reading.text, firstNumberIn(reading.text))
          : say.unitMismatch(indicator, year, reading.text, reading.unit);
      return [findingAt(cell, unit, "text-not-number", message)];
    }
    case "number-as-text": {
      const value = meantValue(indicator, reading.value, reading.unit);
      const message = say.numberAsText(indicator, year, reading.text, value, isTextFormat(cell));
      return [findingAt(cell, unit, "number-as-text", message, value ?? undefined)];
    }
    default:
      return [];
  }
}

/**
 * The figure a number typed as text stands for. In a % row "12" without its sign means 12%, as the
 * percent-scale rule reads it, so both findings suggest 0.12; when even that is implausible, none.
 */
function meantValue(indicator: Indicator, value: number, typedUnit: string | undefined): number | null {
  if (!factsOf(indicator.unit).percent || typedUnit === "%" || !looksLikeWholePercent(indicator, value))
    return value;
  const rescaled = tidy(value / 100);
  return looksLikeWholePercent(indicator, rescaled) ? null : rescaled;
}
