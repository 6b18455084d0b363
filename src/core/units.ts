/**
 * What the core knows about each unit the plan uses: how Excel should show it, whether only whole
 * numbers make sense, and which other units people type figures in (1 亿元 = 10,000 万元).
 */
export interface UnitFacts {
  numberFormat: string;
  integer: boolean;
  percent: boolean;
  /** Other units a figure may be typed in, with the factor that converts them to this unit. */
  alternatives: Record<string, number>;
}

const count: UnitFacts = { numberFormat: "0", integer: true, percent: false, alternatives: {} };
const decimal = (numberFormat: string, alternatives: Record<string, number> = {}): UnitFacts => ({
  numberFormat,
  integer: false,
  percent: false,
  alternatives,
});

const unitFacts: Record<string, UnitFacts> = {
  家: count,
  个: count,
  项: count,
  "%": { numberFormat: "0.0%", integer: false, percent: true, alternatives: {} },
  亿元: decimal("0.00", { 万元: 1e-4, 元: 1e-8 }),
  亿美元: decimal("0.00", { 万美元: 1e-4, 美元: 1e-8 }),
  万元: decimal("0", { 亿元: 1e4, 元: 1e-4 }),
  亩: decimal("0.0", { 万亩: 1e4 }),
  "万元/亩": decimal("0.0", { "元/亩": 1e-4 }),
  "万元/人": decimal("0.0", { "元/人": 1e-4 }),
  万人: decimal("0.00", { 人: 1e-4 }),
  万吨标煤: decimal("0.00", { 吨标煤: 1e-4, 万吨标准煤: 1, 吨标准煤: 1e-4 }),
};

const fallback = decimal("General");

/** Facts for a unit; units not listed are shown as typed ("General") and take decimals. */
export function factsOf(unit: string): UnitFacts {
  return unitFacts[unit] ?? fallback;
}
