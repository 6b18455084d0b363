/** Returned files as the reader gives them, made by hand: a unit, and the figures it typed. */
import type { TemplateCell } from "../../src/core/validation/types";
import type { ReturnInput } from "../../src/consolidation/types";

let row = 3;

/** A file from `unit` holding `figures`: [indicatorId, year, what the cell holds]. */
export function returned(
  file: string,
  unit: string | null,
  figures: [string, number, TemplateCell["raw"]][],
  savedAt: string | null = null,
): ReturnInput {
  const actuals = figures.map(([indicatorId, year, raw]): TemplateCell => {
    row += 1;
    return {
      sheet: "附件2 目标任务分解",
      address: `L${row}`,
      raw,
      numberFormat: "General",
      indicatorId,
      year,
    };
  });
  return { file, sha256: `sha-${file}`, savedAt, unit, actuals, targets: [], notes: [] };
}

/** 报告期 2023年1–6月. */
export const midYear2023 = { year: 2023, month: 6 };
export const whole2025 = { year: 2025, month: 12 };
