/**
 * Worksheet function throughput: a million mixed calls (what Excel calls for each cell), of the
 * functions as built (functions.js) and from the source, beside the core alone and the baseline doing
 * the same arithmetic on numbers already looked up. The sides are timed in turn, round after round.
 */
import { answerWith, sourceFunctions, type Answer, type FunctionSet } from "./function-answers";
import { baselineAnswer } from "./function-baseline";
import { coreAnswer, functionCalls, type FunctionCall } from "./function-calls";
import { median, timeInRounds } from "./timing";

export interface Side {
  perSecond: number;
  /** Median over the rounds of this side's time ÷ the baseline's time in the same round. */
  slowdown: number;
}

export interface FunctionThroughput {
  calls: number;
  distinctCalls: number;
  baseline: Side;
  /** The built functions.js (what Excel runs); null when the bench ran without a build. */
  built: Side | null;
  /** src/functions as tsx runs it (CommonJS: every call into another module goes through a getter). */
  source: Side;
  /** src/core on an indicator already looked up: what is left without argument parsing. */
  core: Side;
}

function coreValue(call: FunctionCall): number {
  const answer = coreAnswer(call);
  return answer.ok ? answer.value : Number.NaN;
}

/** Sums the answers, so no call can be optimised away and each side can be checked against the baseline. */
function sweep(calls: readonly FunctionCall[], count: number, answer: Answer): number {
  let sum = 0;
  for (let i = 0; i < count; i += 1) sum += answer(calls[i % calls.length] as FunctionCall);
  return sum;
}

export function measureFunctionThroughput(
  built: FunctionSet | null,
  { count = 1_000_000, runs = 5 } = {},
): FunctionThroughput {
  const calls = functionCalls();
  const sides: [string, Answer][] = [
    ["baseline", baselineAnswer],
    ["source", answerWith(sourceFunctions)],
    ["core", coreValue],
    ...(built ? [["built", answerWith(built)] as [string, Answer]] : []),
  ];
  // Checking every side before timing any also lets the sweep see them all, so none is timed inlined
  // into the loop: Excel calls a function, it never inlines it.
  const expected = sweep(calls, calls.length, baselineAnswer);
  for (const [name, answer] of sides) {
    const sum = sweep(calls, calls.length, answer);
    if (Math.abs(sum - expected) > 1e-9 * Math.abs(expected))
      throw new Error(
        `${name} answers sum to ${sum}, the baseline's to ${expected}: not the same arithmetic`,
      );
  }
  const times = timeInRounds(
    sides.map(
      ([, answer]) =>
        () =>
          sweep(calls, count, answer),
    ),
    runs,
  );
  const [baselineTimes = []] = times;
  const side = (name: string): Side | null => {
    const own = times[sides.findIndex(([n]) => n === name)];
    if (!own) return null;
    const slowdown = median(own.map((time, round) => time / (baselineTimes[round] ?? time)));
    return { perSecond: (count * 1000) / median(own), slowdown };
  };
  const [baseline, source, core] = [side("baseline"), side("source"), side("core")];
  if (!baseline || !source || !core) throw new Error("a side of the function benchmark was not timed");
  return { calls: count, distinctCalls: calls.length, baseline, built: side("built"), source, core };
}
