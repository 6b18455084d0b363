/**
 * `npm run validate-workbook -- FILE.xlsx … [--period YYYY-MM] [--json [--actuals]]`: checks returned
 * templates, never writing to them: each file, then the files against each other. Arguments, the
 * report per file, the JSON output and the exit status.
 */
import { defaultPeriod, formatPeriod, samePeriod, type ReportingPeriod } from "../core/reporting-period";
import type { Finding, TemplateCell } from "../core/validation/types";
import { validate } from "../core/validation/validate";
import type { Plan } from "../model/types";
import { takenValue } from "../core/validation/taken-value";
import { compareReturns, toCompare, type ReturnToCompare } from "../reader/compare-returns";
import { readMessages } from "../reader/messages";
import type { ReadNote } from "../reader/types";
import { readReturnFile, type ReturnOnDisk } from "../xlsx/read-return-file";
import { validateTexts as say } from "./messages";
import type { CliOutput } from "./output";
import { commandLine, periodArgument, type Parsed } from "./arguments";
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
  /** With --json: also every actual read, as {"findings": […], "actuals": […]}. */
  actuals: boolean;
}

/**
 * Without --period: the period each file states under its titles, else the last complete month (as
 * the pane), so in January the whole previous year.
 */
export function parseValidateArguments(argv: string[], plan: Plan, today: Date): Parsed<ValidateArguments> {
  const options = {
    period: { type: "string" },
    json: { type: "boolean" },
    actuals: { type: "boolean" },
    help: { type: "boolean" },
  } as const;
  const parsed = commandLine({ args: argv, options, allowPositionals: true });
  if (!parsed.ok) return parsed;
  const { values, positionals: files } = parsed.value;
  if (files.length === 0) return { ok: false, message: say.noFiles };
  const period = periodArgument(values.period);
  if (!period.ok) return period;
  const fallback = defaultPeriod(plan.years, today);
  return {
    ok: true,
    value: {
      files,
      period: period.value,
      fallback,
      json: values.json ?? false,
      actuals: values.actuals ?? false,
    },
  };
}

/** The period a file is validated for: `--period`, else the one it states, else the last complete month. */
function periodFor(read: ReturnOnDisk, { period, fallback }: ValidateArguments): ReportingPeriod {
  return period ?? read.statedPeriod?.period ?? fallback;
}

/** The file's notes: a stated period not used, what the reader met (copies, edited headers, missing rows), then unknown rows. */
function notesOf(read: ReturnOnDisk, period: ReportingPeriod): string[] {
  const stated = read.statedPeriod?.period;
  const otherPeriod =
    stated && !samePeriod(stated, period)
      ? [say.statedPeriodNote(formatPeriod(stated), formatPeriod(period))]
      : [];
  const unknown = read.unknownRows.map(
    (row) => `  ${say.cellRef(row.sheet, row.address)}  ${readMessages.unknownRow(row.code)}`,
  );
  return [
    ...otherPeriod,
    ...read.notes.map(noteLine),
    ...(unknown.length > 0 ? [say.unknownRowsHeading(unknown.length), ...unknown] : []),
  ];
}

const noteLine = (note: ReadNote) => `${note.severity}：${note.message}`;

/** One finding or note in --json: the same keys for both (a note has no cell or no indicator). */
const findingJson = (file: string | null, f: Finding | ReadNote) => ({
  file,
  sheet: f.sheet,
  cell: f.address,
  indicatorId: f.indicatorId,
  year: f.year,
  severity: f.severity,
  code: f.code,
  message: f.message,
  suggestion: "suggestion" in f ? (f.suggestion ?? null) : null,
});

/** Every actual read, with the cell as the file holds it and the figure taken (null when none). */
const actualJson = (plan: Plan, file: string, cell: TemplateCell) => {
  const indicator = plan.indicators.find((i) => i.id === cell.indicatorId);
  return {
    file,
    sheet: cell.sheet,
    cell: cell.address,
    indicatorId: cell.indicatorId,
    year: cell.year,
    raw: cell.raw,
    ...(cell.formula === undefined ? {} : { formula: cell.formula }),
    value: indicator ? takenValue(cell, indicator) : null,
  };
};

const errorsIn = (items: readonly { severity: string }[]) => items.some((item) => item.severity === "错误");

export async function runValidateCli(argv: string[], plan: Plan, output: CliOutput, today = new Date()) {
  const parsed = parseValidateArguments(argv, plan, today);
  if (!parsed.ok) {
    if (parsed.message === null) output.log(say.usage);
    else output.error(`${parsed.message}\n\n${say.usage}`);
    return parsed.message === null ? EXIT.clean : EXIT.unreadable;
  }
  const { files, json, actuals } = parsed.value;
  let status: number = EXIT.clean;
  const findings: ReturnType<typeof findingJson>[] = [];
  const taken: ReturnType<typeof actualJson>[] = [];
  const returns: ReturnToCompare[] = [];
  for (const file of files) {
    const read = await readReturnFile(plan, file);
    if (!read.ok) {
      output.error(say.fileFailed(file, read.message));
      status = EXIT.unreadable;
      continue;
    }
    const period = periodFor(read.value, parsed.value);
    const found = validate(plan, read.value, period);
    if (errorsIn(found) || errorsIn(read.value.notes)) status = Math.max(status, EXIT.errors);
    const heading = say.fileHeading(file, period);
    const notes = notesOf(read.value, period);
    if (!json)
      output.log([heading, ...notes, ...reportLines(found, "  ", read.value.notes)].join("\n") + "\n");
    else if (notes.length > 0) output.error([heading, ...notes].join("\n"));
    findings.push(
      ...read.value.notes.map((n) => findingJson(file, n)),
      ...found.map((f) => findingJson(file, f)),
    );
    taken.push(...read.value.actuals.map((cell) => actualJson(plan, file, cell)));
    returns.push(toCompare(file, read.value));
  }
  const across = compareReturns(plan, returns);
  if (across.length > 0 && !json)
    output.log([say.acrossFilesHeading, ...across.map(noteLine)].join("\n") + "\n");
  else if (across.length > 0) output.error([say.acrossFilesHeading, ...across.map(noteLine)].join("\n"));
  findings.push(...across.map((n) => findingJson(null, n)));
  if (json) output.log(JSON.stringify(actuals ? { findings, actuals: taken } : findings, null, 2));
  return status;
}
