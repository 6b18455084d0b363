/**
 * The "on demand" rules checked on the built chunks (webpack stats): no exceljs module in a file the
 * pane loads at start, no React or Fluent UI module in the functions code (functions.js and the
 * shared.js it needs), and nothing of the offline page in the add-in. Also names the files 汇总's
 * reading loads on demand. test/performance checks the same rules on the source import graph.
 */
import { readFileSync } from "node:fs";

interface StatsModule {
  name?: string;
  /** The parts of a concatenated module. */
  modules?: StatsModule[];
}

interface StatsChunk {
  names: string[];
  files: string[];
  modules?: StatsModule[];
}

export interface BundleRules {
  /** exceljs modules found in a first-load file (should be none). */
  exceljsAtStart: string[];
  /** React / Fluent UI modules found in the functions code (should be none). */
  uiInFunctions: string[];
  /** Modules of the offline page (src/offline) anywhere in the add-in's build (should be none). */
  offlineInAddIn: string[];
  /** The files 汇总's reading loads on demand: its own chunk and those carrying exceljs. */
  consolidationFiles: string[];
}

const moduleNames = (modules: readonly StatsModule[] = []): string[] =>
  modules.flatMap((m) => [...(m.name ? [m.name] : []), ...moduleNames(m.modules)]);

const fromPackage = (pattern: RegExp) => (name: string) => pattern.test(name);
const isExceljs = fromPackage(/node_modules\/exceljs\//);
const isUi = fromPackage(/node_modules\/(?:react|react-dom|scheduler|@fluentui\/[^/]+)\//);
const isOffline = fromPackage(/(?:^|\/)src\/offline\//);

export function checkBundleRules(statsFile: string, firstLoad: readonly string[]): BundleRules {
  const { chunks } = JSON.parse(readFileSync(statsFile, "utf8")) as { chunks: StatsChunk[] };
  const namesIn = (pick: (chunk: StatsChunk) => boolean) =>
    [...new Set(chunks.filter(pick).flatMap((chunk) => moduleNames(chunk.modules)))].sort();
  const atStart = namesIn((chunk) => chunk.files.some((file) => firstLoad.includes(file)));
  const functionsCode = namesIn((chunk) => chunk.names.some((n) => n === "functions" || n === "shared"));
  const everything = namesIn(() => true);
  const consolidationFiles = chunks
    .filter(
      (chunk) => chunk.names.includes("consolidation-work") || moduleNames(chunk.modules).some(isExceljs),
    )
    .flatMap((chunk) => chunk.files.filter((file) => file.endsWith(".js") && !firstLoad.includes(file)));
  return {
    exceljsAtStart: atStart.filter(isExceljs),
    uiInFunctions: functionsCode.filter(isUi),
    offlineInAddIn: everything.filter(isOffline),
    consolidationFiles: [...new Set(consolidationFiles)].sort(),
  };
}
