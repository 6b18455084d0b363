import { findingAt } from "../finding";
import { findingMessages as say } from "../messages";
import type { Finding } from "../types";
import type { FigureCheck } from "./context";

/** The figures of one indicator by year, as read from its actual cells. */
export type FiguresByYear = ReadonlyMap<number, number>;

/**
 * A running total (累计新增…) or a count held at year end (…累计数量) rarely goes down: compared with the
 * latest earlier year that has a figure. No suggestion: either year may be the wrong one.
 */
export function cumulativeDecrease(check: FigureCheck, figures: FiguresByYear): Finding[] {
  const { cell, indicator, value: n } = check;
  if (indicator.kind !== "cumulative" && indicator.kind !== "stock") return [];
  const earlierYears = [...figures.keys()].filter((y) => y < cell.year).sort((a, b) => b - a);
  const [latest] = earlierYears;
  const earlier = latest === undefined ? undefined : figures.get(latest);
  if (latest === undefined || earlier === undefined || n >= earlier) return [];
  const message = say.cumulativeDecrease(indicator, cell.year, n, latest, earlier);
  return [findingAt(cell, indicator.unit, "cumulative-decrease", message)];
}
