import type { Indicator } from "../../../model/types";
import { factsOf } from "../../units";
import { findingAt } from "../finding";
import { findingMessages as say } from "../messages";
import { tidy } from "../typed-number";
import type { Finding } from "../types";
import type { FigureCheck } from "./context";

/**
 * A % row holds fractions (12% is 0.12). Beyond ±1 the figure was almost surely typed as "12" for 12%
 * (a share cannot pass 100%, and a rate cannot fall by more than 100%). Exactly 1 is suspect only where
 * every target is below 100%: 新增工业用地“标准地”出让比例 targets 100%, so 1 is a real answer there.
 */
export function looksLikeWholePercent(indicator: Indicator, n: number): boolean {
  const targets = Object.values(indicator.targets).filter((t): t is number => t !== null);
  return Math.abs(n) > 1 || (n === 1 && targets.every((t) => t < 1));
}

/** percent-scale (警告, suggestion n ÷ 100 when that is a plausible fraction) or share-above-100 (错误). */
export function percentFindings({ cell, indicator, reading, value: n }: FigureCheck): Finding[] {
  if (!factsOf(indicator.unit).percent) return [];
  // "120%" typed with its sign means 120%, whatever the scale heuristics would guess.
  const signed = reading.kind === "number-as-text" && reading.unit === "%";
  const { year } = cell;
  const max = indicator.actualRange.max;
  const rescaled = tidy(n / 100);
  const above = (figure: number) => max !== null && figure > max;
  const shareAbove = (whole: boolean) => {
    const message = say.shareAbove100(indicator, year, n, whole);
    return [findingAt(cell, indicator.unit, "share-above-100", message)];
  };
  if (signed || !looksLikeWholePercent(indicator, n)) return above(n) ? shareAbove(false) : [];
  if (above(rescaled)) return shareAbove(true);
  const suggestion = looksLikeWholePercent(indicator, rescaled) ? null : rescaled;
  return [
    findingAt(
      cell,
      indicator.unit,
      "percent-scale",
      say.percentScale(indicator, year, n, suggestion),
      suggestion,
    ),
  ];
}
