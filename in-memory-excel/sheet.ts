/**
 * Excel.Worksheet and Excel.WorksheetCollection: naming rules, position, visibility, activation,
 * deletion, range accessors, used range and the onChanged event source.
 */

import { MAX_COLUMNS, MAX_ROWS, isInGrid, sheetNameProblem } from "./address";
import { chartCollectionSpec } from "./charts";
import { color as colorCheck, accept, bool, oneOf } from "./checks";
import { queueResult } from "./context";
import type { Engine } from "./engine";
import { excelError, invalidArgument, invalidOperation, itemAlreadyExists, itemNotFound } from "./errors";
import type { ChangeHandler } from "./events";
import { pageBreakCollectionSpec, pageLayoutSpec } from "./page-layout";
import { NULL_OBJECT, defineType, type Node, type Spec } from "./proxy";
import { rangeSpec } from "./range";
import { checkSheetAlive, rangeOnSheet, type RangeRef } from "./range-ref";
import { freezePanesSpec, worksheetProtectionSpec } from "./sheet-protection";
import {
  activeSheet,
  createSheet,
  findSheet,
  visibleSheets,
  type SheetState,
  type Visibility,
  type WorkbookState,
} from "./state";

function assertNewName(wb: WorkbookState, name: unknown, location: string, except?: SheetState): string {
  const problem = sheetNameProblem(name);
  if (problem) throw invalidArgument(location, problem);
  const text = name as string;
  const clash = wb.sheets.find((s) => s !== except && s.name.toLowerCase() === text.toLowerCase());
  if (clash)
    throw itemAlreadyExists(
      location,
      `a worksheet named '${clash.name}' already exists (names are case-insensitive)`,
    );
  return text;
}

function nextSheetName(wb: WorkbookState): string {
  for (let n = wb.sheets.length + 1; ; n++) {
    const candidate = `Sheet${n}`;
    if (!findSheet(wb, candidate)) return candidate;
  }
}

/** Makes another visible sheet active when `leaving` stops being visible or is deleted. */
function moveActivationAway(wb: WorkbookState, leaving: SheetState): void {
  if (wb.activeSheetId !== leaving.id) return;
  const next = visibleSheets(wb).find((s) => s !== leaving);
  if (next) {
    wb.activeSheetId = next.id;
    wb.selection = { sheetId: next.id, rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } };
  }
}

function integer(value: unknown, location: string, name: string): number {
  if (typeof value !== "number" || !Number.isInteger(value))
    throw invalidArgument(location, `${name} must be an integer`);
  return value;
}

/** An `onChanged` event source; `sheetId` null means every worksheet (worksheets.onChanged). */
export function eventSourceNode(
  parent: Node,
  member: string,
  sheetId: (target: unknown) => string | null,
): Node {
  return parent.derive<unknown>(eventSourceSpec, member, [], (target) => ({ sheetId: sheetId(target) }));
}

interface EventSourceTarget {
  readonly sheetId: string | null;
}

const handlerIds = new WeakMap<ChangeHandler, number[]>();

export const eventSourceSpec: Spec = defineType<EventSourceTarget>({
  name: "EventHandlers",
  scalars: {},
  methods: {
    add: (node, handler) => {
      if (typeof handler !== "function")
        throw invalidArgument("EventHandlers.add", "the handler must be a function");
      const fn = handler as ChangeHandler;
      let id: number | null = null;
      node.queue<EventSourceTarget>("add", (target, engine) => {
        id = engine.events.add(target.sheetId, fn);
        handlerIds.set(fn, [...(handlerIds.get(fn) ?? []), id]);
      });
      return {
        context: node.ctx.proxy,
        remove: () => {
          node.queue<EventSourceTarget>("remove", (_t, engine) => {
            if (id !== null) engine.events.remove(id);
          });
        },
      };
    },
    remove: (node, handler) => {
      node.queue<EventSourceTarget>("remove", (_t, engine) => {
        for (const id of handlerIds.get(handler as ChangeHandler) ?? []) engine.events.remove(id);
      });
    },
  },
});

function usedRef(sheet: SheetState, valuesOnly: unknown): RangeRef | null {
  const rect = sheet.cells.usedRect(valuesOnly === true);
  return rect ? { sheet, rect } : null;
}

export const worksheetSpec: Spec = defineType<SheetState>({
  name: "Worksheet",
  check: (sheet, location) => checkSheetAlive(sheet, location),
  scalars: {
    id: { get: (sheet) => sheet.id },
    name: {
      get: (sheet) => sheet.name,
      set: (sheet, value, engine, l) => {
        sheet.name = assertNewName(engine.state, value, l, sheet);
      },
    },
    position: {
      get: (sheet, engine) => engine.state.sheets.indexOf(sheet),
      set: (sheet, value, engine, l) => {
        const sheets = engine.state.sheets;
        const to = integer(value, l, "position");
        if (to < 0 || to >= sheets.length)
          throw invalidArgument(l, `position must be between 0 and ${sheets.length - 1}`);
        sheets.splice(sheets.indexOf(sheet), 1);
        sheets.splice(to, 0, sheet);
      },
    },
    visibility: {
      get: (sheet) => sheet.visibility,
      set: (sheet, value, engine, l) => {
        const visibility = accept(oneOf(["Visible", "Hidden", "VeryHidden"]), value, l) as Visibility;
        if (
          visibility !== "Visible" &&
          sheet.visibility === "Visible" &&
          visibleSheets(engine.state).length === 1
        ) {
          throw invalidOperation(l, "a workbook must keep at least one visible worksheet");
        }
        sheet.visibility = visibility;
        if (visibility !== "Visible") moveActivationAway(engine.state, sheet);
      },
    },
    tabColor: {
      get: (sheet) => sheet.tabColor,
      set: (sheet, value, _e, l) => {
        sheet.tabColor = value === "" ? "" : accept(colorCheck, value, l);
      },
    },
    showGridlines: {
      get: (sheet) => sheet.showGridlines,
      set: (sheet, value, _e, l) => {
        sheet.showGridlines = accept(bool, value, l);
      },
    },
  },
  navs: {
    protection: {
      spec: () => worksheetProtectionSpec,
      make: (parent) => parent.derive<SheetState>(worksheetProtectionSpec, "protection", [], (s) => s),
    },
    freezePanes: {
      spec: () => freezePanesSpec,
      make: (parent) => parent.derive<SheetState>(freezePanesSpec, "freezePanes", [], (s) => s),
    },
    pageLayout: {
      spec: () => pageLayoutSpec,
      make: (parent) => parent.derive<SheetState>(pageLayoutSpec, "pageLayout", [], (s) => s),
    },
    horizontalPageBreaks: {
      spec: () => pageBreakCollectionSpec,
      make: (parent) =>
        parent.derive<SheetState>(pageBreakCollectionSpec, "horizontalPageBreaks", [], (s) => s),
    },
    onChanged: {
      spec: () => eventSourceSpec,
      make: (parent) => eventSourceNode(parent, "onChanged", (s) => (s as SheetState).id),
    },
    charts: {
      spec: () => chartCollectionSpec,
      make: (parent) => parent.derive<SheetState>(chartCollectionSpec, "charts", [], (s) => s),
    },
  },
  methods: {
    getRange: (node, address) =>
      node.derive<SheetState>(rangeSpec, "getRange", address === undefined ? [] : [address], (sheet, l) =>
        address === undefined
          ? { sheet, rect: { row: 0, col: 0, rowCount: MAX_ROWS, colCount: MAX_COLUMNS } }
          : rangeOnSheet(sheet, address, l),
      ),
    getRangeByIndexes: (node, startRow, startColumn, rowCount, columnCount) =>
      node.derive<SheetState>(
        rangeSpec,
        "getRangeByIndexes",
        [startRow, startColumn, rowCount, columnCount],
        (sheet, l) => {
          const rect = {
            row: integer(startRow, l, "startRow"),
            col: integer(startColumn, l, "startColumn"),
            rowCount: integer(rowCount, l, "rowCount"),
            colCount: integer(columnCount, l, "columnCount"),
          };
          if (!isInGrid(rect)) throw invalidArgument(l, "the range lies outside the worksheet or is empty");
          return { sheet, rect };
        },
      ),
    getCell: (node, row, column) =>
      node.derive<SheetState>(rangeSpec, "getCell", [row, column], (sheet, l) => {
        const rect = {
          row: integer(row, l, "row"),
          col: integer(column, l, "column"),
          rowCount: 1,
          colCount: 1,
        };
        if (!isInGrid(rect)) throw invalidArgument(l, "the cell lies outside the worksheet");
        return { sheet, rect };
      }),
    getUsedRange: (node, valuesOnly) =>
      // Excel: "If the entire worksheet is blank, this function will return the top left cell."
      node.derive<SheetState>(
        rangeSpec,
        "getUsedRange",
        [valuesOnly],
        (sheet) =>
          usedRef(sheet, valuesOnly) ?? { sheet, rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } },
      ),
    getUsedRangeOrNullObject: (node, valuesOnly) =>
      node.deriveOrNull<SheetState>(
        rangeSpec,
        "getUsedRangeOrNullObject",
        [valuesOnly],
        (sheet) => usedRef(sheet, valuesOnly) ?? NULL_OBJECT,
      ),
    activate: (node) => {
      node.queue<SheetState>("activate", (sheet, engine, l) => {
        if (sheet.visibility !== "Visible") throw invalidOperation(l, `worksheet '${sheet.name}' is hidden`);
        if (engine.state.activeSheetId !== sheet.id) {
          engine.state.activeSheetId = sheet.id;
          engine.state.selection = { sheetId: sheet.id, rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } };
        }
      });
    },
    delete: (node) => {
      node.queue<SheetState>("delete", (sheet, engine, l) => {
        const wb = engine.state;
        if (sheet.visibility === "Visible" && visibleSheets(wb).length === 1) {
          throw invalidOperation(l, "a workbook must keep at least one visible worksheet");
        }
        moveActivationAway(wb, sheet);
        wb.sheets.splice(wb.sheets.indexOf(sheet), 1);
        sheet.deleted = true;
      });
    },
    calculate: (node) => {
      node.queue<SheetState>("calculate", () => undefined);
    },
  },
});

function sheetFromKey(wb: WorkbookState, key: unknown, location: string): SheetState | undefined {
  if (typeof key !== "string") throw invalidArgument(location, "the key must be a worksheet name or id");
  return findSheet(wb, key);
}

function edgeSheet(wb: WorkbookState, visibleOnly: unknown, last: boolean, location: string): SheetState {
  const list = visibleOnly === true ? visibleSheets(wb) : wb.sheets;
  const sheet = last ? list[list.length - 1] : list[0];
  if (!sheet) throw itemNotFound(location, "there is no such worksheet");
  return sheet;
}

export const worksheetCollectionSpec: Spec = defineType<WorkbookState>({
  name: "WorksheetCollection",
  scalars: {},
  collection: {
    itemSpec: () => worksheetSpec,
    list: (wb) =>
      wb.sheets.map((s) => ({ target: s, path: `workbook.worksheets.getItem(${JSON.stringify(s.name)})` })),
  },
  navs: {
    onChanged: {
      spec: () => eventSourceSpec,
      make: (parent) => eventSourceNode(parent, "onChanged", () => null),
    },
  },
  methods: {
    getItem: (node, key) =>
      node.derive<WorkbookState>(worksheetSpec, "getItem", [key], (wb, l) => {
        const sheet = sheetFromKey(wb, key, l);
        if (!sheet) throw itemNotFound(l, `no worksheet named or identified as '${String(key)}'`);
        return sheet;
      }),
    getItemOrNullObject: (node, key) =>
      node.deriveOrNull<WorkbookState>(
        worksheetSpec,
        "getItemOrNullObject",
        [key],
        (wb, l) => sheetFromKey(wb, key, l) ?? NULL_OBJECT,
      ),
    getActiveWorksheet: (node) =>
      node.derive<WorkbookState>(worksheetSpec, "getActiveWorksheet", [], (wb) => activeSheet(wb)),
    getFirst: (node, visibleOnly) =>
      node.derive<WorkbookState>(worksheetSpec, "getFirst", [visibleOnly], (wb, l) =>
        edgeSheet(wb, visibleOnly, false, l),
      ),
    getLast: (node, visibleOnly) =>
      node.derive<WorkbookState>(worksheetSpec, "getLast", [visibleOnly], (wb, l) =>
        edgeSheet(wb, visibleOnly, true, l),
      ),
    getCount: (node, visibleOnly) =>
      queueResult<WorkbookState, number>(node, "getCount", (wb) =>
        visibleOnly === true ? visibleSheets(wb).length : wb.sheets.length,
      ),
    add: (node, name) =>
      node.queueCreate<WorkbookState>(worksheetSpec, "add", name === undefined ? [] : [name], (wb, _e, l) =>
        createSheet(wb, name === undefined ? nextSheetName(wb) : assertNewName(wb, name, l)),
      ),
  },
});

/** Used by the test API to add sheets with Excel's naming rules. */
export function addSheetDirect(engine: Engine, name: string): SheetState {
  return createSheet(engine.state, assertNewName(engine.state, name, "addSheet"));
}

export function requireSheet(engine: Engine, name: string): SheetState {
  const sheet = findSheet(engine.state, name);
  if (!sheet) throw excelError("ItemNotFound", "InMemoryWorkbook.sheet", `no worksheet named '${name}'`);
  return sheet;
}
