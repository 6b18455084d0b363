/**
 * The static import graph of the source (.ts/.tsx), as a bundler sees what loads at start: `import`
 * and `export … from` statements are followed; dynamic `import()` (loaded on demand) and type-only
 * imports (erased by the compiler) are not. Bare specifiers are recorded as packages, not followed.
 */
import { existsSync, statSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { staticSpecifiers } from "./static-imports";

export interface ImportGraph {
  /** Source files reached, relative to the repository root. */
  files: string[];
  /** Each package imported, with the files that import it. */
  packages: Map<string, string[]>;
  /** The chain of files from the entry to `file` (entry first). */
  pathTo(file: string): string[];
}

const root = resolve(__dirname, "../..");
const extensions = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];

function resolveRelative(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier);
  const found = extensions.map((ext) => base + ext).find((p) => existsSync(p) && statSync(p).isFile());
  if (!found) throw new Error(`cannot resolve "${specifier}" from ${relative(root, from)}`);
  return found;
}

const packageOf = (specifier: string): string =>
  specifier
    .split("/")
    .slice(0, specifier.startsWith("@") ? 2 : 1)
    .join("/");

export function staticImportGraph(entry: string): ImportGraph {
  const start = resolve(root, entry);
  const parents = new Map<string, string | null>([[start, null]]);
  const packages = new Map<string, string[]>();
  const queue = [start];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (!/\.tsx?$/.test(file)) continue; // JSON and other assets have no imports
    for (const specifier of staticSpecifiers(file)) {
      if (!specifier.startsWith(".")) {
        const name = packageOf(specifier);
        packages.set(name, [...(packages.get(name) ?? []), relative(root, file)]);
        continue;
      }
      const target = resolveRelative(file, specifier);
      if (parents.has(target)) continue;
      parents.set(target, file);
      queue.push(target);
    }
  }
  const pathTo = (file: string): string[] => {
    const chain: string[] = [];
    for (let at: string | null | undefined = resolve(root, file); at; at = parents.get(at))
      chain.unshift(relative(root, at));
    return chain;
  };
  return { files: [...parents.keys()].map((file) => relative(root, file)), packages, pathTo };
}
