/**
 * 汇总 into the open workbook: the merged actuals into the template's actual cells, and the report
 * sheets 数据来源, 进度总览 (with native charts) and 情况分析, as src/consolidation describes them.
 * What it does is decided by src/consolidation/write-plan.ts from one read, whatever the number of
 * files and indicators:
 *   preview  syncs 1–2 only (the pane's confirmation lists what the write will do);
 *            (a workbook with none of the add-in's names skips sync 2: nothing to read)
 *   write    sync 1  the sheets and the workbook names (template tables, reports);
 *            sync 2  the template's actual cells and the report sheets, through the names that exist;
 *            sync 3  write each report sheet whole under a temporary name (on failure they are deleted);
 *            (no template in the workbook: the filled template is inserted, `insertLayout`'s syncs)
 *            sync 4  the template cells (empty ones, and those the user ticked and that still hold what
 *                    the confirmation showed), then the swap: the add-in's earlier report sheets go, the
 *                    new ones take their names and places, the BL_Report_* names point at them.
 * Every string goes to `values` with a leading apostrophe: Excel would read "=1/0", "+63" or "-" from a
 * returned file as a formula, and "63" or "12%" as a number; the apostrophe keeps it text as written.
 */
import type { ConsolidationOutcome, ConsolidationWrite } from "../host/contract";
import type { ConsolidationWorkbook, ReportChart, ReportSheet } from "../consolidation/report-layout";
import { reportLooks, type ReportRole } from "../consolidation/report-layout";
import { reportGrid } from "../consolidation/report-regions";
import {
  overwritesOf,
  planConsolidationWrite,
  stillAsRead,
  reportNames,
  type ConsolidationWritePlan,
  type WorkbookNow,
} from "../consolidation/write-plan";
import type { Plan } from "../model/types";
import { cellAddress, parseCell } from "../template/address";
import { asTypedInput } from "../template/carry-actuals";
import { orderAfter } from "../template/insertion-sheets";
import { insertLayout } from "./insert-template";
import { allFeatures, applyGrid, applyLook, pointsPerCharacter, type HostFeatures } from "./layout-sheet";
import { queueTableNames, queueTemplateRead } from "./template-tables";

const roles = Object.keys(reportNames) as ReportRole[];

interface Read {
  now: WorkbookNow;
  /** Report names that exist (pointing at a sheet or not): replaced by new ones in the swap. */
  namedRoles: ReportRole[];
}

/**
 * Syncs 1 and 2, the reads: the sheets and the names (template tables and reports) first; then the
 * template's tables and the sheets the report names point at, reached only through names sync 1 found
 * (what Excel does with the children of a null object is not documented: see template-tables.ts).
 */
async function readWorkbook(context: Excel.RequestContext, plan: Plan): Promise<Read> {
  // Sync 1
  const worksheets = context.workbook.worksheets.load("items/name");
  const tableNames = queueTableNames(context);
  const reportItems = roles.map((role) => ({
    role,
    item: context.workbook.names.getItemOrNullObject(reportNames[role]).load("type"),
  }));
  await context.sync();
  // Sync 2
  const template = queueTemplateRead(context, plan, tableNames);
  const reports = reportItems
    .filter(({ item }) => !item.isNullObject && item.type === "Range")
    .map(({ role, item }) => ({ role, worksheet: item.getRange().worksheet.load("name") }));
  // In a workbook without any of these names there is nothing to read: no second trip.
  const named = [...tableNames, ...reportItems].some(
    ({ item }) => !item.isNullObject && item.type === "Range",
  );
  if (named) await context.sync();
  const { tables, problems, notes } = template();
  const hasTemplate = tables.length > 0 || problems.length > 0;
  return {
    now: {
      sheetNames: worksheets.items.map((sheet) => sheet.name),
      templateCells: hasTemplate ? tables.flatMap((table) => table.cells.actuals) : null,
      reportSheets: Object.fromEntries(reports.map(({ role, worksheet }) => [role, worksheet.name])),
      templateProblems: [...problems, ...notes.filter((n) => n.severity === "错误").map((n) => n.message)],
    },
    namedRoles: reportItems.filter(({ item }) => !item.isNullObject).map(({ role }) => role),
  };
}

/** What a write would do: one read, nothing written. */
export async function previewConsolidation(
  context: Excel.RequestContext,
  plan: Plan,
  workbook: ConsolidationWorkbook,
): Promise<ConsolidationWritePlan> {
  // Syncs 1 and 2
  const { now } = await readWorkbook(context, plan);
  return planConsolidationWrite(workbook, now);
}

export async function writeConsolidation(
  context: Excel.RequestContext,
  plan: Plan,
  { workbook, overwrite, password }: ConsolidationWrite,
  features: HostFeatures = allFeatures,
): Promise<ConsolidationOutcome> {
  const worksheets = context.workbook.worksheets;

  // Syncs 1 and 2: what is there.
  const { now, namedRoles } = await readWorkbook(context, plan);
  const decided = planConsolidationWrite(workbook, now);
  const overwrites = overwritesOf(decided, overwrite);

  // Sync 3: the report sheets, complete, under temporary names; whether each template cell to write is
  // locked on a protected sheet (the template unlocks its actual cells; a user may have locked one); and
  // what each holds now, read after the report sheets are written (a user may type while they are).
  context.workbook.application.suspendApiCalculationUntilNextSync();
  decided.sheets.forEach((sheet, index) =>
    queueReportSheet(worksheets.add(sheet.temporary), workbook.sheets[index] as ReportSheet, features),
  );
  const protections = new Map<string, Excel.WorksheetProtection>();
  const protectionOf = (sheet: string) => {
    const known = protections.get(sheet) ?? worksheets.getItem(sheet).protection.load("protected");
    protections.set(sheet, known);
    return known;
  };
  const targets = (decided.insertTemplate ? [] : [...decided.fills, ...overwrites]).map((change) => {
    const range = worksheets.getItem(change.sheet).getRange(change.address);
    return {
      change,
      range,
      protection: protectionOf(change.sheet),
      locked: range.format.protection.load("locked"),
      now: range.load("values, formulas"),
    };
  });
  const temporary = decided.sheets.map((sheet) => sheet.temporary);
  let insertedTemplate: string[] | null = null;
  try {
    await context.sync();
    // Without a template, the filled one (every merged actual in its cell) goes in first.
    if (decided.insertTemplate) {
      const outcome = await insertLayout(context, {
        layout: workbook.template,
        mode: "ask",
        password,
        features,
      });
      if (outcome.status !== "inserted") throw new Error(`template not inserted: ${outcome.status}`);
      insertedTemplate = outcome.sheets;
    }
  } catch (error) {
    return deleteSheets(context, temporary, error);
  }

  // Sync 4: the template cells that take a value and still hold what sync 2 read, then the swap.
  const refused = targets.filter(({ protection, locked }) => protection.protected && locked.locked);
  const changedSince = targets.filter(
    (target) =>
      !refused.includes(target) &&
      !stillAsRead(target.change, target.now.values[0]?.[0], target.now.formulas[0]?.[0]),
  );
  const writable = targets.filter((target) => !refused.includes(target) && !changedSince.includes(target));
  for (const { change, range } of writable) range.values = [[change.value]];
  const writes = writable.map(({ change }) => change);
  const replaced = decided.sheets.flatMap((sheet) => (sheet.replaces === null ? [] : [sheet.replaces]));
  for (const name of replaced) worksheets.getItem(name).delete();
  for (const role of namedRoles) context.workbook.names.getItem(reportNames[role]).delete();
  for (const sheet of decided.sheets) {
    const worksheet = worksheets.getItem(sheet.temporary);
    worksheet.name = sheet.name;
    context.workbook.names.add(reportNames[sheet.role], worksheet.getRange("A1"));
  }
  const finals = decided.sheets.map((sheet) => sheet.name);
  const order = orderAfter([...now.sheetNames, ...(insertedTemplate ?? [])], replaced, new Map(), finals);
  // Only the sheets this write made are moved (the user's keep their order, and a user's sheet renamed
  // meanwhile cannot fail the batch); placed in ascending order, each move leaves those before it.
  const made = new Set([...finals, ...(insertedTemplate ?? [])]);
  order.forEach((name, position) => {
    if (made.has(name)) worksheets.getItem(name).position = position;
  });
  const overview = decided.sheets.find((sheet) => sheet.role === "overview");
  if (overview) worksheets.getItem(overview.name).activate();
  try {
    await context.sync();
  } catch (error) {
    return deleteSheets(context, temporary, error);
  }
  const kept = [
    ...decided.differing.filter((change) => !overwrites.includes(change)),
    ...changedSince.map(({ change }) => change),
  ];
  const locked = refused.map(({ change }) => change);
  // An inserted template's sheets may have taken free names ("… (2)") beside same-named sheets.
  const insertedName = new Map(
    workbook.template.sheets.map((sheet, index) => [sheet.name, insertedTemplate?.[index] ?? sheet.name]),
  );
  return {
    insertedTemplate,
    written: decided.insertTemplate
      ? decided.fills.map((change) => ({ ...change, sheet: insertedName.get(change.sheet) ?? change.sheet }))
      : writes,
    overwritten: overwrites.filter((change) => writes.includes(change)).length,
    kept,
    locked,
    unplaced: decided.unplaced.length,
    sheets: finals,
    replaced,
  };
}

/** A write failed: the temporary sheets still there are deleted (two more syncs, only on this path). */
async function deleteSheets(context: Excel.RequestContext, names: string[], error: unknown): Promise<never> {
  const worksheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const present = new Set(worksheets.items.map((sheet) => sheet.name));
  for (const name of names) if (present.has(name)) worksheets.getItem(name).delete();
  await context.sync();
  throw error;
}

const chartTypes: Record<ReportChart["kind"], "BarClustered" | "BarStacked"> = {
  bar: "BarClustered",
  stackedBar: "BarStacked",
};

/** One report sheet, queued: values and number formats as two matrices, looks region by region, charts. */
function queueReportSheet(worksheet: Excel.Worksheet, sheet: ReportSheet, features: HostFeatures): void {
  const grid = reportGrid(sheet);
  const whole = worksheet.getRangeByIndexes(0, 0, grid.rowCount, grid.columnCount);
  whole.values = grid.values.map((row) => row.map(asTypedInput));
  whole.numberFormat = grid.numberFormats;
  for (const region of grid.regions) {
    const range = worksheet.getRange(region.range);
    const look = reportLooks[region.style];
    applyLook(range, look);
    if (look.border === "grid") applyGrid(range);
  }
  sheet.columnWidths.forEach((width, column) => {
    worksheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = width * pointsPerCharacter;
  });
  whole.format.autofitRows();
  if (sheet.frozenRows > 0) worksheet.freezePanes.freezeRows(sheet.frozenRows);
  for (const chart of sheet.charts) queueChart(worksheet, chart);
  if (features.pageLayout) {
    worksheet.pageLayout.orientation = "Landscape";
    worksheet.pageLayout.paperSize = "A4";
    worksheet.pageLayout.zoom = { horizontalFitToPages: 1 };
  }
}

/** A native chart over the sheet's own ranges: the first series makes it, the others are added to it. */
function queueChart(worksheet: Excel.Worksheet, chart: ReportChart): void {
  const [first, ...others] = chart.series;
  if (!first) return;
  const made = worksheet.charts.add(chartTypes[chart.kind], worksheet.getRange(first.values), "Columns");
  made.title.text = chart.title;
  const categories = worksheet.getRange(chart.categories);
  const series = made.series.getItemAt(0);
  series.name = first.name;
  series.setXAxisValues(categories);
  for (const other of others) {
    const added = made.series.add(other.name);
    added.setValues(worksheet.getRange(other.values));
    added.setXAxisValues(categories);
  }
  const { row, column } = parseCell(chart.anchor);
  made.setPosition(chart.anchor, cellAddress(row + chart.rows, column + chart.columns));
}
