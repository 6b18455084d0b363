/**
 * `npm run validate-workbook -- FILE.xlsx … [--period YYYY-MM] [--json]`: checks returned templates,
 * never writing to them. Arguments, the report per file, the JSON output and the exit status.
 */
import { parseArgs } from "node:util";
import { defaultPeriod, formatPeriod, type ReportingPeriod } from "../core/reporting-period";
import { countOf } from "../core/validation/finding";
import type { Finding } from "../core/validation/types";
import { validate } from "../core/validation/validate";
import type { Plan } from "../model/types";
import { readMessages } from "../template/read-messages";
import { readTemplateFile, type TemplateFileCells } from "../xlsx/read-template-file";
import { validateTexts as say } from "./messages";
import { periodOf } from "./period-argument";
import type { CliOutput } from "./output";
import { reportLines } from "./report";

/** Exit codes: 0 no 错误, 1 some 错误, 2 a file that is no template or cannot be read (2 wins). */
const EXIT = { clean: 0, errors: 1, unreadable: 2 } as const;

export interface ValidateArguments {
  files: string[];
  /** `--period`, or null: each file's stated 报告期, else `fallback`. */
  period: ReportingPeriod | null;
  /** The last complete month, for a file that states no period. */
  fallback: ReportingPeriod;
  json: boolean;
}

/** A null message is a request for the usage text (`--help`). */
type Parsed = { ok: true; value: ValidateArguments } | { ok: false; message: string | null };

/**
 * Without --period: the period each file states under its titles, else the last complete month (as
 * the pane), so in January the whole previous year.
 */
export function parseValidateArguments(argv: string[], plan: Plan, today: Date): Parsed {
  const options = {
    period: { type: "string" },
    json: { type: "boolean" },
    help: { type: "boolean" },
  } as const;
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (error) {
    return { ok: false, message: say.badArguments((error as Error).message) };
  }
  const { values, positionals: files } = parsed;
  if (values.help) return { ok: false, message: null };
  if (files.length === 0) return { ok: false, message: say.noFiles };
  const period = values.period === undefined ? null : periodOf(values.period);
  if (values.period !== undefined && period === null)
    return { ok: false, message: say.badPeriod(values.period) };
  const fallback = defaultPeriod(plan.years, today);
  return { ok: true, value: { files, period, fallback, json: values.json ?? false } };
}

const samePeriod = (a: ReportingPeriod, b: ReportingPeriod) => a.year === b.year && a.month === b.month;

/** The period a file is validated for: `--period`, else the one it states, else the last complete month. */
function periodFor(cells: TemplateFileCells, { period, fallback }: ValidateArguments): ReportingPeriod {
  return period ?? cells.statedPeriod?.period ?? fallback;
}

/** What the file's report says besides findings: tables found without names, rows not in the model. */
function notesOf(cells: TemplateFileCells, period: ReportingPeriod): string[] {
  const stated = cells.statedPeriod?.period;
  const otherPeriod =
    stated && !samePeriod(stated, period)
      ? [say.statedPeriodNote(formatPeriod(stated), formatPeriod(period))]
      : [];
  const unknown = cells.unknownRows.map(
    (row) => `  ${say.cellRef(row.sheet, row.address)}  ${readMessages.unknownRow(row.code)}`,
  );
  return [
    ...otherPeriod,
    ...(cells.foundBy === "headers" ? [readMessages.foundByHeaders] : []),
    ...(unknown.length > 0 ? [say.unknownRowsHeading(unknown.length), ...unknown] : []),
  ];
}

const jsonOf = (file: string, f: Finding) => ({
  file,
  sheet: f.sheet,
  cell: f.address,
  indicatorId: f.indicatorId,
  year: f.year,
  severity: f.severity,
  code: f.code,
  message: f.message,
  suggestion: f.suggestion ?? null,
});

export async function runValidateCli(argv: string[], plan: Plan, output: CliOutput, today = new Date()) {
  const parsed = parseValidateArguments(argv, plan, today);
  if (!parsed.ok) {
    if (parsed.message === null) output.log(say.usage);
    else output.error(`${parsed.message}\n\n${say.usage}`);
    return parsed.message === null ? EXIT.clean : EXIT.unreadable;
  }
  const { files, json } = parsed.value;
  let status: number = EXIT.clean;
  const all: ReturnType<typeof jsonOf>[] = [];
  for (const file of files) {
    const read = await readTemplateFile(plan, file);
    if (!read.ok) {
      output.error(say.fileFailed(file, read.message));
      status = EXIT.unreadable;
      continue;
    }
    const period = periodFor(read.value, parsed.value);
    const findings = validate(plan, read.value, period);
    if (countOf(findings, "错误") > 0) status = Math.max(status, EXIT.errors);
    const heading = say.fileHeading(file, period);
    const notes = notesOf(read.value, period);
    if (!json) output.log([heading, ...notes, ...reportLines(findings)].join("\n") + "\n");
    else if (notes.length > 0) output.error([heading, ...notes].join("\n"));
    if (json) all.push(...findings.map((f) => jsonOf(file, f)));
  }
  if (json) output.log(JSON.stringify(all, null, 2));
  return status;
}
