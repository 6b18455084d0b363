import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..", "..", "src");
const sources = (folder: string, keep: (name: string) => boolean = () => true) =>
  readdirSync(join(root, folder))
    .filter((name) => name.endsWith(".ts") && keep(name))
    .map((name) => ({
      name: `${folder}/${name}`,
      text: withoutComments(readFileSync(join(root, folder, name), "utf8")),
    }));

/** Code only: comments may mention Excel.DataValidationRule without using it. */
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");

describe("where the template code may reach", () => {
  it("keeps the layout (src/template) free of Office.js and exceljs", () => {
    for (const { name, text } of sources("template")) {
      expect({
        name,
        exceljs: /from "exceljs"/.test(text),
        office: /\b(Excel|Office)\.[A-Za-z]/.test(text),
      }).toEqual({
        name,
        exceljs: false,
        office: false,
      });
    }
  });

  it("keeps exceljs out of the task pane's insertion code (src/excel/insert-*)", () => {
    for (const { name, text } of sources("excel", (file) => file.startsWith("insert-"))) {
      expect({ name, exceljs: /exceljs|\.\.\/xlsx\//.test(text) }).toEqual({ name, exceljs: false });
    }
  });
});
