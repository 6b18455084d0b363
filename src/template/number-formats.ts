/**
 * Number formats at the precision the policy prints: 9500 亩, 145 亿元, 38.4 万元/亩, 50.97 万人, 12%,
 * 10.4%. A target or 基数 shows its own decimals; an actual shows what was typed (percentages to one
 * decimal, counts as whole numbers).
 */
import { factsOf } from "../core/units";

/** The fewest decimals (up to 4) that write the figure exactly. */
function decimalsOf(figure: number): number {
  for (let decimals = 0; decimals < 4; decimals += 1) {
    const scaled = figure * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9) return decimals;
  }
  return 4;
}

const withDecimals = (decimals: number) => (decimals === 0 ? "0" : `0.${"0".repeat(decimals)}`);

/** A printed figure's format in its unit: 0.104 in % → "0.0%", 9500 亩 → "0", 50.97 万人 → "0.00". */
export function printedFormat(figure: number, unit: string): string {
  const percent = factsOf(unit).percent;
  const decimals = decimalsOf(percent ? figure * 100 : figure);
  return `${withDecimals(decimals)}${percent ? "%" : ""}`;
}

/** An actual cell's format: percentages to one decimal, whole numbers for counts, else as typed. */
export function actualFormat(unit: string): string {
  const facts = factsOf(unit);
  if (facts.percent) return "0.0%";
  return facts.integer ? "0" : "General";
}

/** 备注 cells hold text: what a user types there stays text (a leading "=" or "1-6" included). */
export const textFormat = "@";
