/** 汇总 without Excel: merges returned files into one workbook (usage: `--help`). Never writes to them. */
import { plan } from "../model";
import { runConsolidateCli } from "./consolidate-command";

void runConsolidateCli(process.argv.slice(2), plan, console).then((code) => {
  process.exitCode = code;
});
