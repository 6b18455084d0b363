/** Writes the target breakdown template as an .xlsx file (see `--help`-less usage in cli-messages). */
import { plan } from "../model";
import { runTemplateCli } from "../xlsx/write-template-cli";

void runTemplateCli(process.argv.slice(2), plan, console).then((code) => {
  process.exitCode = code;
});
