/**
 * 汇总 of returned files, timed against exceljs merely loading the same files. The files are templates
 * filled with exceljs, one per lead unit (its indicators only, 2021 up to the period, 95 % of the
 * target) plus a second, newer file from 区科技局 and from 区经信局: 11 files; 110 are ten such rounds
 * under other names. Consolidating is what the pane and `npm run consolidate` do to each file (what it
 * is, its package parts, exceljs, the reader, SHA-256), then the consolidation and its workbook
 * description. Peak memory is sampled after every file, in a process of its own (`measureInChild`).
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { consolidate } from "../../src/consolidation/consolidate";
import { consolidationWorkbook } from "../../src/consolidation/report-layout";
import type { ReturnInput } from "../../src/consolidation/types";
import { leadUnitsOf } from "../../src/core/indicator-list";
import { factsOf } from "../../src/core/units";
import type { Plan } from "../../src/model/types";
import { buildTemplateLayout } from "../../src/template/build-layout";
import { readReturnBytes } from "../../src/xlsx/read-return";
import { buildTemplateWorkbook } from "../../src/xlsx/write-template";
import { period } from "./template-session";
import { median } from "./timing";

export interface ReturnedFile {
  name: string;
  bytes: Uint8Array;
}

/** A lead unit's template with plausible actuals typed into its actual cells, saved at `savedAt`. */
async function filledTemplate(plan: Plan, unit: string, savedAt: Date, scale: number): Promise<Uint8Array> {
  const layout = buildTemplateLayout(plan, { leadUnit: unit });
  const byId = new Map(plan.indicators.map((indicator) => [indicator.id, indicator]));
  const workbook = await buildTemplateWorkbook(layout);
  workbook.modified = savedAt;
  for (const sheet of layout.sheets.filter((s) => s.role !== "annex1")) {
    const worksheet = workbook.getWorksheet(sheet.name);
    for (const { row, column, actualOf } of sheet.cells) {
      const indicator = actualOf && actualOf.year <= period.year ? byId.get(actualOf.indicatorId) : undefined;
      const target = actualOf && indicator?.targets[String(actualOf.year)];
      if (!worksheet || !indicator || typeof target !== "number") continue;
      const figure = target * scale;
      worksheet.getCell(row + 1, column + 1).value = factsOf(indicator.unit).integer
        ? Math.round(figure)
        : figure;
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** 11 returned files per round: the lead units, then a newer file from 区科技局 and from 区经信局. */
export async function returnedFiles(plan: Plan, rounds: number): Promise<ReturnedFile[]> {
  const units = leadUnitsOf(plan);
  const once = [
    ...units.map((unit) => ({ unit, at: new Date("2023-07-05T02:00:00Z"), scale: 0.95 })),
    { unit: "区科技局", at: new Date("2023-07-12T08:30:00Z"), scale: 1.02 },
    { unit: "区经信局", at: new Date("2023-07-12T09:00:00Z"), scale: 0.9 },
  ];
  const bytesOf = await Promise.all(once.map(({ unit, at, scale }) => filledTemplate(plan, unit, at, scale)));
  return Array.from({ length: rounds }, (_, round) =>
    once.map(({ unit }, i) => ({
      name: `${round + 1}-${i + 1}-${unit}.xlsx`,
      bytes: bytesOf[i] as Uint8Array,
    })),
  ).flat();
}

export interface Memory {
  rssBytes: number;
  heapUsedBytes: number;
}

class PeakMemory {
  private readonly start = process.memoryUsage();
  rss = 0;
  heap = 0;
  sample(): void {
    const now = process.memoryUsage();
    this.rss = Math.max(this.rss, now.rss);
    this.heap = Math.max(this.heap, now.heapUsed);
  }
  /** The peak, and how far above where it started. */
  result(): { peak: Memory; growth: Memory } {
    return {
      peak: { rssBytes: this.rss, heapUsedBytes: this.heap },
      growth: { rssBytes: this.rss - this.start.rss, heapUsedBytes: this.heap - this.start.heapUsed },
    };
  }
}

async function loadOnly(files: readonly ReturnedFile[], memory: PeakMemory): Promise<void> {
  for (const file of files) {
    await new ExcelJS.Workbook().xlsx.load(file.bytes as unknown as ArrayBuffer);
    memory.sample();
  }
}

async function consolidateFiles(plan: Plan, files: readonly ReturnedFile[], memory: PeakMemory) {
  const returns: ReturnInput[] = [];
  for (const file of files) {
    const read = await readReturnBytes(plan, file.bytes);
    if (!read.ok) throw new Error(`${file.name}: ${read.message}`);
    const { savedAt, record, actuals, targets, notes } = read.value;
    const sha256 = createHash("sha256").update(file.bytes).digest("hex");
    returns.push({
      file: file.name,
      sha256,
      savedAt,
      unit: record?.leadUnit ?? null,
      actuals,
      targets,
      notes,
    });
    memory.sample();
  }
  const result = consolidate(plan, period, returns);
  const description = consolidationWorkbook(plan, result);
  memory.sample();
  return { result, description };
}

export interface ConsolidationThroughput {
  files: number;
  values: number;
  superseded: number;
  loadMs: number;
  consolidateMs: number;
  /** Median of consolidate ÷ load, round by round. */
  slowdown: number;
  loadMemory: { peak: Memory; growth: Memory };
  consolidateMemory: { peak: Memory; growth: Memory };
}

/** Times both sides in turn (`warmUps` rounds, then `runs` rounds); memory from the first measured round. */
export async function measureConsolidationThroughput(
  plan: Plan,
  files: readonly ReturnedFile[],
  { warmUps = 3, runs = 5 }: { warmUps?: number; runs?: number } = {},
): Promise<ConsolidationThroughput> {
  const warm = await consolidateFiles(plan, files, new PeakMemory());
  for (let round = 0; round < warmUps; round += 1) {
    await loadOnly(files, new PeakMemory());
    await consolidateFiles(plan, files, new PeakMemory());
  }
  const load: number[] = [];
  const merge: number[] = [];
  let loadMemory: PeakMemory | null = null;
  let consolidateMemory: PeakMemory | null = null;
  for (let round = 0; round < runs; round += 1) {
    const forLoad = new PeakMemory();
    let start = performance.now();
    await loadOnly(files, forLoad);
    load.push(performance.now() - start);
    const forMerge = new PeakMemory();
    start = performance.now();
    await consolidateFiles(plan, files, forMerge);
    merge.push(performance.now() - start);
    loadMemory ??= forLoad;
    consolidateMemory ??= forMerge;
  }
  return {
    files: files.length,
    values: warm.result.values.length,
    superseded: warm.result.files.filter((f) => !f.used).length,
    loadMs: median(load),
    consolidateMs: median(merge),
    slowdown: median(merge.map((ms, i) => ms / (load[i] ?? ms))),
    loadMemory: (loadMemory ?? new PeakMemory()).result(),
    consolidateMemory: (consolidateMemory ?? new PeakMemory()).result(),
  };
}

/** The measure in a child process (`consolidation-child.ts`): its memory figures are its own. */
export function measureInChild(rounds: number, runs: number): Promise<ConsolidationThroughput> {
  const root = resolve(__dirname, "../..");
  const args = [join(root, "node_modules/tsx/dist/cli.mjs"), join(__dirname, "consolidation-child.ts")];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...args, String(rounds), String(runs)], { cwd: root });
    let out = "";
    let errors = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.on("error", fail);
    child.on("close", (code) =>
      code === 0
        ? done(JSON.parse(out) as ConsolidationThroughput)
        : fail(new Error(`consolidation-child exited with ${code}:\n${errors.slice(-2000)}`)),
    );
  });
}
