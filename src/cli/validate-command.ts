/**
 * `npm run validate-workbook -- FILE.xlsx … [--period YYYY-MM] [--json]`: checks returned templates,
 * never writing to them. Arguments, the report per file, the JSON output and the exit status.
 */
import { parseArgs } from "node:util";
import { defaultPeriod, type ReportingPeriod } from "../core/reporting-period";
import { countOf } from "../core/validation/finding";
import type { Finding } from "../core/validation/types";
import { validate } from "../core/validation/validate";
import type { Plan } from "../model/types";
import { readMessages } from "../template/read-messages";
import { readTemplateFile, type TemplateFileCells } from "../xlsx/read-template-file";
import { validateTexts as say } from "./messages";
import type { CliOutput } from "./output";
import { reportLines } from "./report";

/** Exit codes: 0 no 错误, 1 some 错误, 2 a file that is no template or cannot be read (2 wins). */
const EXIT = { clean: 0, errors: 1, unreadable: 2 } as const;

export interface ValidateArguments {
  files: string[];
  period: ReportingPeriod;
  json: boolean;
}

function periodOf(text: string): ReportingPeriod | null {
  const match = /^(\d{4})-(\d{1,2})$/.exec(text.trim());
  const [year, month] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  return month >= 1 && month <= 12 ? { year, month } : null;
}

/** A null message is a request for the usage text (`--help`). */
type Parsed = { ok: true; value: ValidateArguments } | { ok: false; message: string | null };

/** Without --period: the last complete month (as the pane), so in January the whole previous year. */
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
  const period = values.period === undefined ? defaultPeriod(plan.years, today) : periodOf(values.period);
  if (period === null) return { ok: false, message: say.badPeriod(values.period ?? "") };
  return { ok: true, value: { files, period, json: values.json ?? false } };
}

/** What the file's report says besides findings: tables found without names, rows not in the model. */
function notesOf(cells: TemplateFileCells): string[] {
  const unknown = cells.unknownRows.map(
    (row) => `  ${say.cellRef(row.sheet, row.address)}  ${readMessages.unknownRow(row.code)}`,
  );
  return [
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
  const { files, period, json } = parsed.value;
  let status: number = EXIT.clean;
  const all: ReturnType<typeof jsonOf>[] = [];
  for (const file of files) {
    const read = await readTemplateFile(plan, file);
    if (!read.ok) {
      output.error(say.fileFailed(file, read.message));
      status = EXIT.unreadable;
      continue;
    }
    const findings = validate(plan, read.value, period);
    if (countOf(findings, "错误") > 0) status = Math.max(status, EXIT.errors);
    const heading = say.fileHeading(file, period);
    const notes = notesOf(read.value);
    if (!json) output.log([heading, ...notes, ...reportLines(findings)].join("\n") + "\n");
    else if (notes.length > 0) output.error([heading, ...notes].join("\n"));
    if (json) all.push(...findings.map((f) => jsonOf(file, f)));
  }
  if (json) output.log(JSON.stringify(all, null, 2));
  return status;
}
