/**
 * `npm run consolidate -- FILE… --out 汇总.xlsx [--period YYYY-MM] [--prefer 单位] [--force] [--json]`:
 * the task force's 汇总 as a file. Reads the returned files (never writes them), merges them, writes
 * the filled template with 数据来源, 进度总览 and 情况分析, and says what is unsettled.
 * Exit status: 0 merged with no unsettled conflict and no 错误; 1 a conflict unsettled or an 错误 in a
 * file; 2 a file could not be read or the arguments are wrong (the readable files are still merged).
 */
import { returnInputOf } from "../consolidation/return-input";
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { consolidate } from "../consolidation/consolidate";
import { consolidationWorkbook } from "../consolidation/report-layout";
import type { Consolidation, ReturnInput } from "../consolidation/types";
import { leadUnitsOf } from "../core/indicator-list";
import { defaultPeriod, samePeriod, type ReportingPeriod } from "../core/reporting-period";
import type { Plan } from "../model/types";
import { readReturnFile } from "../xlsx/read-return-file";
import { writeConsolidationFile } from "../xlsx/write-consolidation";
import { consolidateTexts as say, validateTexts } from "./messages";
import type { CliOutput } from "./output";
import { commandLine, outArgument, periodArgument, type Parsed } from "./arguments";

const EXIT = { clean: 0, unsettled: 1, unreadable: 2 } as const;

interface ConsolidateArguments {
  files: string[];
  out: string;
  /** `--period`, or null: the period the files state when they all state the same, else `fallback`. */
  period: ReportingPeriod | null;
  fallback: ReportingPeriod;
  prefer: string | null;
  force: boolean;
  json: boolean;
}

export function parseConsolidateArguments(
  argv: string[],
  plan: Plan,
  today: Date,
): Parsed<ConsolidateArguments> {
  const options = {
    out: { type: "string" },
    period: { type: "string" },
    prefer: { type: "string" },
    force: { type: "boolean" },
    json: { type: "boolean" },
    help: { type: "boolean" },
  } as const;
  const parsed = commandLine({ args: argv, options, allowPositionals: true });
  if (!parsed.ok) return parsed;
  const { values, positionals } = parsed.value;
  if (positionals.length === 0) return { ok: false, message: validateTexts.noFiles };
  const out = outArgument(values.out, say.missingOut);
  if (!out.ok) return out;
  const period = periodArgument(values.period);
  if (!period.ok) return period;
  const units = leadUnitsOf(plan);
  const prefer = values.prefer ?? null;
  if (prefer !== null && !units.includes(prefer))
    return { ok: false, message: say.unknownUnit(prefer, units) };
  const files = positionals.map((file) => resolve(file));
  if (files.includes(resolve(out.value))) return { ok: false, message: say.outIsInput(out.value) };
  return {
    ok: true,
    value: {
      files: positionals,
      out: resolve(out.value),
      period: period.value,
      fallback: defaultPeriod(plan.years, today),
      prefer,
      force: values.force ?? false,
      json: values.json ?? false,
    },
  };
}

/** The period every file states, when they state one and agree. */
function agreedPeriod(stated: readonly ReportingPeriod[]): ReportingPeriod | null {
  const [first] = stated;
  return first && stated.every((p) => samePeriod(p, first)) ? first : null;
}

/** The --json shape: the same object the pane works from, with the keys a script needs. */
const jsonOf = (result: Consolidation) => ({
  period: result.period,
  files: result.files.map(({ file, unit, sha256 }) => ({ file, unit, sha256 })),
  values: result.values.map(({ indicatorId, year, value, file, unit, sheet, cell }) => ({
    indicatorId,
    year,
    value,
    file,
    unit,
    sheet,
    cell,
  })),
  conflicts: result.conflicts.map(({ indicatorId, year, candidates, chosen }) => ({
    indicatorId,
    year,
    chosen,
    candidates: candidates.map(({ file, unit, value }) => ({ file, unit, value })),
  })),
  missing: result.missing,
  statuses: result.statuses.map(({ indicatorId, actual, expected, attainment, status }) => ({
    indicatorId,
    actual,
    expected,
    attainment,
    status,
  })),
  brief: result.brief,
});

export async function runConsolidateCli(
  argv: string[],
  plan: Plan,
  output: CliOutput,
  today = new Date(),
): Promise<number> {
  const parsed = parseConsolidateArguments(argv, plan, today);
  if (!parsed.ok) {
    if (parsed.message === null) output.log(say.usage);
    else output.error(`${parsed.message}\n\n${say.usage}`);
    return parsed.message === null ? EXIT.clean : EXIT.unreadable;
  }
  const { files, out, prefer, force, json } = parsed.value;
  if (!existsSync(dirname(out))) {
    output.error(say.noFolder(dirname(out)));
    return EXIT.unreadable;
  }
  if (existsSync(out) && !force) {
    output.error(say.exists(out));
    return EXIT.unreadable;
  }
  let status: number = EXIT.clean;
  const returns: ReturnInput[] = [];
  const stated: ReportingPeriod[] = [];
  for (const file of files) {
    const read = await readReturnFile(plan, file);
    if (!read.ok) {
      output.error(validateTexts.fileFailed(file, read.message));
      status = EXIT.unreadable;
      continue;
    }
    if (read.value.statedPeriod) stated.push(read.value.statedPeriod.period);
    returns.push(returnInputOf(file, read.value.sha256, read.value));
  }
  const period = parsed.value.period ?? agreedPeriod(stated) ?? parsed.value.fallback;
  const result = consolidate(plan, period, returns, { prefer, picks: {} });
  await writeConsolidationFile(consolidationWorkbook(plan, result), out);
  const unsettled = result.conflicts.filter((c) => c.chosen === null);
  const errors = result.files.filter((f) => f.used).reduce((sum, f) => sum + f.errors, 0);
  if (status === EXIT.clean && (unsettled.length > 0 || errors > 0)) status = EXIT.unsettled;
  if (json) output.log(JSON.stringify(jsonOf(result), null, 2));
  else output.log(say.report(result, out, unsettled.length, errors).join("\n"));
  return status;
}
