/**
 * Reads one template table (pure): its 代码 column names the indicator of each row, its
 * `2023年目标` / `2023年实绩` columns the target and actual cells, wherever they are and however their
 * headers were edited. Every actual cell is read whatever it holds (a formula's result is the actual),
 * except the template's own display cells: 附件1's actuals, which show 附件2's. Serves the add-in
 * (src/excel) and the file readers alike.
 */
import { failure, success, type Result } from "../core/result";
import type { TemplateCell } from "../core/validation/types";
import type { Plan } from "../model/types";
import { cellAddress, rectangleOf } from "../template/address";
import { remarksInTable } from "../template/carry-remarks";
import { findColumns, headerText, type EditedHeader } from "../template/read-headers";
import { headers, type SheetRole } from "../template/types";
import { readMessages as say } from "./messages";
import type { ReadNote, TableRead, TableToRead } from "./types";

export interface TableContext {
  role: SheetRole;
  /** The indicators the template put in this table (from its record), to say which rows went missing. */
  expected: readonly string[] | null;
  /** The lead unit the template was made for, as the message names it. */
  madeFor: string;
  /** The years this table's template has (附件1: the years it prints). */
  years: readonly number[];
}

/** The formula a cell holds, or null for a constant (Excel's `formulas` repeats a constant). */
function formulaIn(formula: unknown, value: unknown): string | null {
  return typeof formula === "string" && formula.startsWith("=") && formula !== value ? formula : null;
}

const note = (
  code: ReadNote["code"],
  severity: ReadNote["severity"],
  message: string,
  at: Partial<ReadNote> = {},
): ReadNote => ({
  code,
  severity,
  message,
  sheet: at.sheet ?? null,
  address: at.address ?? null,
  indicatorId: at.indicatorId ?? null,
  year: at.year ?? null,
});

function headerNotes(sheet: string, edited: EditedHeader[], repeated: EditedHeader[]): ReadNote[] {
  const templateHeader = (h: EditedHeader) =>
    h.kind === "target" ? headers.target(h.year) : headers.actual(h.year);
  return [
    ...edited.map((h) =>
      note("edited-header", "提示", say.editedHeader(sheet, h.text, templateHeader(h)), {
        sheet,
        year: h.year,
      }),
    ),
    ...repeated.map((h) =>
      note("repeated-header", "警告", say.repeatedHeader(sheet, h.text, templateHeader(h)), {
        sheet,
        year: h.year,
      }),
    ),
  ];
}

export function readTable(plan: Plan, table: TableToRead, context: TableContext): Result<TableRead> {
  const { sheet, values, numberFormats, formulas } = table;
  const columns = findColumns(values[0] ?? []);
  const inPlan = (year: number) => plan.years.includes(year);
  if (columns.id === null) return failure("invalidValue", say.noIdColumn(sheet));
  if (![...columns.actual.keys(), ...columns.target.keys()].some(inPlan))
    return failure("invalidValue", say.noYearColumns(sheet, plan.years));
  const idColumn = columns.id;
  const origin = rectangleOf(table.topLeft);
  const ids = new Map(plan.indicators.map((i) => [i.id.toUpperCase(), i.id]));
  const found: TableRead = {
    role: context.role,
    sheet,
    actuals: [],
    targets: [],
    remarks: remarksInTable({ sheet, top: origin.top, left: origin.left, values }),
    unknownRows: [],
    notes: [],
  };
  found.notes.push(
    ...headerNotes(
      sheet,
      columns.edited.filter((h) => inPlan(h.year)),
      columns.repeated,
    ),
  );
  for (const year of context.years) {
    if (!columns.actual.has(year))
      found.notes.push(
        note("missing-year-column", "警告", say.missingYearColumn(sheet, headers.actual(year)), {
          sheet,
          year,
        }),
      );
  }
  const rowsOf = new Map<string, number[]>();
  values.forEach((row, r) => {
    const code = headerText(row[idColumn]);
    if (r === 0 || code === "") return;
    const at = (c: number) => cellAddress(origin.top + r, origin.left + c);
    const indicatorId = ids.get(code.toUpperCase());
    if (indicatorId === undefined) {
      found.unknownRows.push({ sheet, address: at(idColumn), code });
      return;
    }
    rowsOf.set(indicatorId, [...(rowsOf.get(indicatorId) ?? []), origin.top + r + 1]);
    const cell = (year: number, c: number): TemplateCell => {
      const formula = formulaIn(formulas[r]?.[c], row[c]);
      return {
        sheet,
        address: at(c),
        raw: row[c] ?? null,
        numberFormat: numberFormats[r]?.[c] ?? "General",
        indicatorId,
        year,
        ...(formula === null ? {} : { formula }),
      };
    };
    columns.target.forEach((c, year) => {
      if (inPlan(year)) found.targets.push(cell(year, c));
    });
    columns.actual.forEach((c, year) => {
      if (!inPlan(year)) return;
      const actual = cell(year, c);
      if (context.role !== "annex1") found.actuals.push(actual);
      // 附件1's actual cells are the template's display of 附件2's: a formula there, even one broken by
      // a deleted row (=IF(#REF!="","",#REF!)), is skipped; only a figure typed over it is said.
      else if (actual.formula === undefined && actual.raw !== "" && actual.raw !== null)
        found.notes.push(
          note("typed-in-display", "警告", say.typedInDisplay(sheet, actual.address, indicatorId, year), {
            sheet,
            address: actual.address,
            indicatorId,
            year,
          }),
        );
    });
  });
  for (const [indicatorId, rows] of rowsOf) {
    if (rows.length > 1)
      found.notes.push(
        note("repeated-row", "警告", say.repeatedRow(sheet, indicatorId, rows), { sheet, indicatorId }),
      );
  }
  for (const indicatorId of context.expected ?? []) {
    if (rowsOf.has(indicatorId)) continue;
    const name = plan.indicators.find((i) => i.id === indicatorId)?.name ?? indicatorId;
    found.notes.push(
      note("missing-row", "警告", say.missingRow(sheet, indicatorId, name, context.madeFor), {
        sheet,
        indicatorId,
      }),
    );
  }
  return success(found);
}

export { note as readNote };
