/** `npm run template -- --out FILE.xlsx [--unit 区经信局] [--password …] [--force]`: the template as a file. */
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { leadUnitsOf } from "../core/indicator-list";
import type { Plan } from "../model/types";
import { buildTemplateLayout } from "../template/build-layout";
import { writeTemplateFile } from "../xlsx/write-template";
import { templateTexts as say } from "./messages";
import type { CliOutput } from "./output";

interface TemplateArguments {
  out: string;
  unit: string | null;
  password: string | undefined;
  force: boolean;
}

/** A null message is a request for the usage text (`--help`). */
type Parsed = { ok: true; value: TemplateArguments } | { ok: false; message: string | null };

function parseTemplateArguments(argv: string[], plan: Plan): Parsed {
  const options = {
    out: { type: "string" },
    unit: { type: "string" },
    password: { type: "string" },
    force: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  } as const;
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false }));
  } catch (error) {
    return { ok: false, message: say.badArguments((error as Error).message) };
  }
  const { out, unit = null, password, force, help } = values;
  if (help) return { ok: false, message: null };
  if (out === undefined || out === "") return { ok: false, message: say.missingOut };
  if (!out.toLowerCase().endsWith(".xlsx")) return { ok: false, message: say.notXlsx(out) };
  const units = leadUnitsOf(plan);
  if (unit !== null && !units.includes(unit)) return { ok: false, message: say.unknownUnit(unit, units) };
  return { ok: true, value: { out: resolve(out), unit, password, force } };
}

/** Returns the exit code: 0 written (or usage shown), 1 bad arguments or a file that would be overwritten. */
export async function runTemplateCli(argv: string[], plan: Plan, output: CliOutput): Promise<number> {
  const parsed = parseTemplateArguments(argv, plan);
  if (!parsed.ok && parsed.message === null) {
    output.log(say.usage);
    return 0;
  }
  if (!parsed.ok) {
    output.error(`${parsed.message}\n\n${say.usage}`);
    return 1;
  }
  const { out, unit, password, force } = parsed.value;
  if (!existsSync(dirname(out))) {
    output.error(say.noFolder(dirname(out)));
    return 1;
  }
  if (existsSync(out) && !force) {
    output.error(say.exists(out));
    return 1;
  }
  const layout = buildTemplateLayout(plan, { leadUnit: unit });
  await writeTemplateFile(layout, out, password === undefined ? {} : { password });
  output.log(
    say.written(
      out,
      layout.sheets.map((sheet) => sheet.name),
    ),
  );
  return 0;
}
