/**
 * `createInMemoryWorkbook()`: a stand-in for `Excel.run` with Office.js's proxy/load/sync
 * discipline, plus a test API to arrange and inspect the workbook and to simulate a user.
 */

import { formatAddress, formatRect, parseAddress, type Rect } from "./address";
import { forEachPosition } from "./cell-store";
import { Context } from "./context";
import { Engine, type InMemoryWorkbookOptions } from "./engine";
import { excelError, UserEditRejectedError } from "./errors";
import { inspectSheet, type SheetInspector } from "./inspect";
import { nameSnapshot } from "./names";
import { customPropertyType } from "./properties";
import { nodeOf } from "./proxy";
import { validationLookup } from "./range-format";
import { displayed, mergeAreaAt } from "./range-ref";
import { addSheetDirect, requireSheet } from "./sheet";
import type { SheetState } from "./state";
import { evaluateRule, type Rule } from "./validation";
import { changedEventArgs, workbookSpec } from "./workbook";
import { cloneData, describeScalar, EMPTY, parseInput, type CellContent, type CellScalar } from "./values";

export interface TypeIntoCellResult {
  /** The cell that received the entry (the anchor when typing into a merged area). */
  readonly address: string;
  /** A Warning/Information alert Excel would have shown (the user confirmed it), else null. */
  readonly alert: Readonly<Record<string, unknown>> | null;
}

export interface NameSnapshot {
  readonly name: string;
  readonly formula: string;
  readonly comment: string;
  readonly visible: boolean;
}

export interface CustomPropertySnapshot {
  readonly key: string;
  readonly value: unknown;
  readonly type: string;
}

export interface InMemoryWorkbook {
  /** Same overloads as `Excel.run`; pass `wb.run` wherever product code expects `Excel.run`. */
  readonly run: typeof Excel.run;
  /** Calls of `context.sync()` (run's implicit final sync is not a call, so not counted). */
  readonly syncCount: number;
  /** Syncs that carried at least one operation, including run's implicit final sync. */
  readonly roundTripCount: number;
  /** Operations queued: property sets, actions, loads, *OrNullObject instantiations, event add/remove. */
  readonly queuedOperationCount: number;
  readonly runCount: number;
  /** Queued operations per location, e.g. { "Range.values": 3, "Range.load": 1 }. */
  operationCounts(): Record<string, number>;
  resetCounters(): void;

  sheetNames(): string[];
  sheet(name: string): SheetInspector;
  activeSheetName(): string;
  /** Adds a sheet directly (Excel's naming rules apply). */
  addSheet(name: string): SheetInspector;
  /**
   * Simulates a user typing into one cell: Excel's input parsing, protection (locked cells on a
   * protected sheet are refused) and data validation (a "Stop" alert refuses the entry) apply, and
   * onChanged fires with triggerSource "Unknown". Throws UserEditRejectedError when refused.
   * `{ source: "Remote" }`: a coauthor typed it, and the event says so (`source` "Remote").
   */
  typeIntoCell(
    sheet: string,
    address: string,
    input: string | number | boolean,
    options?: { source?: "Local" | "Remote" },
  ): TypeIntoCellResult;
  /**
   * Simulates a user in cell-edit mode (typing in `address`, Enter not yet pressed): a batch sent now
   * fails with InvalidOperationInCellEditMode, or waits when run with `{ delayForCellEdit: true }`.
   */
  startCellEdit(sheet: string, address: string): void;
  /** Ends cell-edit mode: with `input`, the user pressed Enter (typed as by `typeIntoCell`); without, Esc. Waiting batches then run. */
  endCellEdit(input?: string | number | boolean): TypeIntoCellResult | null;
  /** Raw write for arranging tests: no parsing ("12" stays a string), no protection, no events. */
  setCellValue(
    sheet: string,
    address: string,
    value: CellScalar | null | ReadonlyArray<ReadonlyArray<CellScalar | null>>,
  ): void;
  /** Raw formula write, optionally with its computed value. */
  setCellFormula(sheet: string, address: string, formula: string, computed?: CellScalar): void;
  /** Sets the value a formula cell shows (the emulator does not calculate). */
  setComputedValue(sheet: string, address: string, value: CellScalar): void;
  names(): NameSnapshot[];
  customProperties(): CustomPropertySnapshot[];
  documentProperties(): Record<string, unknown>;
  /** The selection: sheet name and address (e.g. "B2:C3"). */
  selection(): { sheet: string; address: string };
  /** Things Office.js would do silently that a test may want to know (NaN sent as null, uncomputed formulas read…). */
  warnings(): string[];
  /** Errors thrown by onChanged handlers. */
  handlerErrors(): unknown[];
  /** Resolves when all pending event handlers have finished. */
  settle(): Promise<void>;
}

const DEFAULT_ALERT = { showAlert: true, style: "Stop", title: "", message: "" };

function requireRect(address: string): Rect {
  const parsed = parseAddress(address);
  if (!parsed) throw new Error(`in-memory Excel: '${address}' is not a valid address`);
  return parsed.rect;
}

function singleCell(sheet: SheetState, address: string): { row: number; col: number } {
  const rect = requireRect(address);
  if (rect.rowCount !== 1 || rect.colCount !== 1) {
    const merge = mergeAreaAt(sheet, rect.row, rect.col);
    const isMerge =
      merge &&
      merge.row === rect.row &&
      merge.col === rect.col &&
      merge.rowCount === rect.rowCount &&
      merge.colCount === rect.colCount;
    if (!isMerge) throw new Error(`in-memory Excel: '${address}' is not a single cell`);
  }
  const merge = mergeAreaAt(sheet, rect.row, rect.col);
  return merge ? { row: merge.row, col: merge.col } : { row: rect.row, col: rect.col };
}

function typeInto(
  engine: Engine,
  sheet: SheetState,
  address: string,
  input: string | number | boolean,
  source: "Local" | "Remote" = "Local",
): TypeIntoCellResult {
  const { row, col } = singleCell(sheet, address);
  const cell = formatAddress(sheet.name, { row, col, rowCount: 1, colCount: 1 });
  const style = sheet.cells.styleAt(row, col);
  if (sheet.protection.protected && style.locked) {
    throw new UserEditRejectedError("protected", `${cell} is locked on protected sheet '${sheet.name}'`);
  }
  const parsed = parseInput(input, style.numberFormat);
  if (parsed.kind === "invalid")
    throw new UserEditRejectedError("invalid-input", `${cell}: ${parsed.reason}`);
  if (parsed.kind === "skip") return { address: cell, alert: null };
  let alert: Record<string, unknown> | null = null;
  if (parsed.kind === "content" && style.dvRule) {
    const lookup = validationLookup({ sheet, rect: { row, col, rowCount: 1, colCount: 1 } }, engine.state);
    const verdict = evaluateRule(style.dvRule as Rule, style.dvIgnoreBlanks, parsed.content, lookup);
    const errorAlert = { ...DEFAULT_ALERT, ...(style.dvErrorAlert ?? {}) };
    if (verdict === "invalid" && errorAlert.showAlert === true) {
      if (errorAlert.style === "Stop") {
        throw new UserEditRejectedError(
          "validation",
          `${cell}: '${String(input)}' violates the cell's data validation`,
          errorAlert,
        );
      }
      alert = errorAlert;
    }
  }
  const before = displayed(sheet, row, col);
  const rec = sheet.cells.ensure(row, col);
  rec.computed = null;
  if (parsed.kind === "formula") {
    rec.formula = parsed.formula;
    rec.content = EMPTY;
  } else {
    rec.formula = null;
    rec.content = parsed.content;
    if (parsed.autoFormat && rec.style.numberFormat === "General")
      rec.style = { ...rec.style, numberFormat: parsed.autoFormat };
  }
  const after = displayed(sheet, row, col);
  engine.events.dispatch(
    [
      {
        sheetId: sheet.id,
        rect: { row, col, rowCount: 1, colCount: 1 },
        triggerSource: "Unknown",
        source,
        before,
        after,
      },
    ],
    changedEventArgs,
  );
  return { address: cell, alert };
}

function rawContent(value: CellScalar): CellContent {
  return describeScalar(value);
}

function runWith(engine: Engine, contexts: WeakMap<object, Context>) {
  const contextFor = (arg: unknown): Context | null => {
    if (typeof arg === "function" || arg === undefined || arg === null) return null;
    if (Array.isArray(arg)) return contextFor(arg[0]);
    if (typeof arg === "object") {
      const known = contexts.get(arg);
      if (known) return known;
      const node = nodeOf(arg);
      if (node) return node.ctx as Context;
      const previous = (arg as { previousObject?: unknown }).previousObject;
      if (previous !== undefined) return contextFor(previous);
      if ("delayForCellEdit" in arg) return null;
    }
    throw excelError(
      "InvalidArgument",
      "Excel.run",
      "the first argument must be a batch function, a RequestContext, an Excel object or RunOptions",
    );
  };

  async function run<T>(first: unknown, second?: unknown): Promise<T> {
    const batch = (typeof first === "function" ? first : second) as
      ((context: Excel.RequestContext) => Promise<T>) | undefined;
    if (typeof batch !== "function")
      throw excelError("InvalidArgument", "Excel.run", "a batch function is required");
    const existing = contextFor(first);
    const options = typeof first === "object" && first !== null && !existing ? first : undefined;
    const delay = (options as Excel.RunOptions | undefined)?.delayForCellEdit === true;
    const ctx = existing ?? new Context(engine, workbookSpec, changedEventArgs, delay);
    if (existing) existing.reopen();
    else contexts.set(ctx.proxy, ctx);
    engine.runCount += 1;
    try {
      const pending: unknown = batch(ctx.proxy as Excel.RequestContext);
      if (!pending || typeof (pending as { then?: unknown }).then !== "function")
        throw excelError("RunMustReturnPromise", "Excel.run");
      const result = await (pending as Promise<T>);
      await ctx.flush();
      return result;
    } finally {
      ctx.close();
    }
  }
  return run as unknown as typeof Excel.run;
}

export function createInMemoryWorkbook(options: InMemoryWorkbookOptions = {}): InMemoryWorkbook {
  const engine = new Engine(options);
  const contexts = new WeakMap<object, Context>();
  const run = runWith(engine, contexts);
  const sheetState = (name: string) => requireSheet(engine, name);

  return {
    run,
    get syncCount() {
      return engine.syncCount;
    },
    get roundTripCount() {
      return engine.roundTripCount;
    },
    get queuedOperationCount() {
      return engine.queuedOperationCount;
    },
    get runCount() {
      return engine.runCount;
    },
    operationCounts: () => Object.fromEntries(engine.operationCounts),
    resetCounters: () => engine.resetCounters(),

    sheetNames: () => engine.state.sheets.map((s) => s.name),
    sheet: (name) => inspectSheet(engine, sheetState(name)),
    activeSheetName: () => engine.state.sheets.find((s) => s.id === engine.state.activeSheetId)?.name ?? "",
    addSheet: (name) => inspectSheet(engine, addSheetDirect(engine, name)),
    typeIntoCell: (sheet, address, input, options) => {
      if (engine.cellEdit) throw new Error("in-memory Excel: end the cell edit first (endCellEdit)");
      return typeInto(engine, sheetState(sheet), address, input, options?.source);
    },
    startCellEdit: (sheet, address) => {
      sheetState(sheet);
      engine.startCellEdit(sheet, address);
    },
    endCellEdit: (input) => {
      const editing = engine.cellEdit;
      if (!editing) throw new Error("in-memory Excel: no cell is being edited");
      engine.endCellEdit();
      return input === undefined ? null : typeInto(engine, sheetState(editing.sheet), editing.address, input);
    },
    setCellValue: (sheetName, address, value) => {
      const sheet = sheetState(sheetName);
      const rect = requireRect(address);
      const rows = Array.isArray(value) ? value : null;
      if (rows && (rows.length !== rect.rowCount || rows.some((r) => r.length !== rect.colCount))) {
        throw new Error(`in-memory Excel: setCellValue: the array does not match ${address}`);
      }
      forEachPosition(rect, (r, c) => {
        const v = rows ? rows[r - rect.row]?.[c - rect.col] : (value as CellScalar | null);
        if (v === null || v === undefined) return;
        const rec = sheet.cells.ensure(r, c);
        rec.formula = null;
        rec.computed = null;
        rec.content = rawContent(v);
      });
    },
    setCellFormula: (sheetName, address, formula, computed) => {
      const sheet = sheetState(sheetName);
      if (!formula.startsWith("=")) throw new Error("in-memory Excel: a formula starts with '='");
      const { row, col } = singleCell(sheet, address);
      const rec = sheet.cells.ensure(row, col);
      rec.formula = formula;
      rec.content = EMPTY;
      rec.computed = computed === undefined ? null : rawContent(computed);
    },
    setComputedValue: (sheetName, address, value) => {
      const sheet = sheetState(sheetName);
      const { row, col } = singleCell(sheet, address);
      const rec = sheet.cells.peek(row, col);
      if (!rec || rec.formula === null)
        throw new Error(`in-memory Excel: ${sheetName}!${address} holds no formula`);
      rec.computed = rawContent(value);
    },
    names: () => engine.state.names.map((n) => nameSnapshot(engine.state, n)),
    customProperties: () =>
      engine.state.customProperties.map((p) => ({
        key: p.key,
        value: cloneData(p.value),
        type: customPropertyType(p.value),
      })),
    documentProperties: () => Object.fromEntries(engine.state.documentProperties),
    selection: () => {
      const sheet = engine.state.sheets.find((s) => s.id === engine.state.selection.sheetId);
      return { sheet: sheet?.name ?? "", address: formatRect(engine.state.selection.rect) };
    },
    warnings: () => [...engine.warnings],
    handlerErrors: () => [...engine.events.errors],
    settle: () => engine.events.settle(),
  };
}
