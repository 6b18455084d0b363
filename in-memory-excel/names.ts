/**
 * Workbook-scoped defined names (`workbook.names`). A name refers either to a range — kept by sheet
 * id, so renaming the sheet updates its formula and deleting the sheet turns it into "=#REF!" —
 * or to a constant formula such as "=5".
 */

import { definedNameProblem, formatAddress, parseAddress } from "./address";
import { accept, anyString, bool } from "./checks";
import { queueResult } from "./context";
import { invalidArgument, invalidOperation, itemAlreadyExists, itemNotFound } from "./errors";
import { NULL_OBJECT, defineType, nodeOf, type Node, type Spec } from "./proxy";
import { rangeSpec } from "./range";
import type { RangeRef } from "./range-ref";
import {
  activeSheet,
  findName,
  findSheet,
  sheetById,
  type NameRef,
  type NameState,
  type WorkbookState,
} from "./state";

function referenceOf(node: Node, wb: WorkbookState, reference: unknown, location: string): NameRef {
  const other = nodeOf(reference);
  if (other) {
    if (other.ctx !== node.ctx)
      throw invalidArgument(location, "the range comes from another request context");
    const target = other.resolve(location);
    if (target === NULL_OBJECT) throw invalidArgument(location, "the range is a null object");
    const ref = target as RangeRef;
    return { kind: "range", sheetId: ref.sheet.id, rect: ref.rect };
  }
  if (typeof reference !== "string" || reference.trim() === "")
    throw invalidArgument(location, "reference must be a Range or a formula string");
  const body = reference.trim().replace(/^=/, "");
  const parsed = parseAddress(body);
  if (parsed) {
    const sheet = parsed.sheet === null ? activeSheet(wb) : findSheet(wb, parsed.sheet);
    if (!sheet) throw invalidArgument(location, `no worksheet named '${parsed.sheet ?? ""}'`);
    return { kind: "range", sheetId: sheet.id, rect: parsed.rect };
  }
  return { kind: "constant", formula: `=${body}` };
}

function liveRange(wb: WorkbookState, name: NameState): RangeRef | null {
  if (name.ref.kind !== "range") return null;
  const sheet = sheetById(wb, name.ref.sheetId);
  return sheet && !sheet.deleted ? { sheet, rect: name.ref.rect } : null;
}

function constantValue(formula: string): { type: string; value: unknown } {
  const body = formula.replace(/^=/, "");
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(body)) return { type: "Double", value: Number(body) };
  if (/^(TRUE|FALSE)$/i.test(body)) return { type: "Boolean", value: body.toUpperCase() === "TRUE" };
  if (/^".*"$/.test(body)) return { type: "String", value: body.slice(1, -1).replace(/""/g, '"') };
  return { type: "String", value: body };
}

function describe(wb: WorkbookState, name: NameState): { formula: string; type: string; value: unknown } {
  if (name.ref.kind === "constant") return { formula: name.ref.formula, ...constantValue(name.ref.formula) };
  const ref = liveRange(wb, name);
  if (!ref) return { formula: "=#REF!", type: "Error", value: "#REF!" };
  const address = formatAddress(ref.sheet.name, ref.rect, true);
  return { formula: `=${address}`, type: "Range", value: address };
}

export function nameSnapshot(
  wb: WorkbookState,
  name: NameState,
): { name: string; formula: string; comment: string; visible: boolean } {
  return {
    name: name.name,
    formula: describe(wb, name).formula,
    comment: name.comment,
    visible: name.visible,
  };
}

export const namedItemSpec: Spec = defineType<NameState>({
  name: "NamedItem",
  check: (name, location) => {
    if (name.deleted) throw itemNotFound(location, `the name '${name.name}' has been deleted`);
  },
  scalars: {
    name: { get: (n) => n.name },
    type: { get: (n, engine) => describe(engine.state, n).type },
    value: { get: (n, engine) => describe(engine.state, n).value },
    scope: { get: () => "Workbook" },
    formula: {
      get: (n, engine) => describe(engine.state, n).formula,
      set: (n, value, engine, l, node) => {
        n.ref = referenceOf(node, engine.state, value, l);
      },
    },
    comment: {
      get: (n) => n.comment,
      set: (n, value, _e, l) => {
        n.comment = accept(anyString, value, l);
      },
    },
    visible: {
      get: (n) => n.visible,
      set: (n, value, _e, l) => {
        n.visible = accept(bool, value, l);
      },
    },
  },
  methods: {
    delete: (node) => {
      node.queue<NameState>("delete", (n, engine) => {
        n.deleted = true;
        engine.state.names.splice(engine.state.names.indexOf(n), 1);
      });
    },
    getRange: (node) =>
      node.derive<NameState>(rangeSpec, "getRange", [], (n, l) => {
        const ref = liveRange(node.engine.state, n);
        if (!ref) throw invalidOperation(l, `the name '${n.name}' does not refer to a range`);
        return ref;
      }),
    getRangeOrNullObject: (node) =>
      node.deriveOrNull<NameState>(
        rangeSpec,
        "getRangeOrNullObject",
        [],
        (n) => liveRange(node.engine.state, n) ?? NULL_OBJECT,
      ),
  },
});

export const namedItemCollectionSpec: Spec = defineType<WorkbookState>({
  name: "NamedItemCollection",
  scalars: {},
  collection: {
    itemSpec: () => namedItemSpec,
    list: (wb) =>
      wb.names.map((n) => ({ target: n, path: `workbook.names.getItem(${JSON.stringify(n.name)})` })),
  },
  methods: {
    add: (node, name, reference, comment) =>
      node.queueCreate<WorkbookState>(namedItemSpec, "add", [name, reference], (wb, _e, l) => {
        const problem = definedNameProblem(name);
        if (problem) throw invalidArgument(l, problem);
        const text = name as string;
        if (findName(wb, text))
          throw itemAlreadyExists(l, `a name '${text}' already exists (names are case-insensitive)`);
        if (comment !== undefined && typeof comment !== "string")
          throw invalidArgument(l, "comment must be a string");
        const state: NameState = {
          name: text,
          ref: referenceOf(node, wb, reference, l),
          comment: comment ?? "",
          visible: true,
          deleted: false,
        };
        wb.names.push(state);
        return state;
      }),
    getItem: (node, name) =>
      node.derive<WorkbookState>(namedItemSpec, "getItem", [name], (wb, l) => {
        const found = typeof name === "string" ? findName(wb, name) : undefined;
        if (!found) throw itemNotFound(l, `no defined name '${String(name)}'`);
        return found;
      }),
    getItemOrNullObject: (node, name) =>
      node.deriveOrNull<WorkbookState>(
        namedItemSpec,
        "getItemOrNullObject",
        [name],
        (wb) => (typeof name === "string" ? findName(wb, name) : undefined) ?? NULL_OBJECT,
      ),
    getCount: (node) => queueResult<WorkbookState, number>(node, "getCount", (wb) => wb.names.length),
  },
});
