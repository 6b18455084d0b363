/** `npm run validate-workbook -- FILE.xlsx … [--period YYYY-MM] [--json]`: checks returned templates. */
import { workbookMessages as say } from "../core/validation/messages";
import { countOf, reportLines } from "../core/validation/report";
import type { Finding } from "../core/validation/types";
import { validate } from "../core/validation/validate";
import type { Plan } from "../model/types";
import { parseValidateArguments } from "./read-cli-arguments";
import { readTemplateFile, type TemplateFileCells } from "./read-template-file";
import type { CliOutput } from "../cli/output";

/** Exit codes: 0 no 错误, 1 some 错误, 2 a file that is no template or cannot be read (2 wins). */
const EXIT = { clean: 0, errors: 1, unreadable: 2 } as const;

/** What the file's report says besides findings: tables found without names, rows not in the model. */
function notesOf(cells: TemplateFileCells): string[] {
  const unknown = cells.unknownRows.map(
    (row) => `  ${say.cellRef(row.sheet, row.address)}  ${say.unknownRow(row.code)}`,
  );
  return [
    ...(cells.foundBy === "headers" ? [say.foundByHeaders] : []),
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
