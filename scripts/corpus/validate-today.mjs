/**
 * Runs today's reader on every corpus file and keeps what it says: `node validate-today.mjs OUT_DIR`, from
 * the repository root. Each file gets `npx tsx src/cli/validate-workbook.ts FILE --period 2023-06 --json`;
 * the exit code, stderr and the findings (not-reported ones only counted) go to OUT/validator-today.json.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";

const [out] = process.argv.slice(2);
if (!out) {
  console.error("usage: node scripts/corpus/validate-today.mjs OUT_DIR");
  process.exit(2);
}
const PERIOD = "2023-06";
const manifest = JSON.parse(await readFile(join(out, "manifest.json"), "utf8"));
const timer = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
const results = [];

for (const { file } of manifest.files) {
  const path = join(out, file);
  const command = ["npx", "tsx", "src/cli/validate-workbook.ts", path, "--period", PERIOD, "--json"];
  const started = Date.now();
  const run = timer
    ? spawnSync(timer, ["-f", "@@peak-kb %M", ...command], { encoding: "utf8", timeout: 600_000 })
    : spawnSync(command[0], command.slice(1), { encoding: "utf8", timeout: 600_000 });
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  const peak = /@@peak-kb (\d+)/.exec(run.stderr ?? "");
  const stderr = (run.stderr ?? "")
    .split("\n")
    .filter(
      (line) => line.trim() !== "" && !line.startsWith("@@peak-kb") && !line.startsWith("Command exited"),
    )
    .map((line) => line.split(path).join(file));
  let findings = [];
  try {
    findings = JSON.parse(run.stdout || "[]");
  } catch {
    stderr.push(`(stdout was not JSON: ${String(run.stdout).slice(0, 200)})`);
  }
  const counts = {};
  for (const f of findings) counts[f.code] = (counts[f.code] ?? 0) + 1;
  results.push({
    file,
    exitCode: run.status,
    signal: run.signal ?? null,
    seconds,
    peakMemoryMB: peak ? Math.round(Number(peak[1]) / 1024) : null,
    stderr,
    counts,
    findings: findings
      .filter((f) => f.code !== "not-reported")
      .map(({ sheet, cell, indicatorId, year, severity, code, message, suggestion }) => ({
        sheet,
        cell,
        indicatorId,
        year,
        severity,
        code,
        suggestion,
        message,
      })),
    notReported: findings.filter((f) => f.code === "not-reported").map((f) => `${f.sheet}!${f.cell}`),
  });
  console.log(`${file}: exit ${run.status}, ${JSON.stringify(counts)}`);
}

await writeFile(
  join(out, "validator-today.json"),
  JSON.stringify(
    { command: `npx tsx src/cli/validate-workbook.ts FILE --period ${PERIOD} --json`, results },
    null,
    2,
  ) + "\n",
);
console.log(`wrote ${join(out, "validator-today.json")} (${basename(out)})`);
