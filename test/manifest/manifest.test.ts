import { readFileSync, readdirSync, statSync } from "fs";
import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata/lib/generate";
import { execFileSync } from "child_process";
import { elementsNamed, readManifest, repoRoot } from "./read-manifest";
import * as functions from "../../src/functions/functions";

const manifest = readManifest();
const resources = new Map<string, string>();
for (const tag of ["Image", "Url", "String"]) {
  for (const element of elementsNamed(manifest, tag)) {
    const { id, DefaultValue } = element.attributes;
    if (id !== undefined && DefaultValue !== undefined) resources.set(id, DefaultValue);
  }
}

function residsOf(tag: string): string[] {
  return elementsNamed(manifest, tag).map((element) => element.attributes.resid ?? "");
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("manifest.xml", () => {
  test("parses offline with office-addin-manifest's own reader as an Excel task pane add-in", () => {
    const cli = join(repoRoot, "node_modules/office-addin-manifest/cli.js");
    const info = execFileSync(process.execPath, [cli, "info", "manifest.xml"], {
      cwd: repoRoot,
      encoding: "utf8",
    });
    expect(info).toMatch(/Type: TaskPaneApp/);
    expect(info).toMatch(/Hosts: Workbook/);
    expect(info).toMatch(/Default Locale: zh-CN/);
    expect(info).toMatch(/Permissions: ReadWriteDocument/);
  });

  test("every resid resolves to a string, image or URL resource", () => {
    const resids = manifest.elements.map((element) => element.attributes.resid).filter(Boolean);
    expect(resids.length).toBeGreaterThan(15);
    expect(resids.filter((resid) => !resources.has(resid as string))).toEqual([]);
  });

  test("the runtime, the function file and the custom functions page share one resid (shared runtime)", () => {
    const runtime = residsOf("Runtime");
    const functionFile = residsOf("FunctionFile");
    const pages = elementsNamed(manifest, "Page").length;
    expect(runtime).toEqual(["Taskpane.Url"]);
    expect(functionFile).toEqual(["Taskpane.Url"]);
    expect(pages).toBe(1);
    expect(manifest.text).toMatch(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/);
    expect(manifest.text).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
  });

  test("every URL in the manifest is https", () => {
    const urls = [...manifest.text.matchAll(/(?:DefaultValue|Value)="([a-z]+:\/\/[^"]*)"/g)].map((m) => m[1]);
    urls.push(...elementsNamed(manifest, "AppDomain").map((element) => element.text ?? ""));
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((url) => !url?.startsWith("https://"))).toEqual([]);
  });

  test("the functions namespace and the tab label fit in 32 characters, in every locale", () => {
    const namespace = residsOf("Namespace")[0] ?? "";
    expect(resources.get(namespace)).toBe("BL");
    const tabLabelId = /<Label resid="([^"]+)"\/>\s*<\/CustomTab>/.exec(manifest.text)?.[1] ?? "";
    const labels = [resources.get(tabLabelId) ?? ""];
    const override = new RegExp(`id="${tabLabelId}"[^>]*>\\s*<bt:Override Locale="[^"]+" Value="([^"]+)"`);
    labels.push(override.exec(manifest.text)?.[1] ?? "");
    expect(labels).toEqual(["制造业目标", "Mfg Targets"]);
    labels.forEach((label) => expect(label.length).toBeLessThanOrEqual(32));
  });

  test("asks for ReadWriteDocument and nothing more", () => {
    expect(elementsNamed(manifest, "Permissions").map((element) => element.text)).toEqual([
      "ReadWriteDocument",
    ]);
  });

  test("each ribbon FunctionName is registered with Office.actions.associate in the code", () => {
    const functionNames = elementsNamed(manifest, "FunctionName").map((element) => element.text);
    const code = sourceFiles(join(repoRoot, "src"))
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    const registered = [...code.matchAll(/Office\.actions\.associate\(\s*"([^"]+)"/g)].map((m) => m[1]);
    expect(functionNames.sort()).toEqual(["insertTemplate", "validateActuals"]);
    expect(registered.sort()).toEqual(functionNames);
  });

  test("a task pane add-in's IconUrl is 32×32 and its HighResolutionIconUrl 64×64, as the manifest reference asks", () => {
    // https://learn.microsoft.com/javascript/api/manifest/iconurl ("Task pane | 32 x 32") and
    // https://learn.microsoft.com/javascript/api/manifest/highresolutioniconurl ("64 x 64 pixels").
    const sizeOf = (element: string) => {
      const url = elementsNamed(manifest, element)[0]?.attributes.DefaultValue ?? "";
      const png = readFileSync(join(repoRoot, "assets", url.replace(/.*\/assets\//, "")));
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    expect(sizeOf("IconUrl")).toEqual([32, 32]);
    expect(sizeOf("HighResolutionIconUrl")).toEqual([64, 64]);
  });

  test("every icon the manifest names exists in assets/ at its size", () => {
    const icons = [...manifest.text.matchAll(/"(https:[^"]+\.png)"/g)].map((m) => m[1] ?? "");
    expect([...new Set(icons.map((url) => url.replace(/.*\/assets\//, "")))].sort()).toEqual([
      "icon-16.png",
      "icon-32.png",
      "icon-64.png",
      "icon-80.png",
    ]);
    for (const icon of icons) {
      const png = readFileSync(join(repoRoot, "assets", icon.replace(/.*\/assets\//, "")));
      const size = Number(/icon-(\d+)\.png$/.exec(icon)?.[1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});

describe("functions.json metadata generated from the JSDoc", () => {
  test("has one function per export of src/functions/functions.ts, id = upper-case export name", async () => {
    const result = await generateCustomFunctionsMetadata(join(repoRoot, "src/functions/functions.ts"));
    expect(result.errors).toEqual([]);
    const metadata = JSON.parse(result.metadataJson) as { functions: { id: string; name: string }[] };
    const exported = Object.keys(functions).filter(
      (name) => typeof functions[name as keyof typeof functions] === "function",
    );
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(
      exported.map((name) => name.toUpperCase()).sort(),
    );
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
  });
});
