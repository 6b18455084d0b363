/**
 * Range formatting objects: format (alignment, wrap, widths/heights, autofit), fill, font,
 * borders, format.protection (locked) and dataValidation. Reads over several cells return the
 * common value, or null when cells differ — as Excel does.
 */

import {
  cellCount,
  formatAddress,
  formatRect,
  isWholeColumns,
  isWholeRows,
  MAX_COLUMNS,
  MAX_ROWS,
  type Rect,
} from "./address";
import {
  forEachPosition,
  type BorderField,
  type CellEdge,
  type CellStyle,
  type StylePatch,
  VALIDATION_RESET,
} from "./cell-store";
import { accept, bool, checkedObject, color, nonEmptyString, numberIn, oneOf, type Check } from "./checks";
import { invalidArgument } from "./errors";
import { renderText } from "./number-format";
import { NULL_OBJECT, defineType, nodeOf, type Node, type ScalarSpec, type Spec } from "./proxy";
import { contentsOf, displayed, resolveReference, stylesIn, uniformStyle, type RangeRef } from "./range-ref";
import {
  assertCanWrite,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  setColumnWidths,
  setRowHeights,
  type SheetState,
  type WorkbookState,
  type WriteKind,
} from "./state";
import {
  ALERT_STYLES,
  evaluateRule,
  normalizeRule,
  RULE_TYPE,
  ruleKind,
  type ReferenceLookup,
  type Rule,
} from "./validation";

/** A scalar stored per cell: reads the common value, writes every cell of the range. */
function styleScalar<K extends keyof CellStyle>(
  field: K,
  check: Check<CellStyle[K]>,
  kind: WriteKind,
  read: (value: CellStyle[K]) => unknown = (v) => v,
): ScalarSpec<RangeRef> {
  return {
    get: (ref) => {
      const value = uniformStyle(ref.sheet, ref.rect, (s) => s[field]);
      return value === null ? null : read(value);
    },
    set: (ref, input, _engine, location) => {
      const value = accept(check, input, location);
      assertCanWrite(ref.sheet, ref.rect, kind, location);
      ref.sheet.cells.patchStyle(ref.rect, { [field]: value } as StylePatch);
    },
  };
}

const rangeNav = (name: string, spec: () => Spec) => ({
  spec,
  make: (parent: Node) => parent.derive<RangeRef>(spec(), name, [], (ref) => ref),
});

// --- widths, heights, autofit -----------------------------------------------------------------

function uniformSize(
  explicit: Map<number, number>,
  start: number,
  count: number,
  fallback: number,
): number | null {
  const values = new Set<number>();
  let covered = 0;
  for (const [i, v] of explicit) {
    if (i >= start && i < start + count) {
      values.add(v);
      covered++;
    }
  }
  if (covered < count) values.add(fallback);
  return values.size === 1 ? ([...values][0] ?? null) : null;
}

function textWidthPoints(text: string, style: CellStyle): number {
  let units = 0;
  for (const ch of text) units += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return Math.ceil(units * 5.5 * (style.fontSize / 11) * (style.fontBold ? 1.1 : 1) + 5);
}

function autofitColumns(sheet: SheetState, rect: Rect): void {
  const widest = new Map<number, number>();
  sheet.cells.forEachExisting(rect, (r, c, rec) => {
    const text = renderText(displayed(sheet, r, c), rec.style.numberFormat);
    if (text === "") return;
    const longestLine = rec.style.wrapText
      ? Math.max(...text.split("\n").map((l) => textWidthPoints(l, rec.style)))
      : textWidthPoints(text, rec.style);
    widest.set(c, Math.max(widest.get(c) ?? 0, longestLine));
  });
  for (const [c, w] of widest) sheet.columnWidths.set(c, Math.min(w, 255 * 5.5));
}

function autofitRows(sheet: SheetState, rect: Rect): void {
  const tallest = new Map<number, number>();
  sheet.cells.forEachExisting(rect, (r, c, rec) => {
    const text = renderText(displayed(sheet, r, c), rec.style.numberFormat);
    const lines = rec.style.wrapText ? text.split("\n").length : 1;
    const h = Math.max(DEFAULT_ROW_HEIGHT, Math.ceil(lines * DEFAULT_ROW_HEIGHT * (rec.style.fontSize / 11)));
    tallest.set(r, Math.max(tallest.get(r) ?? 0, h));
  });
  for (const [r, h] of tallest) sheet.rowHeights.set(r, Math.min(h, 409));
}

export const rangeFormatSpec: Spec = defineType<RangeRef>({
  name: "RangeFormat",
  scalars: {
    columnWidth: {
      get: ({ sheet, rect }) =>
        uniformSize(
          sheet.columnWidths,
          rect.col,
          rect.colCount,
          sheet.allColumnsWidth ?? DEFAULT_COLUMN_WIDTH,
        ),
      set: ({ sheet, rect }, input, _e, l) => {
        const width = accept(numberIn(0, 255 * 7.5), input, l);
        assertCanWrite(sheet, rect, "columns", l);
        setColumnWidths(sheet, rect, width, isWholeRows(rect));
      },
    },
    rowHeight: {
      get: ({ sheet, rect }) =>
        uniformSize(sheet.rowHeights, rect.row, rect.rowCount, sheet.allRowsHeight ?? DEFAULT_ROW_HEIGHT),
      set: ({ sheet, rect }, input, _e, l) => {
        const height = accept(numberIn(0, 409), input, l);
        assertCanWrite(sheet, rect, "rows", l);
        setRowHeights(sheet, rect, height, isWholeColumns(rect));
      },
    },
    horizontalAlignment: styleScalar(
      "horizontalAlignment",
      oneOf([
        "General",
        "Left",
        "Center",
        "Right",
        "Fill",
        "Justify",
        "CenterAcrossSelection",
        "Distributed",
      ]),
      "format",
    ),
    verticalAlignment: styleScalar(
      "verticalAlignment",
      oneOf(["Top", "Center", "Bottom", "Justify", "Distributed"]),
      "format",
    ),
    wrapText: styleScalar("wrapText", bool, "format"),
    indentLevel: styleScalar("indentLevel", numberIn(0, 250, true), "format"),
  },
  navs: {
    fill: rangeNav("fill", () => rangeFillSpec),
    font: rangeNav("font", () => rangeFontSpec),
    borders: rangeNav("borders", () => borderCollectionSpec),
    protection: rangeNav("protection", () => formatProtectionSpec),
  },
  methods: {
    autofitColumns: (node) => {
      node.queue<RangeRef>("autofitColumns", ({ sheet, rect }, _e, l) => {
        assertCanWrite(sheet, rect, "columns", l);
        autofitColumns(sheet, rect);
      });
    },
    autofitRows: (node) => {
      node.queue<RangeRef>("autofitRows", ({ sheet, rect }, _e, l) => {
        assertCanWrite(sheet, rect, "rows", l);
        autofitRows(sheet, rect);
      });
    },
  },
});

export const rangeFillSpec: Spec = defineType<RangeRef>({
  name: "RangeFill",
  scalars: {
    color: styleScalar<"fillColor">("fillColor", color, "format", (v) => v ?? "#FFFFFF"),
  },
  methods: {
    clear: (node) => {
      node.queue<RangeRef>("clear", ({ sheet, rect }, _e, l) => {
        assertCanWrite(sheet, rect, "format", l);
        sheet.cells.patchStyle(rect, { fillColor: null });
      });
    },
  },
});

export const rangeFontSpec: Spec = defineType<RangeRef>({
  name: "RangeFont",
  scalars: {
    bold: styleScalar("fontBold", bool, "format"),
    italic: styleScalar("fontItalic", bool, "format"),
    strikethrough: styleScalar("fontStrikethrough", bool, "format"),
    underline: styleScalar(
      "fontUnderline",
      oneOf(["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"]),
      "format",
    ),
    color: styleScalar("fontColor", color, "format"),
    size: styleScalar("fontSize", numberIn(1, 409), "format"),
    name: styleScalar("fontName", nonEmptyString, "format"),
  },
});

export const formatProtectionSpec: Spec = defineType<RangeRef>({
  name: "FormatProtection",
  scalars: {
    locked: styleScalar("locked", bool, "locking"),
    formulaHidden: styleScalar("formulaHidden", bool, "locking"),
  },
});

// --- borders ------------------------------------------------------------------------------------

const BORDER_INDEXES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];
const OPPOSITE: Partial<Record<CellEdge, { edge: CellEdge; dr: number; dc: number }>> = {
  Top: { edge: "Bottom", dr: -1, dc: 0 },
  Bottom: { edge: "Top", dr: 1, dc: 0 },
  Left: { edge: "Right", dr: 0, dc: -1 },
  Right: { edge: "Left", dr: 0, dc: 1 },
};

interface BorderTarget {
  readonly ref: RangeRef;
  readonly index: string;
}

/** Which cell edges an Excel border index covers; the first entry is the one read back. */
function edgeAreas({ rect }: RangeRef, index: string): Array<{ area: Rect; edge: CellEdge }> {
  const lastRow = rect.row + rect.rowCount - 1;
  const lastCol = rect.col + rect.colCount - 1;
  const rows = (from: number, to: number): Rect => ({ ...rect, row: from, rowCount: to - from + 1 });
  const cols = (from: number, to: number): Rect => ({ ...rect, col: from, colCount: to - from + 1 });
  switch (index) {
    case "EdgeTop":
      return [{ area: rows(rect.row, rect.row), edge: "Top" }];
    case "EdgeBottom":
      return [{ area: rows(lastRow, lastRow), edge: "Bottom" }];
    case "EdgeLeft":
      return [{ area: cols(rect.col, rect.col), edge: "Left" }];
    case "EdgeRight":
      return [{ area: cols(lastCol, lastCol), edge: "Right" }];
    case "InsideHorizontal":
      return rect.rowCount < 2
        ? []
        : [
            { area: rows(rect.row + 1, lastRow), edge: "Top" },
            { area: rows(rect.row, lastRow - 1), edge: "Bottom" },
          ];
    case "InsideVertical":
      return rect.colCount < 2
        ? []
        : [
            { area: cols(rect.col + 1, lastCol), edge: "Left" },
            { area: cols(rect.col, lastCol - 1), edge: "Right" },
          ];
    case "DiagonalDown":
      return [{ area: rect, edge: "DiagonalDown" }];
    default:
      return [{ area: rect, edge: "DiagonalUp" }];
  }
}

function borderScalar(part: "Style" | "Color" | "Weight", check: Check<string>): ScalarSpec<BorderTarget> {
  return {
    get: ({ ref, index }) => {
      const first = edgeAreas(ref, index)[0];
      if (!first) return part === "Style" ? "None" : part === "Color" ? "#000000" : "Thin";
      const field: BorderField = `border${first.edge}${part}`;
      return uniformStyle(ref.sheet, first.area, (s) => s[field]);
    },
    set: ({ ref, index }, input, _e, l) => {
      const value = accept(check, input, l);
      assertCanWrite(ref.sheet, ref.rect, "format", l);
      for (const { area, edge } of edgeAreas(ref, index)) {
        ref.sheet.cells.patchStyle(area, { [`border${edge}${part}`]: value } as StylePatch);
        const opposite = OPPOSITE[edge];
        if (!opposite) continue;
        // Neighbouring cells share the edge (A1's bottom is A2's top).
        const neighbour = { ...area, row: area.row + opposite.dr, col: area.col + opposite.dc };
        if (
          neighbour.row < 0 ||
          neighbour.col < 0 ||
          neighbour.row + neighbour.rowCount > MAX_ROWS ||
          neighbour.col + neighbour.colCount > MAX_COLUMNS
        )
          continue;
        ref.sheet.cells.patchStyle(neighbour, { [`border${opposite.edge}${part}`]: value } as StylePatch);
      }
    },
  };
}

export const rangeBorderSpec: Spec = defineType<BorderTarget>({
  name: "RangeBorder",
  scalars: {
    sideIndex: { get: ({ index }) => index },
    style: borderScalar(
      "Style",
      oneOf(["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"]),
    ),
    color: borderScalar("Color", color),
    weight: borderScalar("Weight", oneOf(["Hairline", "Thin", "Medium", "Thick"])),
  },
});

export const borderCollectionSpec: Spec = defineType<RangeRef>({
  name: "RangeBorderCollection",
  scalars: {},
  methods: {
    getItem: (node, index) =>
      node.derive<RangeRef>(rangeBorderSpec, "getItem", [index], (ref, l) => {
        if (typeof index !== "string" || !BORDER_INDEXES.includes(index)) {
          throw invalidArgument(l, `border index must be one of ${BORDER_INDEXES.join(", ")}`);
        }
        return { ref, index };
      }),
  },
});

// --- data validation ----------------------------------------------------------------------------

const DEFAULT_PROMPT = { showPrompt: true, title: "", message: "" };
const DEFAULT_ALERT = { showAlert: true, style: "Stop", title: "", message: "" };

function ruleOperandFormula(node: Node, ref: RangeRef, location: string): (value: unknown) => string | null {
  return (value) => {
    const other = nodeOf(value);
    if (!other) return null;
    if (other.ctx !== node.ctx)
      throw invalidArgument(location, "the range comes from another request context");
    const target = other.resolve(location);
    if (target === NULL_OBJECT) throw invalidArgument(location, "the range is a null object");
    const r = target as RangeRef;
    return `=${r.sheet === ref.sheet ? formatRect(r.rect, true) : formatAddress(r.sheet.name, r.rect, true)}`;
  };
}

export function validationLookup(ref: RangeRef, wbState: WorkbookState): ReferenceLookup {
  return (text) => {
    const target = resolveReference(wbState, ref.sheet, text);
    return target ? contentsOf(target) : null;
  };
}

export const dataValidationSpec: Spec = defineType<RangeRef>({
  name: "DataValidation",
  scalars: {
    rule: {
      get: ({ sheet, rect }) => uniformStyle(sheet, rect, (s) => s.dvRule) ?? {},
      set: (ref, input, _e, l, node) => {
        const rule = normalizeRule(input, ruleOperandFormula(node, ref, l));
        if (typeof rule === "string") throw invalidArgument(l, rule);
        assertCanWrite(ref.sheet, ref.rect, "validation", l);
        ref.sheet.cells.patchStyle(ref.rect, { dvRule: rule });
      },
    },
    prompt: {
      get: ({ sheet, rect }) => uniformStyle(sheet, rect, (s) => s.dvPrompt ?? DEFAULT_PROMPT),
      set: ({ sheet, rect }, input, _e, l) => {
        const prompt = accept((v) => checkedObject(DEFAULT_PROMPT, v), input, l);
        assertCanWrite(sheet, rect, "validation", l);
        sheet.cells.patchStyle(rect, { dvPrompt: prompt });
      },
    },
    errorAlert: {
      get: ({ sheet, rect }) => uniformStyle(sheet, rect, (s) => s.dvErrorAlert ?? DEFAULT_ALERT),
      set: ({ sheet, rect }, input, _e, l) => {
        const alert = accept((v) => checkedObject(DEFAULT_ALERT, v, { style: ALERT_STYLES }), input, l);
        assertCanWrite(sheet, rect, "validation", l);
        sheet.cells.patchStyle(rect, { dvErrorAlert: alert });
      },
    },
    ignoreBlanks: styleScalar("dvIgnoreBlanks", bool, "validation"),
    type: {
      get: ({ sheet, rect }) => {
        const kinds = new Set(stylesIn(sheet, rect).map((s) => ruleKind(s.dvRule as Rule | null)));
        if (kinds.size !== 1) return "Inconsistent";
        const kind = [...kinds][0];
        return kind ? (RULE_TYPE[kind] ?? "Inconsistent") : "None";
      },
    },
    valid: {
      get: (ref, engine) => {
        const lookup = validationLookup(ref, engine.state);
        let valid = true;
        const visit = (r: number, c: number, style: CellStyle) => {
          if (
            valid &&
            evaluateRule(
              style.dvRule as Rule | null,
              style.dvIgnoreBlanks,
              displayed(ref.sheet, r, c),
              lookup,
            ) === "invalid"
          )
            valid = false;
        };
        if (cellCount(ref.rect) <= 65_536)
          forEachPosition(ref.rect, (r, c) => visit(r, c, ref.sheet.cells.styleAt(r, c)));
        else ref.sheet.cells.forEachExisting(ref.rect, (r, c, rec) => visit(r, c, rec.style));
        return valid;
      },
    },
  },
  methods: {
    clear: (node) => {
      node.queue<RangeRef>("clear", ({ sheet, rect }, _e, l) => {
        assertCanWrite(sheet, rect, "validation", l);
        sheet.cells.patchStyle(rect, VALIDATION_RESET);
      });
    },
  },
});
