/**
 * A fresh production build into a temporary folder (never dist/), with webpack's stats so the bench
 * can tell which modules each file carries. Runs as a child process: about 25–30 s on 2 cores for the
 * add-in, about 20 s for the offline page (`config: "webpack.offline.js"`).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export interface ProductionBuild {
  /** The built files, as dist/ (or dist/offline/) would hold them. */
  outputDir: string;
  statsFile: string;
  seconds: number;
  /** Deletes the temporary folder. */
  remove(): void;
}

const root = resolve(__dirname, "../..");

export function productionBuild(config = "webpack.config.js"): Promise<ProductionBuild> {
  const folder = mkdtempSync(join(tmpdir(), "bench-build-"));
  const outputDir = join(folder, "dist");
  const statsFile = join(folder, "stats.json");
  const cli = join(root, "node_modules/webpack-cli/bin/cli.js");
  const args = [
    cli,
    "--mode",
    "production",
    "--config",
    config,
    "--output-path",
    outputDir,
    "--json",
    statsFile,
  ];
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.on("error", fail);
    child.on("close", (code) => {
      if (code !== 0) return fail(new Error(`webpack exited with ${code}:\n${errors.slice(-2000)}`));
      const remove = () => rmSync(folder, { recursive: true, force: true });
      done({ outputDir, statsFile, seconds: (performance.now() - started) / 1000, remove });
    });
  });
}
