import {
  columnIndex,
  columnLetters,
  definedNameProblem,
  formatAddress,
  formatRect,
  parseAddress,
  quoteSheetName,
  sheetNameProblem,
} from "../address";
import { formatGeneral, renderText } from "../number-format";
import { parseText, shiftFormula } from "../values";

describe("A1 addresses", () => {
  test("column letters round-trip, including the last column XFD", () => {
    for (const [col, letters] of [
      [0, "A"],
      [25, "Z"],
      [26, "AA"],
      [701, "ZZ"],
      [702, "AAA"],
      [16383, "XFD"],
    ] as const) {
      expect(columnLetters(col)).toBe(letters);
      expect(columnIndex(letters)).toBe(col);
    }
  });

  test.each([
    ["A1", null, { row: 0, col: 0, rowCount: 1, colCount: 1 }],
    ["$B$3", null, { row: 2, col: 1, rowCount: 1, colCount: 1 }],
    ["c3:a1", null, { row: 0, col: 0, rowCount: 3, colCount: 3 }],
    ["A:C", null, { row: 0, col: 0, rowCount: 1_048_576, colCount: 3 }],
    ["$2:$4", null, { row: 1, col: 0, rowCount: 3, colCount: 16_384 }],
    ["Sheet1!B2", "Sheet1", { row: 1, col: 1, rowCount: 1, colCount: 1 }],
    ["'My ''Q1'' data'!A1:B2", "My 'Q1' data", { row: 0, col: 0, rowCount: 2, colCount: 2 }],
    ["附件2!A1", "附件2", { row: 0, col: 0, rowCount: 1, colCount: 1 }],
  ])("parses %s", (address, sheet, rect) => {
    expect(parseAddress(address)).toEqual({ sheet, rect });
  });

  test.each(["", "A", "A0", "XFE1", "A1048577", "A1:B2:C3", "A1,B2", "My Sheet!A1", "'unterminated!A1"])(
    "rejects %j",
    (address) => {
      expect(parseAddress(address)).toBeNull();
    },
  );

  test("formats rectangles like Excel, relative and absolute", () => {
    expect(formatRect({ row: 0, col: 0, rowCount: 3, colCount: 2 })).toBe("A1:B3");
    expect(formatRect({ row: 0, col: 0, rowCount: 3, colCount: 2 }, true)).toBe("$A$1:$B$3");
    expect(formatRect({ row: 0, col: 2, rowCount: 1_048_576, colCount: 1 })).toBe("C:C");
    expect(formatRect({ row: 4, col: 0, rowCount: 2, colCount: 16_384 }, true)).toBe("$5:$6");
  });

  test("quotes sheet names the way Excel does", () => {
    expect(quoteSheetName("Sheet1")).toBe("Sheet1");
    expect(quoteSheetName("附件2")).toBe("附件2");
    expect(quoteSheetName("Données")).toBe("Données");
    expect(quoteSheetName("My Sheet")).toBe("'My Sheet'");
    expect(quoteSheetName("2021")).toBe("'2021'");
    expect(quoteSheetName("A1")).toBe("'A1'");
    expect(quoteSheetName("R1C1")).toBe("'R1C1'");
    expect(quoteSheetName("a-b")).toBe("'a-b'");
    expect(quoteSheetName("仑政发〔2022〕1号")).toBe("'仑政发〔2022〕1号'");
    expect(quoteSheetName("it's")).toBe("'it''s'");
    expect(formatAddress("附件1", { row: 2, col: 1, rowCount: 1, colCount: 1 }, true)).toBe("附件1!$B$3");
  });

  test("sheet and defined-name rules", () => {
    expect(sheetNameProblem("附件2")).toBeNull();
    expect(sheetNameProblem("x".repeat(31))).toBeNull();
    expect(sheetNameProblem("x".repeat(32))).not.toBeNull();
    expect(sheetNameProblem("'quoted")).not.toBeNull();
    expect(definedNameProblem("目标值")).toBeNull();
    expect(definedNameProblem("_x.y")).toBeNull();
    expect(definedNameProblem("XFD1")).not.toBeNull();
    expect(definedNameProblem("R")).not.toBeNull();
    expect(definedNameProblem("a b")).not.toBeNull();
  });
});

describe("input parsing and formula shifting", () => {
  test("Excel's reading of typed text", () => {
    expect(parseText("1e3", "General")).toEqual({
      kind: "content",
      content: { value: 1000, type: "Double" },
    });
    expect(parseText("false", "General")).toEqual({
      kind: "content",
      content: { value: false, type: "Boolean" },
    });
    expect(parseText("#div/0!", "General")).toEqual({
      kind: "content",
      content: { value: "#DIV/0!", type: "Error" },
    });
    expect(parseText("+86 139", "General")).toEqual({ kind: "formula", formula: "=+86 139" });
    expect(parseText("=SUM(A1)", "@")).toEqual({
      kind: "content",
      content: { value: "=SUM(A1)", type: "String" },
    });
  });

  test("relative references shift, absolute parts and strings do not", () => {
    expect(shiftFormula('=A1+$B1+C$1+$D$1&"A1"', 1, 1)).toBe('=B2+$B2+D$1+$D$1&"A1"');
    expect(shiftFormula("=SUM(Sheet2!A1:A3)", 2, 0)).toBe("=SUM(Sheet2!A3:A5)");
    expect(shiftFormula("=LOG10(A1)", 1, 0)).toBe("=LOG10(A2)");
  });
});

describe("number formats", () => {
  test("General fits a standard column (11 characters) and switches to scientific for huge values", () => {
    expect(formatGeneral(1 / 3)).toBe("0.333333333");
    expect(formatGeneral(123.456789012345)).toBe("123.456789");
    expect(formatGeneral(123456)).toBe("123456");
    expect(formatGeneral(1e12)).toBe("1E+12");
    expect(formatGeneral(-0.5)).toBe("-0.5");
  });

  test("custom formats with sections, affixes and rounding half away from zero", () => {
    const n = (value: number, format: string) => renderText({ value, type: "Double" }, format);
    expect(n(2.675, "0.00")).toBe("2.68");
    expect(n(-2.5, "0")).toBe("-3");
    expect(n(-12.5, "0.0;(0.0)")).toBe("(12.5)");
    expect(n(0.5, "0%")).toBe("50%");
    expect(n(1234.5, "¥#,##0.00")).toBe("¥1,234.50");
    expect(n(45000.5, "yyyy/m/d hh:mm")).toBe("2023/3/15 12:00");
    expect(n(3, "@")).toBe("3");
  });
});
