/** The arguments of `npm run validate-workbook`: files, `--period YYYY-MM`, `--json`, `--help`. */
import { parseArgs } from "node:util";
import { defaultPeriod, type ReportingPeriod } from "../core/reporting-period";
import { workbookMessages as say } from "../core/validation/messages";
import type { Plan } from "../model/types";

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
