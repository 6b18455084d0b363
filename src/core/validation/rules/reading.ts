import { findingAt, isTextFormat } from "../finding";
import { findingMessages as say } from "../messages";
import { firstNumberIn } from "../typed-number";
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
      const message = say.numberAsText(indicator, year, reading.text, reading.value, isTextFormat(cell));
      return [findingAt(cell, unit, "number-as-text", message, reading.value)];
    }
    default:
      return [];
  }
}
