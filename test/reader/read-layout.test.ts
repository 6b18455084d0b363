import { cellAddress } from "../../src/template/address";
import { buildTemplateLayout } from "../../src/template/build-layout";
import { readTable } from "../../src/reader/read-table";
import { tableContextOf } from "../../src/reader/template-record";
import type { TableToRead } from "../../src/reader/types";
import type { RawCellValue } from "../../src/core/validation/types";
import type { SheetLayout } from "../../src/template/types";
import { plan } from "../../src/model";

/** A layout sheet's table as Excel would hand it over: formulas show "" until calculated. */
function tableOf(sheet: SheetLayout): TableToRead {
  const grid = <T>(fill: T) =>
    Array.from({ length: sheet.rowCount - sheet.headerRow }, () => Array<T>(sheet.columnCount).fill(fill));
  const values = grid<RawCellValue>("");
  const formulas = grid<RawCellValue>("");
  const numberFormats = grid("General");
  for (const cell of sheet.cells.filter((c) => c.row >= sheet.headerRow)) {
    const [r, c] = [cell.row - sheet.headerRow, cell.column];
    const isFormula = typeof cell.content === "string" && cell.content.startsWith("=");
    values[r]![c] = isFormula ? "" : (cell.content ?? "");
    formulas[r]![c] = cell.content ?? "";
    numberFormats[r]![c] = cell.numberFormat ?? "General";
  }
  return { sheet: sheet.name, topLeft: cellAddress(sheet.headerRow, 0), values, numberFormats, formulas };
}

describe("reading back the template as built for all lead units", () => {
  const layout = buildTemplateLayout(plan, { leadUnit: null });

  test.each(layout.sheets.map((sheet) => [sheet.name, sheet] as const))(
    "%s: exactly the cells the layout marks as actuals, at their addresses",
    (_name, sheet) => {
      const read = readTable(
        plan,
        tableOf(sheet),
        tableContextOf(plan, { planId: plan.id, version: "2", leadUnit: null, assignments: {} }, sheet.role),
      );
      const expected = sheet.cells
        .filter((c) => c.actualOf !== undefined)
        .map((c) => [cellAddress(c.row, c.column), c.actualOf?.indicatorId, c.actualOf?.year]);
      const actuals = read.ok ? read.value.actuals : [];
      expect(actuals.map((c) => [c.address, c.indicatorId, c.year]).sort()).toEqual(expected.sort());
      expect(read.ok && read.value.unknownRows).toEqual([]);
      // Every row and year column the template was made with is there: nothing to say.
      expect(read.ok && read.value.notes).toEqual([]);
    },
  );

  test("附件2 targets read back equal to the model: no target-changed finding", () => {
    const annex2 = layout.sheets.find((s) => s.role === "annex2")!;
    const read = readTable(plan, tableOf(annex2), tableContextOf(plan, null, "annex2"));
    const targets = read.ok ? read.value.targets : [];
    // 37 printed rows; row 19 holds two figures and row 36 three: 40 rows × 5 years.
    expect(targets).toHaveLength(40 * 5);
    // Figures from 附件2: 研发投入规模 2023 is 70 亿元, 质量奖 2021 prints "—", the 超20亿元 projects 3 a year.
    const at = (id: string, year: number) =>
      targets.find((c) => c.indicatorId === id && c.year === year)?.raw;
    expect([at("A2-03", 2023), at("A2-14", 2021), at("A2-36c", 2025)]).toEqual([70, "—", 3]);
    for (const cell of targets) {
      const model = plan.indicators.find((i) => i.id === cell.indicatorId)!.targets[String(cell.year)];
      expect(cell.raw).toEqual(model === null ? "—" : model);
    }
  });
});
