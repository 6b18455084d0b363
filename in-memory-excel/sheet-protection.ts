/**
 * Worksheet protection (protect / unprotect / checkPassword) and freeze panes.
 *
 * Like Excel: protecting an already protected sheet and unprotecting an unprotected one are
 * InvalidOperation; a wrong (or missing) password on unprotect is InvalidArgument.
 */

import { formatRect, isWholeColumns, isWholeRows, MAX_COLUMNS, MAX_ROWS } from "./address";
import { checkedObject } from "./checks";
import type { Engine } from "./engine";
import { queueResult } from "./context";
import { invalidArgument, invalidOperation } from "./errors";
import { NULL_OBJECT, defineType, type Spec } from "./proxy";
import { rangeArgument, rangeSpec } from "./range";
import { DEFAULT_PROTECTION_OPTIONS, type ProtectionOptions, type SheetState } from "./state";

/** What Excel does with "" as a password is undocumented: the emulator treats it as none and reports it. */
function warnEmptyPassword(engine: Engine, location: string, password: unknown): void {
  if (password === "") engine.warn(`${location}: "" passed as the password (undocumented; treated as none)`);
}

export const worksheetProtectionSpec: Spec = defineType<SheetState>({
  name: "WorksheetProtection",
  scalars: {
    protected: { get: (sheet) => sheet.protection.protected },
    options: { get: (sheet) => ({ ...sheet.protection.options }) },
    isPasswordProtected: { get: (sheet) => sheet.protection.protected && sheet.protection.password !== null },
  },
  methods: {
    protect: (node, options, password) => {
      node.queue<SheetState>("protect", (sheet, engine, l) => {
        warnEmptyPassword(engine, l, password);
        if (sheet.protection.protected)
          throw invalidOperation(l, `worksheet '${sheet.name}' is already protected`);
        const checked =
          options === undefined || options === null
            ? { value: { ...DEFAULT_PROTECTION_OPTIONS } }
            : checkedObject(DEFAULT_PROTECTION_OPTIONS, options, {
                selectionMode: ["Normal", "Unlocked", "None"],
              });
        if ("error" in checked) throw invalidArgument(l, `options: ${checked.error}`);
        if (password !== undefined && password !== null && typeof password !== "string")
          throw invalidArgument(l, "password must be a string");
        sheet.protection = {
          protected: true,
          password: typeof password === "string" && password !== "" ? password : null,
          options: checked.value as unknown as ProtectionOptions,
        };
      });
    },
    unprotect: (node, password) => {
      node.queue<SheetState>("unprotect", (sheet, engine, l) => {
        warnEmptyPassword(engine, l, password);
        if (!sheet.protection.protected)
          throw invalidOperation(l, `worksheet '${sheet.name}' is not protected`);
        const expected = sheet.protection.password;
        if (expected !== null && password !== expected)
          throw invalidArgument(l, `wrong password for worksheet '${sheet.name}'`);
        sheet.protection = { protected: false, password: null, options: { ...DEFAULT_PROTECTION_OPTIONS } };
      });
    },
    checkPassword: (node, password) =>
      queueResult<SheetState, boolean>(
        node,
        "checkPassword",
        (sheet) => (sheet.protection.password ?? "") === (password ?? ""),
      ),
  },
});

function count(value: unknown, location: string): number {
  const n = value === undefined ? 1 : value;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 0)
    throw invalidArgument(location, "count must be a non-negative integer");
  return n;
}

export const freezePanesSpec: Spec = defineType<SheetState>({
  name: "WorksheetFreezePanes",
  scalars: {},
  methods: {
    freezeRows: (node, rowCount) => {
      node.queue<SheetState>("freezeRows", (sheet, _e, l) => {
        sheet.frozenRows = Math.min(count(rowCount, l), MAX_ROWS - 1);
        sheet.frozenColumns = 0;
      });
    },
    freezeColumns: (node, columnCount) => {
      node.queue<SheetState>("freezeColumns", (sheet, _e, l) => {
        sheet.frozenColumns = Math.min(count(columnCount, l), MAX_COLUMNS - 1);
        sheet.frozenRows = 0;
      });
    },
    freezeAt: (node, frozenRange) => {
      node.queue<SheetState>("freezeAt", (sheet, _e, l) => {
        const ref = rangeArgument(
          node,
          frozenRange,
          { sheet, rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } },
          l,
        );
        if (ref.sheet !== sheet) throw invalidArgument(l, "the range is on another worksheet");
        const { rect } = ref;
        sheet.frozenRows = isWholeColumns(rect) ? 0 : rect.row + rect.rowCount;
        sheet.frozenColumns = isWholeRows(rect) ? 0 : rect.col + rect.colCount;
      });
    },
    unfreeze: (node) => {
      node.queue<SheetState>("unfreeze", (sheet) => {
        sheet.frozenRows = 0;
        sheet.frozenColumns = 0;
      });
    },
    getLocationOrNullObject: (node) =>
      node.deriveOrNull<SheetState>(rangeSpec, "getLocationOrNullObject", [], (sheet) => {
        const { frozenRows: rows, frozenColumns: cols } = sheet;
        if (rows === 0 && cols === 0) return NULL_OBJECT;
        return {
          sheet,
          rect: {
            row: 0,
            col: 0,
            rowCount: rows === 0 ? MAX_ROWS : rows,
            colCount: cols === 0 ? MAX_COLUMNS : cols,
          },
        };
      }),
  },
});

export function frozenDescription(sheet: SheetState): string | null {
  if (sheet.frozenRows === 0 && sheet.frozenColumns === 0) return null;
  return formatRect({
    row: 0,
    col: 0,
    rowCount: sheet.frozenRows === 0 ? MAX_ROWS : sheet.frozenRows,
    colCount: sheet.frozenColumns === 0 ? MAX_COLUMNS : sheet.frozenColumns,
  });
}
