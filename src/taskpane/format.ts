import { factsOf } from "../core/units";

/** A figure as the pane shows it: percentages as 12.0%, counts whole, other figures to two decimals. */
export function formatFigure(value: number | null, unit: string): string {
  if (value === null) return "—";
  const facts = factsOf(unit);
  if (facts.percent) return `${(value * 100).toFixed(1)}%`;
  if (facts.integer && Number.isInteger(value)) return `${value} ${unit}`;
  return `${Number(value.toFixed(2))} ${unit}`.trim();
}

export const formatRate = (rate: number | null): string =>
  rate === null ? "—" : `${(rate * 100).toFixed(1)}%`;

/** A raw cell value as typed, for "原值：…". */
export const formatRaw = (raw: unknown): string => (raw === "" || raw === null ? "（空）" : String(raw));
