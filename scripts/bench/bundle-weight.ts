/**
 * What the pane downloads: the scripts taskpane.html injects (its first load) and the chunks loaded
 * on demand, each raw and gzip-compressed (zlib level 6, gzip's default). office.js comes from
 * Microsoft's CDN (or the intranet copy) and is not counted.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface FileWeight {
  file: string;
  raw: number;
  gzip: number;
}

export interface BundleWeight {
  /** taskpane.html itself. */
  page: FileWeight;
  /** The scripts taskpane.html loads, in order (runtime, shared, functions, taskpane). */
  firstLoad: FileWeight[];
  /** Every other JavaScript file: chunks fetched only when a feature needs them. */
  onDemand: FileWeight[];
}

function weigh(dir: string, file: string): FileWeight {
  const bytes = readFileSync(join(dir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length };
}

/** The local script files of a page, in document order (absolute URLs such as office.js are skipped). */
export function scriptsOf(html: string): string[] {
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)].map((match) => match[1] ?? "");
  return sources.filter((src) => src !== "" && !/^(?:[a-z]+:)?\/\//i.test(src));
}

export function measureBundle(dir: string): BundleWeight {
  const scripts = scriptsOf(readFileSync(join(dir, "taskpane.html"), "utf8"));
  const others = readdirSync(dir).filter((file) => file.endsWith(".js") && !scripts.includes(file));
  return {
    page: weigh(dir, "taskpane.html"),
    firstLoad: scripts.map((file) => weigh(dir, file)),
    onDemand: others.sort().map((file) => weigh(dir, file)),
  };
}

export const total = (files: readonly FileWeight[]): FileWeight => ({
  file: `${files.length} files`,
  raw: files.reduce((sum, f) => sum + f.raw, 0),
  gzip: files.reduce((sum, f) => sum + f.gzip, 0),
});
