import { readFileSync } from "fs";
import { join } from "path";
import { XMLParser } from "fast-xml-parser";

export const repoRoot = join(__dirname, "..", "..");

export interface ManifestXml {
  text: string;
  /** Every element, depth first, with its tag (namespace prefix removed) and attributes. */
  elements: { tag: string; attributes: Record<string, string>; text: string | undefined }[];
}

type XmlNode = Record<string, unknown>;

function walk(node: unknown, tag: string, out: ManifestXml["elements"]): void {
  if (Array.isArray(node)) return node.forEach((child) => walk(child, tag, out));
  if (typeof node !== "object" || node === null) {
    out.push({ tag, attributes: {}, text: node === undefined ? undefined : String(node) });
    return;
  }
  const record = node as XmlNode;
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key.startsWith("@_")) attributes[key.slice(2)] = String(value);
  }
  const text = record["#text"] === undefined ? undefined : String(record["#text"]);
  out.push({ tag, attributes, text });
  for (const [key, value] of Object.entries(record)) {
    if (!key.startsWith("@_") && key !== "#text") walk(value, key.replace(/^\w+:/, ""), out);
  }
}

export function readManifest(path = join(repoRoot, "manifest.xml")): ManifestXml {
  const text = readFileSync(path, "utf8");
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_" }).parse(text) as XmlNode;
  const elements: ManifestXml["elements"] = [];
  walk(parsed, "", elements);
  return { text, elements };
}

export function elementsNamed(manifest: ManifestXml, tag: string) {
  return manifest.elements.filter((element) => element.tag === tag);
}
