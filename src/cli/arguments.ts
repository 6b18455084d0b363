/**
 * What the three tools share in reading their arguments: Node's `parseArgs` with its mistakes worded in
 * Chinese and `--help` as a request for the usage text, `--period YYYY-MM` and `--out FILE.xlsx`.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { ReportingPeriod } from "../core/reporting-period";
import { argumentTexts as say } from "./messages";

/** A value, or why not; a null message asks for the usage text (`--help`). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string | null };

/** `parseArgs`: a mistake is a Chinese message, `--help` a request for usage. */
export function commandLine<T extends ParseArgsConfig>(config: T): Parsed<ReturnType<typeof parseArgs<T>>> {
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(config); // strict by default: an unknown option is a mistake
  } catch (error) {
    return { ok: false, message: say.badArguments((error as Error).message) };
  }
  return (parsed.values as { help?: boolean }).help
    ? { ok: false, message: null }
    : { ok: true, value: parsed };
}

/** `--period YYYY-MM` as the tools take it: 2023-06 is 2023年1–6月, 2023-12 the whole year. */
function periodOf(text: string): ReportingPeriod | null {
  const match = /^(\d{4})-(\d{1,2})$/.exec(text.trim());
  const [year, month] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  return month >= 1 && month <= 12 ? { year, month } : null;
}

/** `--period`, if given (null when not). */
export function periodArgument(text: string | undefined): Parsed<ReportingPeriod | null> {
  if (text === undefined) return { ok: true, value: null };
  const period = periodOf(text);
  return period === null ? { ok: false, message: say.badPeriod(text) } : { ok: true, value: period };
}

/** `--out`: required, an .xlsx file; `missing` says what the file is for. */
export function outArgument(out: string | undefined, missing: string): Parsed<string> {
  if (out === undefined || out === "") return { ok: false, message: missing };
  if (!out.toLowerCase().endsWith(".xlsx")) return { ok: false, message: say.notXlsx(out) };
  return { ok: true, value: out };
}
