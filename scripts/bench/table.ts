/** The bench's one output table: aligned plain-text columns, with number formats shared by its rows. */

export type Verdict = "ok" | "OVER" | "";

export interface Row {
  area: string;
  measure: string;
  value: string;
  budget: string;
  verdict: Verdict;
}

const columns: { key: keyof Row; title: string }[] = [
  { key: "area", title: "Area" },
  { key: "measure", title: "Measure" },
  { key: "value", title: "Value" },
  { key: "budget", title: "Budget" },
  { key: "verdict", title: "" },
];

export function formatTable(rows: readonly Row[]): string {
  const widths = columns.map(({ key, title }) =>
    Math.max(title.length, ...rows.map((row) => row[key].length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return [
    line(columns.map((c) => c.title)),
    rule,
    ...rows.map((row) => line(columns.map((c) => row[c.key]))),
  ].join("\n");
}

export const verdict = (withinBudget: boolean): Verdict => (withinBudget ? "ok" : "OVER");

/** A row that reports a figure without a budget. */
export const info = (area: string, measure: string, value = ""): Row => ({
  area,
  measure,
  value,
  budget: "",
  verdict: "",
});

/** 1234567 → "1,234,567". */
export const count = (n: number): string => Math.round(n).toLocaleString("en-US");

/** Bytes in kB of 1,000 bytes (the unit of the budget and of the template figures it is compared with). */
export const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;

/** 1480056 → "1.48 M"; 44461 → "44.5 k". */
export function rate(perSecond: number): string {
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toFixed(2)} M`;
  return perSecond >= 1e3 ? `${(perSecond / 1e3).toFixed(1)} k` : perSecond.toFixed(0);
}
