import { readFileSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";

// The production build that test:e2e makes (with --env preview: the same add-in plus preview.html).
const dist = join(__dirname, "..", "..", "dist-preview");
const read = (file: string) => readFileSync(join(dist, file));

describe("the production build", () => {
  test("manifest.xml has no localhost URL left: every URL points at the production address", () => {
    const manifest = read("manifest.xml").toString();
    expect(manifest).not.toMatch(/localhost/);
    const urls = [...manifest.matchAll(/https:\/\/[^"<\s]+/g)].map((m) => m[0]);
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((url) => !url.startsWith("https://addin.example.com"))).toEqual([]);
  });

  test("functions.json declares the eight BL functions", () => {
    const metadata = JSON.parse(read("functions.json").toString()) as { functions: { id: string }[] };
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(
      ["ATTAINMENT", "BASELINE", "CUMTARGET", "EXPECTED", "GAP", "INDICATORS", "STATUS", "TARGET"].sort(),
    );
  });

  test("taskpane.html loads office.js from the add-in's own folder and the functions in the same page", () => {
    const html = read("taskpane.html").toString();
    expect(html).toMatch(/<script src=office-js\/office\.js><\/script>/);
    expect([...html.matchAll(/src=(\w+)\.js/g)].map((m) => m[1])).toEqual([
      "runtime",
      "shared",
      "functions",
      "taskpane",
    ]);
    expect(read("office-js/o15apptofilemappingtable.js").length).toBeGreaterThan(100_000);
  });

  test("the pane's first load stays within 120 KB of gzipped JavaScript (zlib default level), functions included", () => {
    const html = read("taskpane.html").toString();
    const scripts = [...html.matchAll(/src=(\w+\.js)/g)].map((m) => m[1] as string);
    const gzipped = scripts.map((file) => gzipSync(read(file)).length);
    const total = gzipped.reduce((sum, size) => sum + size, 0);
    expect(total).toBeLessThanOrEqual(120_000); // KB as 1,000 B, like the 169 KB (168,926 B) reference in docs/performance.md
  });

  test("the functions code carries no React and no exceljs", () => {
    const functions = read("functions.js").toString() + read("shared.js").toString();
    expect(functions).not.toMatch(/react\.production|__SECRET_INTERNALS|ExcelJS|exceljs/);
  });
});
