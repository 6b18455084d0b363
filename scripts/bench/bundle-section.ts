/** The bundle part of the bench: weights and rules of a fresh build, and its functions code loaded. */
import { checkBundleRules } from "./bundle-contents";
import { measureBundle } from "./bundle-weight";
import { loadBuiltFunctions } from "./built-functions";
import type { FunctionSet } from "./function-answers";
import type { ProductionBuild } from "./production-build";
import { bundleRows } from "./report-bundle";
import type { Row } from "./table";

/** Bundle rows, and the built functions code loaded for the throughput measure; the build is then deleted. */
export function bundleSection(build: ProductionBuild): { rows: Row[]; functions: FunctionSet } {
  try {
    const bundle = measureBundle(build.outputDir);
    const firstLoad = bundle.firstLoad.map((f) => f.file);
    const rules = checkBundleRules(build.statsFile, firstLoad);
    const functionsCode = firstLoad.filter((file) => file !== "taskpane.js");
    const functions = loadBuiltFunctions(build.outputDir, functionsCode);
    return { rows: bundleRows(bundle, rules, build.seconds), functions };
  } finally {
    build.remove();
  }
}
