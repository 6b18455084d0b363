/** "did you mean …?" hints for members that do not exist. */

import type { Spec } from "./proxy";

function distance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0] ?? 0;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j] ?? 0;
      dp[j] = Math.min((dp[j] ?? 0) + 1, (dp[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length] ?? 0;
}

export function suggest(spec: Spec, name: string): string {
  const names = [
    ...Object.keys(spec.scalars),
    ...Object.keys(spec.navs ?? {}),
    ...Object.keys(spec.methods ?? {}),
  ];
  const best = names
    .map((n) => ({ n, d: distance(n.toLowerCase(), name.toLowerCase()) }))
    .filter((x) => x.d <= 2)
    .sort((a, b) => a.d - b.d)[0];
  return best ? ` (did you mean '${best.n}'?)` : "";
}
