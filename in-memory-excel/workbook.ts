/**
 * Excel.Workbook and Excel.Application, plus the construction of onChanged event arguments.
 */

import { formatRect } from "./address";
import { accept, oneOf } from "./checks";
import type { ChangeRecord } from "./events";
import { namedItemCollectionSpec } from "./names";
import { documentPropertiesSpec } from "./properties";
import { defineType, type Node, type Spec } from "./proxy";
import { rangeSpec } from "./range";
import { worksheetCollectionSpec } from "./sheet";
import { activeSheet, sheetById, type WorkbookState } from "./state";

const workbookNav = (name: string, spec: () => Spec) => ({
  spec,
  make: (parent: Node) => parent.derive<WorkbookState>(spec(), name, [], (wb) => wb),
});

export const applicationSpec: Spec = defineType<WorkbookState>({
  name: "Application",
  scalars: {
    calculationMode: {
      get: (wb) => wb.calculationMode,
      set: (wb, value, _e, l) => {
        wb.calculationMode = accept(oneOf(["Automatic", "AutomaticExceptTables", "Manual"]), value, l);
      },
    },
  },
  methods: {
    // The emulator never calculates, so these are recorded (counted) no-ops.
    suspendApiCalculationUntilNextSync: (node) => {
      node.queue<WorkbookState>("suspendApiCalculationUntilNextSync", () => undefined);
    },
    suspendScreenUpdatingUntilNextSync: (node) => {
      node.queue<WorkbookState>("suspendScreenUpdatingUntilNextSync", () => undefined);
    },
    calculate: (node) => {
      node.queue<WorkbookState>("calculate", () => undefined);
    },
  },
});

function selectionRef(wb: WorkbookState) {
  const sheet = sheetById(wb, wb.selection.sheetId) ?? activeSheet(wb);
  return {
    sheet,
    rect:
      sheet.id === wb.selection.sheetId ? wb.selection.rect : { row: 0, col: 0, rowCount: 1, colCount: 1 },
  };
}

export const workbookSpec: Spec = defineType<WorkbookState>({
  name: "Workbook",
  scalars: {
    name: { get: (_wb, engine) => engine.options.workbookName },
    readOnly: { get: () => false },
  },
  navs: {
    worksheets: workbookNav("worksheets", () => worksheetCollectionSpec),
    names: workbookNav("names", () => namedItemCollectionSpec),
    properties: workbookNav("properties", () => documentPropertiesSpec),
    application: workbookNav("application", () => applicationSpec),
  },
  methods: {
    getSelectedRange: (node) =>
      node.derive<WorkbookState>(rangeSpec, "getSelectedRange", [], (wb) => selectionRef(wb)),
    getActiveCell: (node) =>
      node.derive<WorkbookState>(rangeSpec, "getActiveCell", [], (wb) => {
        const { sheet, rect } = selectionRef(wb);
        return { sheet, rect: { row: rect.row, col: rect.col, rowCount: 1, colCount: 1 } };
      }),
  },
});

/** Builds the `Excel.WorksheetChangedEventArgs` a handler receives for a recorded change. */
export function changedEventArgs(record: ChangeRecord): Excel.WorksheetChangedEventArgs {
  const address = formatRect(record.rect);
  const worksheetId = record.sheetId;
  const args = {
    type: "WorksheetChanged",
    address,
    worksheetId,
    changeType: "RangeEdited",
    source: record.source ?? "Local",
    triggerSource: record.triggerSource,
    details:
      record.before && record.after
        ? {
            valueBefore: record.before.value,
            valueAfter: record.after.value,
            valueTypeBefore: record.before.type,
            valueTypeAfter: record.after.type,
          }
        : undefined,
    getRange: (context: Excel.RequestContext) =>
      context.workbook.worksheets.getItem(worksheetId).getRange(address),
    getRangeOrNullObject: (context: Excel.RequestContext) =>
      context.workbook.worksheets.getItemOrNullObject(worksheetId).getRange(address),
  };
  return args as unknown as Excel.WorksheetChangedEventArgs;
}
