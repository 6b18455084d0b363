/**
 * What an insertion does to a workbook, decided from what the workbook holds (read first, as plain
 * data): ask before touching an existing template; `update` rebuilds it keeping every actual by
 * indicator id; `copy` adds numbered sheets the names then point at. New sheets are written under
 * temporary names and swapped in only once complete.
 */
import { actualsInTable, withActuals, type CarriedActual, type TableValues } from "./carry-actuals";
import { remarksInTable, withRemarks, type CarriedRemark } from "./carry-remarks";
import { finalNames, orderAfter, renameByRole } from "./insertion-sheets";
import { freeName, keptName } from "./sheet-names";
import type { SheetRole, TemplateLayout } from "./types";

export type InsertMode = "ask" | "update" | "copy";

/** A template table found through its workbook name. */
export interface ExistingTable extends TableValues {
  role: SheetRole;
}

export interface WorkbookState {
  sheetNames: string[];
  /** Template tables whose names point at a range. */
  tables: ExistingTable[];
  /** Roles whose workbook name exists at all (some may point nowhere, e.g. after a sheet was deleted). */
  namedRoles: SheetRole[];
}

export interface SheetSwap {
  role: SheetRole;
  temporary: string;
  final: string;
}

export interface WritePlan {
  kind: "write";
  /** The layout under its final sheet names, carried actuals in place. */
  layout: TemplateLayout;
  swaps: SheetSwap[];
  /** Old template sheets: deleted, or renamed and kept where actuals no new row takes stay on them. */
  remove: string[];
  keep: { from: string; to: string }[];
  kept: CarriedActual[];
  /** Carried actuals left on a kept old sheet (sheet and address name where they are now). */
  orphans: CarriedActual[];
  /** 备注 moved to their indicator's new row, and those left on a kept old sheet. */
  keptRemarks: CarriedRemark[];
  orphanRemarks: CarriedRemark[];
  /** Every sheet of the workbook afterwards, in order: an update puts the new sheets where the old ones were. */
  order: string[];
}

export type InsertionPlan = { kind: "needs-choice"; existingSheets: string[] } | WritePlan;

const unique = <T>(items: T[]) => [...new Set(items)];

export function planInsertion(layout: TemplateLayout, state: WorkbookState, mode: InsertMode): InsertionPlan {
  const oldSheets = unique(state.tables.map((table) => table.sheet));
  if (oldSheets.length > 0 && mode === "ask") return { kind: "needs-choice", existingSheets: oldSheets };
  const replacing = mode === "update" ? oldSheets : [];
  const others = new Set(state.sheetNames.filter((name) => !replacing.includes(name)));
  const finals = finalNames(layout, state, mode, others);
  const taken = new Set([...state.sheetNames, ...finals.values()]);
  const swaps = layout.sheets.map((sheet) => {
    const temporary = freeName(`BL_new_${sheet.role}`, taken);
    taken.add(temporary);
    return { role: sheet.role, temporary, final: finals.get(sheet.role) ?? sheet.name };
  });
  const named = renameByRole(layout, finals);
  const replaced = state.tables.filter((table) => replacing.includes(table.sheet));
  const carried = withActuals(named, replaced.flatMap(inputActuals));
  const remarked = withRemarks(carried.layout, replaced.flatMap(inputRemarks));
  const keep = unique([...carried.orphans, ...remarked.orphans].map((orphan) => orphan.sheet)).map((from) => {
    const to = keptName(from, taken);
    taken.add(to);
    return { from, to };
  });
  const movedTo = new Map(keep.map(({ from, to }) => [from, to]));
  const remove = replacing.filter((sheet) => !movedTo.has(sheet));
  return {
    kind: "write",
    layout: remarked.layout,
    swaps,
    remove,
    keep,
    kept: carried.kept,
    orphans: carried.orphans.map((orphan) => ({
      ...orphan,
      sheet: movedTo.get(orphan.sheet) ?? orphan.sheet,
    })),
    keptRemarks: remarked.kept,
    orphanRemarks: remarked.orphans.map((orphan) => ({
      ...orphan,
      sheet: movedTo.get(orphan.sheet) ?? orphan.sheet,
    })),
    order: orderAfter(
      state.sheetNames,
      replacing,
      movedTo,
      swaps.map(({ final }) => final),
    ),
  };
}

/** 附件1 shows 附件2's actuals by formula: only 附件2 and the body sheet hold typed actuals and 备注. */
const inputActuals = (table: ExistingTable): CarriedActual[] =>
  table.role === "annex1" ? [] : actualsInTable(table);
const inputRemarks = (table: ExistingTable): CarriedRemark[] =>
  table.role === "annex1" ? [] : remarksInTable(table);
