import { inputTextOf, typedRaw } from "../../src/offline/fill/typed-input";

describe("what a typed 实绩 becomes, as Excel reads a number cell", () => {
  test.each([
    ["63", 63],
    [" 63 ", 63],
    ["-3.5", -3.5],
    ["1,234.5", 1234.5],
    ["12%", 0.12],
    ["12.3%", 0.123],
    [".5", 0.5],
  ])("“%s” is the number %s", (text, value) => {
    expect(typedRaw(text)).toBe(value);
  });

  test("an empty input is a blank cell", () => {
    expect(typedRaw("")).toBeNull();
    expect(typedRaw("   ")).toBeNull();
  });

  test.each(["约60", "１２３", "63亿元", "1,5", "2023年6月30日", "=1/0", "12 %x"])(
    "“%s” stays the text typed, for the validator to judge",
    (text) => {
      expect(typedRaw(text)).toBe(text);
    },
  );

  test("the input shows a % row's fraction as a percentage, other rows' numbers as numbers, text as typed", () => {
    expect(inputTextOf(0.12, "%")).toBe("12%");
    expect(inputTextOf(0.075, "%")).toBe("7.5%");
    expect(inputTextOf(63, "亿元")).toBe("63");
    expect(inputTextOf("约60", "亿元")).toBe("约60");
    expect(inputTextOf(null, "家")).toBe("");
  });

  test("what the input shows reads back as the same cell content", () => {
    for (const [raw, unit] of [
      [0.12, "%"],
      [0.333, "%"],
      [2480, "亩"],
      [70.3, "亿元"],
    ] as const)
      expect(typedRaw(inputTextOf(raw, unit))).toBe(raw);
  });
});
