/** Returned templates for the CLI tests: the exported template with actuals typed in, and odd files. */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { buildTemplateLayout } from "../../src/template/build-layout";
import { addressIn } from "../../src/template/table-sheet";
import { headers, type TemplateLayout } from "../../src/template/types";
import { buildTemplateWorkbook } from "../../src/xlsx/write-template";
import { plan } from "../../src/model";

export const root = resolve(__dirname, "../..");
export const layout: TemplateLayout = buildTemplateLayout(plan, { leadUnit: null });
export const newFolder = () => mkdtempSync(join(tmpdir(), "validate-workbook-"));

/** An actual as a unit types it: indicator id, year, and what the cell holds (exceljs cell value). */
export type Typed = [id: string, year: number, value: ExcelJS.CellValue];

/** The input cell of an actual: the sheet that takes it (附件2 or 正文) and its address there. */
export function actualCell(id: string, year: number): { sheet: string; address: string } {
  for (const sheet of layout.sheets.filter((s) => s.role !== "annex1")) {
    const address = addressIn(sheet, id, headers.actual(year));
    if (address !== null) return { sheet: sheet.name, address };
  }
  throw new Error(`模板中没有 ${id} ${year}年实绩`);
}

export async function filledTemplate(
  folder: string,
  name: string,
  typed: Typed[],
  template: TemplateLayout = layout,
): Promise<string> {
  const workbook = await buildTemplateWorkbook(template);
  for (const [id, year, value] of typed) {
    const { sheet, address } = actualCell(id, year);
    workbook.getWorksheet(sheet)!.getCell(address).value = value;
  }
  const file = join(folder, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

/** Every actual of 2021–`through` set to that year's target (none where the plan prints “—”). */
export const onTarget = (through: number): Typed[] =>
  plan.indicators.flatMap((indicator) =>
    plan.years
      .filter((year) => year <= through && indicator.targets[String(year)] != null)
      .map((year): Typed => [indicator.id, year, indicator.targets[String(year)] ?? null]),
  );

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `npx tsx src/cli/validate-workbook.ts …` from the repository, as a user runs it. */
export function runCli(...args: string[]): CliRun {
  const tsx = join(root, "node_modules", ".bin", "tsx");
  const run = spawnSync(tsx, ["src/cli/validate-workbook.ts", ...args], { cwd: root, encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
