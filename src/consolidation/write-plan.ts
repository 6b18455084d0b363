/**
 * What writing a 汇总 into an open workbook will do (pure), decided from what the workbook holds now:
 * which template cells get a merged actual, which already hold it, which hold something else (written
 * only when the user ticks them), which actuals have no cell there, and the names the report sheets
 * take. The pane shows it before anything is written; the writer decides again from a fresh read, so
 * a cell typed into since the confirmation is never overwritten.
 */
import type { RawCellValue, TemplateCell } from "../core/validation/types";
import { cellAddress } from "../template/address";
import { freeName } from "../template/sheet-names";
import { valueKey } from "./merge";
import type { ConsolidationWorkbook, ReportRole } from "./report-layout";

/**
 * Workbook names marking the report sheets the add-in wrote (each points at its sheet's A1): the
 * add-in replaces only a sheet it wrote, and only while it still has the name it was given.
 */
export const reportNames: Record<ReportRole, string> = {
  sources: "BL_Report_Sources",
  overview: "BL_Report_Overview",
  brief: "BL_Report_Brief",
};

export interface PlacedActual {
  indicatorId: string;
  year: number;
  value: number;
}

/** A template cell and the merged actual for it, with what it holds now. */
export interface CellChange {
  sheet: string;
  address: string;
  indicatorId: string;
  year: number;
  value: number;
  /** What the cell holds now ("" when empty; a formula's last result). */
  current: RawCellValue;
  /** The cell's formula, when it holds one. */
  formula?: string;
}

/** What the writer read from the workbook. */
export interface WorkbookNow {
  sheetNames: string[];
  /** The actual cells of the template the workbook names point at; null when there is no template. */
  templateCells: TemplateCell[] | null;
  /** The sheet each report name points at now (a report the add-in wrote earlier). */
  reportSheets: Partial<Record<ReportRole, string>>;
  /** Why template tables the names point at could not be read (their actuals then have no cell). */
  templateProblems: string[];
}

export interface ReportSheetPlan {
  role: ReportRole;
  /** The name it ends with. */
  name: string;
  /** The add-in's earlier sheet it replaces (same name), or null. */
  replaces: string | null;
  /** Written under this name first, then swapped in. */
  temporary: string;
  rows: number;
  charts: number;
}

export interface ConsolidationWritePlan {
  /** No template in the workbook: the filled template (all lead units) is inserted. */
  insertTemplate: boolean;
  /** Empty cells that get their merged actual. */
  fills: CellChange[];
  /** Cells that already hold the merged actual. */
  same: number;
  /** Cells holding another value or a formula: written only when ticked. */
  differing: CellChange[];
  /** Merged actuals this workbook's template has no cell for (e.g. a template of one lead unit). */
  unplaced: PlacedActual[];
  sheets: ReportSheetPlan[];
  /** What kept template tables from being read, in words. */
  problems: string[];
}

/** The merged actuals, each in its cell of the description's template (the one inserted where there is none). */
function actualsOf(workbook: ConsolidationWorkbook): CellChange[] {
  const cells = new Map(
    workbook.template.sheets.flatMap((sheet) =>
      sheet.cells.flatMap((cell) =>
        cell.actualOf
          ? [[valueKey(cell.actualOf.indicatorId, cell.actualOf.year), { sheet: sheet.name, cell }] as const]
          : [],
      ),
    ),
  );
  return workbook.actuals.flatMap(({ indicatorId, year, value }) => {
    const at = cells.get(valueKey(indicatorId, year));
    if (!at) return [];
    const address = cellAddress(at.cell.row, at.cell.column);
    return [{ sheet: at.sheet, address, indicatorId, year, value, current: "" }];
  });
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const isEmpty = (cell: TemplateCell) => cell.formula === undefined && (cell.raw === "" || cell.raw === null);
const holds = (cell: TemplateCell, value: number) => typeof cell.raw === "number" && close(cell.raw, value);

function placeActuals(actuals: readonly PlacedActual[], cells: readonly TemplateCell[]) {
  const byKey = new Map<string, TemplateCell>();
  for (const cell of cells) {
    const key = valueKey(cell.indicatorId, cell.year);
    if (!byKey.has(key)) byKey.set(key, cell);
  }
  const placed = {
    fills: [] as CellChange[],
    same: 0,
    differing: [] as CellChange[],
    unplaced: [] as PlacedActual[],
  };
  for (const actual of actuals) {
    const cell = byKey.get(valueKey(actual.indicatorId, actual.year));
    const { indicatorId, year, value } = actual;
    if (!cell) {
      placed.unplaced.push({ indicatorId, year, value });
      continue;
    }
    if (holds(cell, actual.value)) {
      placed.same += 1;
      continue;
    }
    const change: CellChange = {
      sheet: cell.sheet,
      address: cell.address,
      indicatorId,
      year,
      value,
      current: cell.raw,
      ...(cell.formula !== undefined ? { formula: cell.formula } : {}),
    };
    (isEmpty(cell) ? placed.fills : placed.differing).push(change);
  }
  return placed;
}

function sheetPlans(workbook: ConsolidationWorkbook, now: WorkbookNow): ReportSheetPlan[] {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  // The earlier report is replaced while it has the name it was given: `数据来源`, or `数据来源 (2)`
  // when a user's own 数据来源 was there (the name a new report would get again without it).
  const replacing = new Map(
    workbook.sheets.flatMap((sheet) => {
      const earlier = now.reportSheets[sheet.role];
      if (earlier === undefined) return [];
      const others = new Set(now.sheetNames.filter((name) => !same(name, earlier)));
      const given = same(earlier, sheet.name) || same(earlier, freeName(sheet.name, others));
      return given ? [[sheet.role, earlier] as const] : [];
    }),
  );
  const replaced = new Set([...replacing.values()].map((name) => name.toLowerCase()));
  const taken = new Set(now.sheetNames.filter((name) => !replaced.has(name.toLowerCase())));
  const names = workbook.sheets.map((sheet) => {
    const earlier = replacing.get(sheet.role);
    const name =
      earlier === undefined ? freeName(sheet.name, taken) : same(earlier, sheet.name) ? sheet.name : earlier;
    taken.add(name);
    return name;
  });
  const everything = new Set([...now.sheetNames, ...names]);
  return workbook.sheets.map((sheet, index) => {
    const temporary = freeName(`BL_new_${sheet.role}`, everything);
    everything.add(temporary);
    return {
      role: sheet.role,
      name: names[index] ?? sheet.name,
      replaces: replacing.get(sheet.role) ?? null,
      temporary,
      rows: sheet.rows.length,
      charts: sheet.charts.length,
    };
  });
}

export function planConsolidationWrite(
  workbook: ConsolidationWorkbook,
  now: WorkbookNow,
): ConsolidationWritePlan {
  const sheets = sheetPlans(workbook, now);
  const problems = now.templateProblems;
  // Without a template, the filled one is inserted: every merged actual lands in an empty cell of it.
  if (now.templateCells === null) {
    const fills = actualsOf(workbook);
    return { insertTemplate: true, fills, same: 0, differing: [], unplaced: [], sheets, problems };
  }
  return { insertTemplate: false, ...placeActuals(workbook.actuals, now.templateCells), sheets, problems };
}

const sameRaw = (a: RawCellValue, b: RawCellValue) =>
  a === b || ((a === "" || a === null) && (b === "" || b === null));

/**
 * The differing cells to write: those the user ticked, and only while they still hold what the
 * confirmation showed and would take the figure it showed (a cell edited since, or a 汇总 changed
 * since, is left as it is).
 */
export function overwritesOf(plan: ConsolidationWritePlan, ticked: readonly CellChange[]): CellChange[] {
  return plan.differing.filter((change) =>
    ticked.some(
      (t) =>
        t.sheet === change.sheet &&
        t.address === change.address &&
        t.indicatorId === change.indicatorId &&
        t.year === change.year &&
        t.value === change.value &&
        sameRaw(t.current, change.current) &&
        t.formula === change.formula,
    ),
  );
}

/**
 * Whether a template cell still holds what the write's read found (its value, and its formula or none),
 * checked just before the write: a cell typed into meanwhile is left as it is.
 */
export function stillAsRead(change: CellChange, value: unknown, formula: unknown): boolean {
  const hasFormula = typeof formula === "string" && formula.startsWith("=");
  const raw =
    typeof value === "number" || typeof value === "string" || typeof value === "boolean" ? value : null;
  return (
    sameRaw(raw, change.current) && (hasFormula ? formula === change.formula : change.formula === undefined)
  );
}
