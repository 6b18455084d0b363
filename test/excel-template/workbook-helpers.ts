/** Arranging and inspecting in-memory workbooks for the insertion tests. */
import { insertLayout } from "../../src/excel/insert-template";
import type { LayoutInsertion } from "../../src/excel/insert-template";
import type { InsertOutcome } from "../../src/host/contract";
import type { Indicator, Plan } from "../../src/model";
import { cellAddress, rectangleOf } from "../../src/template/address";
import type { InMemoryWorkbook } from "../../in-memory-excel";

export const insert = (wb: InMemoryWorkbook, request: LayoutInsertion): Promise<InsertOutcome> =>
  wb.run((context) => insertLayout(context, request));

/** The plan with each indicator changed by `change` (return it unchanged to keep it). */
export const planWith = (plan: Plan, change: (indicator: Indicator) => Indicator): Plan => ({
  ...plan,
  indicators: plan.indicators.map(change),
});

/** The plan ten times over: each indicator copied with new ids (A2-01, A2-01·2 … A2-01·10). */
export function tenfold(plan: Plan): Plan {
  const copies = Array.from({ length: 10 }, (_, copy) =>
    plan.indicators.map((indicator) =>
      copy === 0 ? indicator : { ...indicator, id: `${indicator.id}·${copy + 1}` },
    ),
  );
  return { ...plan, indicators: copies.flat() };
}

/** Everything a user could see or rely on: sheets, cells (value, formula, lock, validation), names, properties. */
export function snapshot(wb: InMemoryWorkbook) {
  const sheets = wb.sheetNames().map((name) => {
    const sheet = wb.sheet(name);
    const cells: Record<string, unknown> = {};
    if (sheet.usedAddress) {
      const { top, left, bottom, right } = rectangleOf(
        sheet.usedAddress.replace(/^.*!/, "").replace(/\$/g, ""),
      );
      for (let row = top; row <= bottom; row += 1) {
        for (let column = left; column <= right; column += 1) {
          const { value, formula, locked, validation, numberFormat } = sheet.cell(cellAddress(row, column));
          cells[cellAddress(row, column)] = { value, formula, locked, validation, numberFormat };
        }
      }
    }
    return { name, protection: sheet.protection, merged: sheet.mergedAreas, cells };
  });
  return { sheets, names: wb.names(), properties: wb.customProperties() };
}
