/** Writes the target breakdown template as an .xlsx file (usage: `--help`). */
import { plan } from "../model";
import { runTemplateCli } from "./template-command";

void runTemplateCli(process.argv.slice(2), plan, console).then((code) => {
  process.exitCode = code;
});
