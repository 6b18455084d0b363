// Lints pieces of code as if they were files of src/, with the project's eslint config; prints
// [{ file, rules: ["rule-id", …] }] as JSON. Input on stdin: [{ file, code }].
import { ESLint } from "eslint";

const input = JSON.parse(
  await new Promise((resolve) => {
    let text = "";
    process.stdin.on("data", (chunk) => (text += chunk));
    process.stdin.on("end", () => resolve(text));
  }),
);
const eslint = new ESLint({ cwd: new URL("../..", import.meta.url).pathname });
const results = [];
for (const { file, code } of input) {
  const [result] = await eslint.lintText(code, { filePath: file });
  results.push({ file, rules: result.messages.map((m) => m.ruleId ?? m.message) });
}
process.stdout.write(JSON.stringify(results));
