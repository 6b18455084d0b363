/** Checks filled templates returned by units, without Excel (usage: `--help`). Never writes to them. */
import { plan } from "../model";
import { runValidateCli } from "./validate-command";

void runValidateCli(process.argv.slice(2), plan, console).then((code) => {
  process.exitCode = code;
});
