/**
 * Worksheet page layout: simple stored properties with Excel's defaults and value checks,
 * print titles, print area and margins. Nothing is laid out or printed.
 */

import { formatRect, MAX_COLUMNS, MAX_ROWS } from "./address";
import { accept, anyString, bool, checkedObject, numberIn, oneOf, type Check } from "./checks";
import { invalidArgument, itemNotFound } from "./errors";
import { NULL_OBJECT, defineType, type Node, type ScalarSpec, type Spec } from "./proxy";
import { rangeArgument, rangeSpec } from "./range";
import type { RangeRef } from "./range-ref";
import { rangeOnSheet } from "./range-ref";
import type { SheetState } from "./state";

const PAPER_SIZES = [
  "Letter",
  "LetterSmall",
  "Tabloid",
  "Ledger",
  "Legal",
  "Statement",
  "Executive",
  "A3",
  "A4",
  "A4Small",
  "A5",
  "B4",
  "B5",
  "Folio",
  "Quatro",
  "Paper10x14",
  "Paper11x17",
  "Note",
  "Envelope9",
  "Envelope10",
  "Envelope11",
  "Envelope12",
  "Envelope14",
  "Csheet",
  "Dsheet",
  "Esheet",
  "EnvelopeDL",
  "EnvelopeC5",
  "EnvelopeC3",
  "EnvelopeC4",
  "EnvelopeC6",
  "EnvelopeC65",
  "EnvelopeB4",
  "EnvelopeB5",
  "EnvelopeB6",
  "EnvelopeItaly",
  "EnvelopeMonarch",
  "EnvelopePersonal",
  "FanfoldUS",
  "FanfoldStdGerman",
  "FanfoldLegalGerman",
];

const zoomCheck: Check<Record<string, unknown>> = (v) => {
  const checked = checkedObject({ horizontalFitToPages: 0, verticalFitToPages: 0, scale: 100 }, v);
  if ("error" in checked) return checked;
  const input = v as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of ["horizontalFitToPages", "verticalFitToPages", "scale"]) {
    if (input[key] !== undefined) out[key] = input[key];
  }
  if (typeof out.scale === "number" && (out.scale < 10 || out.scale > 400))
    return { error: "zoom.scale must be between 10 and 400" };
  for (const key of ["horizontalFitToPages", "verticalFitToPages"]) {
    const n = out[key];
    if (n !== undefined && (typeof n !== "number" || !Number.isInteger(n) || n < 0))
      return { error: `zoom.${key} must be a non-negative integer` };
  }
  return { value: out };
};

const firstPageNumber: Check<number | ""> = (v) =>
  v === "" || (typeof v === "number" && Number.isInteger(v))
    ? { value: v }
    : { error: 'expected an integer or ""' };

/** Property → [Excel's default, check]. Margins are in points (Excel's "Normal" margins). */
export const PAGE_LAYOUT_DEFAULTS: Readonly<Record<string, readonly [unknown, Check<unknown>]>> = {
  orientation: ["Portrait", oneOf(["Portrait", "Landscape"])],
  paperSize: ["Letter", oneOf(PAPER_SIZES)],
  zoom: [{ scale: 100 }, zoomCheck],
  centerHorizontally: [false, bool],
  centerVertically: [false, bool],
  blackAndWhite: [false, bool],
  draftMode: [false, bool],
  printGridlines: [false, bool],
  printHeadings: [false, bool],
  alignMarginsHeaderFooter: [true, bool],
  firstPageNumber: ["", firstPageNumber],
  printComments: ["NoComments", oneOf(["NoComments", "EndSheet", "InPlace"])],
  printErrors: ["AsDisplayed", oneOf(["AsDisplayed", "Blank", "Dash", "NotAvailable"])],
  printOrder: ["DownThenOver", oneOf(["DownThenOver", "OverThenDown"])],
  leftMargin: [50.4, numberIn(0, 1584)],
  rightMargin: [50.4, numberIn(0, 1584)],
  topMargin: [54, numberIn(0, 1584)],
  bottomMargin: [54, numberIn(0, 1584)],
  headerMargin: [21.6, numberIn(0, 1584)],
  footerMargin: [21.6, numberIn(0, 1584)],
};

function stored(name: string, defaults: readonly [unknown, Check<unknown>]): ScalarSpec<SheetState> {
  const [fallback, check] = defaults;
  return {
    get: (sheet) => (sheet.pageLayout.has(name) ? sheet.pageLayout.get(name) : fallback),
    set: (sheet, value, _e, l) => {
      sheet.pageLayout.set(name, accept(check, value, l));
    },
  };
}

function storedScalars(): Record<string, ScalarSpec<SheetState>> {
  const out: Record<string, ScalarSpec<SheetState>> = {};
  for (const [name, defaults] of Object.entries(PAGE_LAYOUT_DEFAULTS)) out[name] = stored(name, defaults);
  return out;
}

function titleRef(node: Node, sheet: SheetState, value: unknown, location: string): RangeRef {
  if (typeof value === "string") {
    return rangeOnSheet(sheet, value, location);
  }
  const ref = rangeArgument(
    node,
    value,
    { sheet, rect: { row: 0, col: 0, rowCount: 1, colCount: 1 } },
    location,
  );
  if (ref.sheet !== sheet) throw invalidArgument(location, "the range is on another worksheet");
  return ref;
}

/** Stored print settings are absolute addresses: "$1:$3", "$A:$B", "$A$1:$F$20". */
function printTitleGetter(key: "printTitleRows" | "printTitleColumns", member: string, orNull: boolean) {
  return (node: Node): Node => {
    const compute = (sheet: SheetState, l: string): unknown => {
      const address = sheet.pageLayout.get(key);
      if (typeof address !== "string") {
        if (orNull) return NULL_OBJECT;
        throw itemNotFound(l, `no ${key} set on '${sheet.name}'`);
      }
      return rangeOnSheet(sheet, address, l);
    };
    return orNull
      ? node.deriveOrNull<SheetState>(rangeSpec, member, [], compute)
      : node.derive<SheetState>(rangeSpec, member, [], compute);
  };
}

const UNIT_POINTS: Readonly<Record<string, number>> = { Points: 1, Inches: 72, Centimeters: 72 / 2.54 };
const MARGIN_KEYS: Readonly<Record<string, string>> = {
  top: "topMargin",
  bottom: "bottomMargin",
  left: "leftMargin",
  right: "rightMargin",
  header: "headerMargin",
  footer: "footerMargin",
};

const HEADER_FOOTER_PARTS = [
  "leftHeader",
  "centerHeader",
  "rightHeader",
  "leftFooter",
  "centerFooter",
  "rightFooter",
];

/** One of `headersFooters`' sets (defaultForAllPages, firstPage, …): six stored strings. */
function headerFooterSpec(group: string): Spec {
  const scalars: Record<string, ScalarSpec<SheetState>> = {};
  for (const part of HEADER_FOOTER_PARTS) {
    const key = `headersFooters.${group}.${part}`;
    scalars[part] = {
      get: (sheet) => sheet.pageLayout.get(key) ?? "",
      set: (sheet, value, _e, l) => {
        sheet.pageLayout.set(key, accept(anyString, value, l));
      },
    };
  }
  return defineType<SheetState>({ name: "HeaderFooter", scalars });
}

const HEADER_FOOTER_GROUPS = ["defaultForAllPages", "firstPage", "evenPages", "oddPages"];

/** `pageLayout.headersFooters` (ExcelApi 1.9): the header/footer sets and which of them apply. */
const headerFooterGroupSpec: Spec = defineType<SheetState>({
  name: "HeaderFooterGroup",
  scalars: {
    state: stored("headersFooters.state", [
      "Default",
      oneOf(["Default", "FirstAndDefault", "OddAndEven", "FirstOddAndEven"]),
    ]),
    useSheetMargins: stored("headersFooters.useSheetMargins", [true, bool]),
    useSheetScale: stored("headersFooters.useSheetScale", [true, bool]),
  },
  navs: Object.fromEntries(
    HEADER_FOOTER_GROUPS.map((group) => {
      const spec = headerFooterSpec(group);
      return [
        group,
        { spec: () => spec, make: (parent: Node) => parent.derive<SheetState>(spec, group, [], (s) => s) },
      ];
    }),
  ),
});

export const pageLayoutSpec: Spec = defineType<SheetState>({
  name: "PageLayout",
  scalars: storedScalars(),
  navs: {
    headersFooters: {
      spec: () => headerFooterGroupSpec,
      make: (parent) => parent.derive<SheetState>(headerFooterGroupSpec, "headersFooters", [], (s) => s),
    },
  },
  methods: {
    setPrintTitleRows: (node, rows) => {
      node.queue<SheetState>("setPrintTitleRows", (sheet, _e, l) => {
        const { rect } = titleRef(node, sheet, rows, l);
        sheet.pageLayout.set(
          "printTitleRows",
          formatRect({ row: rect.row, col: 0, rowCount: rect.rowCount, colCount: MAX_COLUMNS }, true),
        );
      });
    },
    setPrintTitleColumns: (node, columns) => {
      node.queue<SheetState>("setPrintTitleColumns", (sheet, _e, l) => {
        const { rect } = titleRef(node, sheet, columns, l);
        sheet.pageLayout.set(
          "printTitleColumns",
          formatRect({ row: 0, col: rect.col, rowCount: MAX_ROWS, colCount: rect.colCount }, true),
        );
      });
    },
    getPrintTitleRows: printTitleGetter("printTitleRows", "getPrintTitleRows", false),
    getPrintTitleRowsOrNullObject: printTitleGetter("printTitleRows", "getPrintTitleRowsOrNullObject", true),
    getPrintTitleColumns: printTitleGetter("printTitleColumns", "getPrintTitleColumns", false),
    getPrintTitleColumnsOrNullObject: printTitleGetter(
      "printTitleColumns",
      "getPrintTitleColumnsOrNullObject",
      true,
    ),
    setPrintArea: (node, area) => {
      node.queue<SheetState>("setPrintArea", (sheet, _e, l) => {
        if (typeof area === "string" && area.includes(","))
          throw invalidArgument(l, "multi-area print areas are not emulated");
        sheet.pageLayout.set("printArea", formatRect(titleRef(node, sheet, area, l).rect, true));
      });
    },
    setPrintMargins: (node, unit, options) => {
      node.queue<SheetState>("setPrintMargins", (sheet, _e, l) => {
        const factor = UNIT_POINTS[accept(anyString, unit, l)];
        if (factor === undefined) throw invalidArgument(l, "unit must be Points, Inches or Centimeters");
        if (options === null || typeof options !== "object")
          throw invalidArgument(l, "marginOptions must be an object");
        for (const [key, value] of Object.entries(options as Record<string, unknown>)) {
          const target = MARGIN_KEYS[key];
          if (!target) throw invalidArgument(l, `unknown margin '${key}'`);
          if (value === undefined) continue;
          if (typeof value !== "number" || value < 0)
            throw invalidArgument(l, `margin '${key}' must be a non-negative number`);
          sheet.pageLayout.set(target, value * factor);
        }
      });
    },
  },
});

/**
 * `worksheet.horizontalPageBreaks` (ExcelApi 1.9): manual breaks above the rows of the ranges added,
 * stored as the page layout's "horizontalPageBreaks" (sorted 1-based row numbers).
 */
export const pageBreakCollectionSpec: Spec = defineType<SheetState>({
  name: "PageBreakCollection",
  scalars: {},
  methods: {
    add: (node, range) => {
      node.queue<SheetState>("add", (sheet, _e, l) => {
        const { rect } = titleRef(node, sheet, range, l);
        if (rect.row === 0) throw invalidArgument(l, "a page break cannot go above the first row");
        const rows = new Set((sheet.pageLayout.get("horizontalPageBreaks") as number[] | undefined) ?? []);
        rows.add(rect.row + 1);
        sheet.pageLayout.set(
          "horizontalPageBreaks",
          [...rows].sort((a, b) => a - b),
        );
      });
    },
    removePageBreaks: (node) => {
      node.queue<SheetState>("removePageBreaks", (sheet) => {
        sheet.pageLayout.delete("horizontalPageBreaks");
      });
    },
  },
});
