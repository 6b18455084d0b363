import fc from "fast-check";
import { parseTypedNumber } from "../../src/core/validation/typed-number";
import { readActual } from "../../src/core/validation/read-actual";
import { validate } from "../../src/core/validation/validate";
import type { RawCellValue, TemplateCell } from "../../src/core/validation/types";
import { plan } from "../../src/model";

const units = [
  "",
  "亿元",
  "亿",
  "万元",
  "万",
  "元",
  "%",
  "％",
  "家",
  "个",
  "项",
  "亩",
  "万亩",
  "万人",
  "人",
  "万吨",
  "亿美元",
];
const digits = fc.oneof(
  fc.double({ min: -1e7, max: 1e7, noNaN: true }).map(String),
  fc.integer({ min: 0, max: 1e7 }).map((n) => n.toLocaleString("en-US")),
  fc
    .integer({ min: 0, max: 99999 })
    .map((n) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))),
);
const typedText = fc
  .tuple(fc.constantFrom("", "约", " ", "-"), digits, fc.constantFrom(...units))
  .map((parts) => parts.join(""));
const raw: fc.Arbitrary<RawCellValue> = fc.oneof(
  fc.double({ min: -1e9, max: 1e9, noNaN: true }),
  fc.constantFrom(0, 1, 12, 100, 150, 0.12, 19.9999999999, 600000, 0.25, -5, 1e-9),
  typedText,
  fc.string(),
  fc.constantFrom("#DIV/0!", "#REF!", "—", "", "待统计"),
  fc.boolean(),
  fc.constant(null),
);
const scenario = fc.record({
  cell: fc.record({
    sheet: fc.constant("S"),
    address: fc.constant("A1"),
    raw,
    numberFormat: fc.constantFrom("General", "@", "0.0%", "0.00", "0"),
    indicatorId: fc.constantFrom(...plan.indicators.map((i) => i.id)),
    year: fc.constantFrom(...plan.years),
  }),
  period: fc.record({ year: fc.integer({ min: 2020, max: 2026 }), month: fc.integer({ min: 1, max: 12 }) }),
  asTarget: fc.boolean(),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

const cellsOf = (cell: TemplateCell, asTarget: boolean) =>
  asTarget ? { actuals: [], targets: [cell] } : { actuals: [cell], targets: [] };
const suggestedIn = ({ cell, period, asTarget }: Scenario) =>
  validate(plan, cellsOf(cell, asTarget), period).filter((f) => f.suggestion !== undefined);

describe("the number reader", () => {
  test("never throws on any string, and reads only finite numbers", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), typedText), (text) => {
        const typed = parseTypedNumber(text);
        expect(typed === null || Number.isFinite(typed.value)).toBe(true);
        readActual(text, "亿元");
      }),
      { numRuns: 2000 },
    );
  });
});

describe("suggestions are consistent", () => {
  test("applying a suggestion (the raw becomes the number) leaves no finding of the same code", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        for (const finding of suggestedIn(s)) {
          expect(Number.isFinite(finding.suggestion)).toBe(true);
          const numberFormat = finding.numberFormat ?? s.cell.numberFormat;
          const fixed = { ...s.cell, raw: finding.suggestion ?? null, numberFormat };
          const again = validate(plan, cellsOf(fixed, s.asTarget), s.period);
          expect(again.filter((f) => f.code === finding.code)).toEqual([]);
        }
      }),
      { numRuns: 5000 },
    );
  });

  test("the generated cells reach every code that carries a suggestion", () => {
    const codes = new Set(
      fc.sample(scenario, { numRuns: 5000, seed: 2022 }).flatMap((s) => suggestedIn(s).map((f) => f.code)),
    );
    expect([...codes].sort()).toEqual(
      ["count-not-whole", "number-as-text", "off-target-magnitude", "percent-scale", "target-changed"].sort(),
    );
  });
});
