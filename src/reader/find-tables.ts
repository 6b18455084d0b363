/**
 * Finds the template's tables in a returned workbook (pure, over a WorkbookView):
 * - by the workbook-scoped names BL_Annex1/BL_Annex2/BL_Body, as the template wrote them;
 * - a sheet-scoped copy of a name marks a copy of the sheet (Excel's 移动或复制 and LibreOffice's copy
 *   make one): the copy is compared with the original and reported, never read in its place;
 * - when the names are gone (WPS and others may drop them), by a header row with 代码 and year columns
 *   whose 代码 column lists the plan's indicators: a sheet of the unit's own notes is not a table.
 */
import { failure, success, type Result } from "../core/result";
import type { Plan } from "../model/types";
import { propertiesSheetName } from "../template/properties";
import { findColumns, headerText } from "../template/read-headers";
import { tableNames, type SheetRole } from "../template/types";
import { readMessages as say } from "./messages";
import { readNote, readTable } from "./read-table";
import { tableContextOf } from "./template-record";
import type { DefinedName, ReadNote, SheetView, TableRead, TemplateRecord, WorkbookView } from "./types";

export interface FoundTables {
  tables: TableRead[];
  notes: ReadNote[];
  foundBy: "names" | "headers";
}

const roles = Object.keys(tableNames) as SheetRole[];

/** "'附件2 目标任务分解'!$A$3:$T$44" → the sheet's name and the rectangle; null for "#REF!" and the like. */
function referenceOf(
  reference: string,
): { sheet: string; top: number; left: number; bottom: number; right: number } | null {
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(
    reference.trim(),
  );
  if (!match) return null;
  const [, quoted, plain, c1 = "A", r1 = "1", c2 = c1, r2 = r1] = match;
  const column = (letters: string) => [...letters].reduce((sum, l) => sum * 26 + l.charCodeAt(0) - 64, 0) - 1;
  const sheet = quoted !== undefined ? quoted.replace(/''/g, "'") : (plain ?? "");
  return { sheet, top: Number(r1) - 1, left: column(c1), bottom: Number(r2) - 1, right: column(c2) };
}

type Located = { sheet: SheetView; top: number; left: number; bottom: number; right: number };

function locate(view: WorkbookView, name: DefinedName): Located | null {
  const reference = referenceOf(name.reference);
  const sheet = reference && view.sheets.find((candidate) => candidate.name === reference.sheet);
  return reference && sheet ? { ...reference, sheet } : null;
}

const readAt = (plan: Plan, record: TemplateRecord | null, role: SheetRole, at: Located): Result<TableRead> =>
  readTable(plan, at.sheet.read(at.top, at.left, at.bottom, at.right), tableContextOf(plan, record, role));

/** How a copy differs from its original: cells of the same indicator and year holding other values. */
function copyNote(copy: TableRead, original: TableRead): ReadNote {
  const key = (c: { indicatorId: string; year: number }) => `${c.indicatorId}|${c.year}`;
  const originals = new Map(original.actuals.map((cell) => [key(cell), cell.raw]));
  const blank = (raw: unknown) => raw === "" || raw === null || raw === undefined;
  const differing = copy.actuals.filter((cell) => {
    const other = originals.get(key(cell));
    return !(blank(cell.raw) && blank(other)) && cell.raw !== other;
  });
  const [first] = differing;
  const example = first
    ? say.copyDifference(
        first.indicatorId,
        first.year,
        shownRaw(first.raw),
        shownRaw(originals.get(key(first))),
      )
    : null;
  return readNote(
    "copy-of-table",
    differing.length > 0 ? "警告" : "提示",
    say.copyOfTable(copy.sheet, original.sheet, differing.length, example),
    {
      sheet: copy.sheet,
    },
  );
}

const shownRaw = (raw: unknown): string | number | null =>
  raw === "" || raw === null || raw === undefined ? null : typeof raw === "number" ? raw : String(raw);

/** The tables the workbook names point at, with the copies reported. */
function byNames(plan: Plan, view: WorkbookView, record: TemplateRecord | null): Result<FoundTables> {
  const found: FoundTables = { tables: [], notes: [], foundBy: "names" };
  for (const role of roles) {
    const named = view.names.filter((name) => name.name.toUpperCase() === tableNames[role].toUpperCase());
    const global = named.filter((name) => name.sheetScope === null);
    const scoped = named.filter((name) => name.sheetScope !== null);
    let primary: DefinedName | undefined = global[0];
    if (primary === undefined && scoped.length > 1) {
      found.notes.push(
        readNote(
          "ambiguous-name",
          "错误",
          say.ambiguousName(
            tableNames[role],
            scoped.map((n) => n.sheetScope ?? ""),
          ),
        ),
      );
      continue;
    }
    primary ??= scoped[0];
    if (primary === undefined) continue;
    const at = locate(view, primary);
    if (at === null) {
      found.notes.push(readNote("broken-name", "警告", say.badTableName(primary.name, primary.reference)));
      continue;
    }
    const table = readAt(plan, record, role, at);
    if (!table.ok) return table;
    found.tables.push(table.value);
    for (const copy of scoped.filter((name) => name !== primary)) {
      const copyAt = locate(view, copy);
      if (copyAt === null || copyAt.sheet === at.sheet) continue;
      const copied = readAt(plan, record, role, copyAt);
      if (copied.ok) found.notes.push(copyNote(copied.value, table.value));
    }
  }
  return success(found);
}

/** How many rows below the top a header row is looked for. */
const headerSearchRows = 200;

/**
 * A sheet without names: its table starts at the first row with a 代码 cell and a year column, and is
 * taken only when most codes under it are the plan's (a notes sheet with its own codes is not).
 */
function tableByHeaders(plan: Plan, sheet: SheetView, record: TemplateRecord | null): TableRead | null {
  if (sheet.rowCount === 0 || sheet.columnCount === 0) return null;
  const known = new Set(plan.indicators.map((i) => i.id.toUpperCase()));
  const lastRow = sheet.rowCount - 1;
  const lastColumn = sheet.columnCount - 1;
  const top = sheet.read(0, 0, Math.min(lastRow, headerSearchRows), lastColumn).values.findIndex((row) => {
    const columns = findColumns(row);
    return columns.id !== null && columns.actual.size > 0;
  });
  if (top < 0) return null;
  const cells = sheet.read(top, 0, lastRow, lastColumn);
  const columns = findColumns(cells.values[0] ?? []);
  const codes = cells.values
    .slice(1)
    .map((row) => headerText(row[columns.id ?? 0]))
    .filter((code) => code !== "");
  const ours = codes.filter((code) => known.has(code.toUpperCase()));
  if (ours.length === 0 || ours.length * 2 < codes.length) return null;
  const annex = (id: string) => plan.indicators.find((i) => i.id.toUpperCase() === id.toUpperCase())?.annex;
  const role: SheetRole = columns.baseline
    ? "annex1"
    : ours.some((code) => annex(code) === 2)
      ? "annex2"
      : "body";
  const read = readTable(plan, cells, tableContextOf(plan, record, role, record !== null));
  return read.ok ? read.value : null;
}

export function findTables(
  plan: Plan,
  view: WorkbookView,
  record: TemplateRecord | null,
): Result<FoundTables> {
  const named = byNames(plan, view, record);
  if (!named.ok || named.value.tables.length > 0) return named;
  const tables = view.sheets
    .filter((sheet) => sheet.name !== propertiesSheetName)
    .flatMap((sheet) => tableByHeaders(plan, sheet, record) ?? []);
  if (tables.length === 0) {
    const problems = named.value.notes.filter((n) => n.severity === "错误");
    return failure("invalidValue", problems[0]?.message ?? say.notTemplate(Object.values(tableNames)));
  }
  const notes = [...named.value.notes, readNote("found-by-headers", "提示", say.foundByHeaders)];
  return success({ tables, notes, foundBy: "headers" });
}
