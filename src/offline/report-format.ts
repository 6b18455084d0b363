/** A report cell's figure as its number format shows it ("0.00" → 145.00, "0.0%" → 102.9%, "0" → 3). */
export function formatFigure(value: number, numberFormat = "General"): string {
  const percent = numberFormat.endsWith("%");
  const decimals = /\.(0+)/.exec(numberFormat)?.[1]?.length ?? 0;
  if (numberFormat === "General" || numberFormat === "") return String(Number(value.toPrecision(12)));
  return percent ? `${(value * 100).toFixed(decimals)}%` : value.toFixed(decimals);
}
