/** The performance budget (docs/performance.md). Counts are asserted in test/performance; times are only reported. */
export const budgets = {
  /** Round trips of 插入模板, whatever the plan's size (3 into a workbook without the template, 4 for an update). */
  insertRoundTrips: 4,
  /** Round trips of 校验实绩: the names, the tables, the marks. */
  validateRoundTrips: 3,
  /** Round trips of live re-validation of one edited cell: the names, the rows, the marks. */
  revalidateRoundTrips: 3,
  /** Round trips of the 汇总 preview (the confirmation's read): the names, then what they point at. */
  consolidationPreviewRoundTrips: 2,
  /** Round trips of writing a 汇总 into the workbook's template: two reads, the report sheets, the cells and swap. */
  consolidationWriteRoundTrips: 4,
  /** … into a workbook without the template (the filled template is inserted first). */
  consolidationWriteEmptyRoundTrips: 6,
  /** Consolidating returned files at most this many times the time exceljs takes merely to load them. */
  consolidationSlowdown: 1.3,
  /** Queued operations grow linearly: ops(n×) ≤ this × n × ops(1×). */
  operationGrowth: 1.2,
  /** JavaScript of the pane's first load (functions code included), gzip, in bytes (120 KB of 1,000 B). */
  firstLoadGzipBytes: 120_000,
  /** The functions at most this many times slower than the same arithmetic on looked-up numbers. */
  functionSlowdown: 3,
  /** The offline page, one .html file with everything inline, gzip, in bytes (500 KB of 1,000 B). */
  offlineGzipBytes: 500_000,
  /** Opening the offline page to its first usable screen, at most this many times the time to open as many bytes of inert text. */
  offlineFirstScreenRatio: 2.5,
} as const;

/** Whether `operations[i]` (at `factors[i]` × the real plan) stays within linear growth of `operations[0]`. */
export function growsLinearly(operations: readonly number[], factors: readonly number[]): boolean {
  const [first = 0] = operations;
  return operations.every((ops, i) => ops <= budgets.operationGrowth * (factors[i] ?? 1) * first);
}
