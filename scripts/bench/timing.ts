/** Wall-clock timing: warm-up runs first (JIT, caches), then the median of measured runs. */

export interface Timed {
  /** Median milliseconds of the measured runs. */
  medianMs: number;
  runs: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

function timeOnce(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Times `run` after `warmUps` unmeasured calls; returns the median over `runs` calls. */
export async function timeMedian(
  run: () => unknown,
  { warmUps = 1, runs = 5 }: { warmUps?: number; runs?: number } = {},
): Promise<Timed> {
  for (let i = 0; i < warmUps; i += 1) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return { medianMs: median(times), runs };
}

/**
 * Times synchronous tasks in rounds (each task once per round, in turn), so a busy moment of the
 * machine slows every task alike; returns each task's times, one per round, after a warm-up round.
 */
export function timeInRounds(tasks: readonly (() => unknown)[], runs = 5): number[][] {
  tasks.forEach((task) => task());
  const times = tasks.map((): number[] => []);
  for (let round = 0; round < runs; round += 1) tasks.forEach((task, i) => times[i]?.push(timeOnce(task)));
  return times;
}

/** Items per second from a count and a median time. */
export const perSecond = (count: number, { medianMs }: Timed): number => (count * 1000) / medianMs;
