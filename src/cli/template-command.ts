/**
 * `npm run template -- --out FILE.xlsx [--unit 区经信局] [--period 2023-06] [--assign B-06=区经信局]
 * [--password …] [--force]`: the template as a file.
 */
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { leadUnitsOf, reportingUnitsOf, unledIndicators, type Assignments } from "../core/indicator-list";
import { defaultPeriod, type ReportingPeriod } from "../core/reporting-period";
import type { Plan } from "../model/types";
import { buildTemplateLayout } from "../template/build-layout";
import { periodWords } from "../template/report-period";
import { writeTemplateFile } from "../xlsx/write-template";
import { templateTexts as say } from "./messages";
import type { CliOutput } from "./output";
import { commandLine, outArgument, periodArgument, type Parsed } from "./arguments";

interface TemplateArguments {
  out: string;
  unit: string | null;
  period: ReportingPeriod;
  assignments: Assignments;
  password: string | undefined;
  force: boolean;
}

/** A null message is a request for the usage text (`--help`). */
type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/** `--assign B-06=区经信局`, each for an indicator the document names no lead unit for, to a lead unit. */
function assignmentsOf(texts: string[], plan: Plan): Checked<Assignments> {
  const unled = unledIndicators(plan).map((indicator) => indicator.id);
  const units = leadUnitsOf(plan);
  const assignments: Record<string, string> = {};
  for (const text of texts) {
    const [id = "", unit = ""] = text.split("=").map((part) => part.trim());
    if (id === "" || unit === "" || text.split("=").length !== 2)
      return { ok: false, message: say.badAssignment(text) };
    const known = unled.find((candidate) => candidate.toUpperCase() === id.toUpperCase());
    if (known === undefined) return { ok: false, message: say.notUnled(id, unled) };
    if (!units.includes(unit)) return { ok: false, message: say.unknownUnit(unit, units) };
    assignments[known] = unit;
  }
  return { ok: true, value: assignments };
}

function parseTemplateArguments(argv: string[], plan: Plan, today: Date): Parsed<TemplateArguments> {
  const options = {
    out: { type: "string" },
    unit: { type: "string" },
    period: { type: "string" },
    assign: { type: "string", multiple: true },
    password: { type: "string" },
    force: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  } as const;
  const parsed = commandLine({ args: argv, options, allowPositionals: false });
  if (!parsed.ok) return parsed;
  const { values } = parsed.value;
  const { unit = null, password, force } = values;
  const out = outArgument(values.out, say.missingOut);
  if (!out.ok) return out;
  const stated = periodArgument(values.period);
  if (!stated.ok) return stated;
  const period = stated.value ?? defaultPeriod(plan.years, today);
  const assignments = assignmentsOf(values.assign ?? [], plan);
  if (!assignments.ok) return assignments;
  const units = reportingUnitsOf(plan, assignments.value);
  if (unit !== null && !units.includes(unit)) return { ok: false, message: say.unknownUnit(unit, units) };
  return {
    ok: true,
    value: { out: resolve(out.value), unit, period, assignments: assignments.value, password, force },
  };
}

/** Returns the exit code: 0 written (or usage shown), 1 bad arguments or a file that would be overwritten. */
export async function runTemplateCli(
  argv: string[],
  plan: Plan,
  output: CliOutput,
  today = new Date(),
): Promise<number> {
  const parsed = parseTemplateArguments(argv, plan, today);
  if (!parsed.ok && parsed.message === null) {
    output.log(say.usage);
    return 0;
  }
  if (!parsed.ok) {
    output.error(`${parsed.message}\n\n${say.usage}`);
    return 1;
  }
  const { out, unit, period, assignments, password, force } = parsed.value;
  if (!existsSync(dirname(out))) {
    output.error(say.noFolder(dirname(out)));
    return 1;
  }
  if (existsSync(out) && !force) {
    output.error(say.exists(out));
    return 1;
  }
  const layout = buildTemplateLayout(plan, { leadUnit: unit, period, assignments });
  await writeTemplateFile(layout, out, password === undefined ? {} : { password });
  output.log(
    say.written(
      out,
      layout.sheets.map((sheet) => sheet.name),
      periodWords(period),
    ),
  );
  return 0;
}
