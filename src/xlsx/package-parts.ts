/**
 * What exceljs does not keep of an .xlsx package, read from its XML: the sheets in tab order with
 * their visibility, the defined names with their scope (exceljs keeps one entry per name and drops
 * `localSheetId`, so a sheet-level copy of a name would hide the workbook's own), the custom document
 * properties (Excel's template record) and when the file was last saved.
 */
import { XMLParser } from "fast-xml-parser";
import type JSZip from "jszip";
import type { DefinedName, SheetView } from "../reader/types";

export interface PackageParts {
  sheets: { name: string; state: SheetView["state"] }[];
  names: DefinedName[];
  properties: Record<string, string>;
  /** dcterms:modified of docProps/core.xml (ISO 8601), or null. */
  savedAt: string | null;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  isArray: (name) => ["sheet", "definedName", "property"].includes(name),
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
});

type Node = Record<string, unknown>;
const asNode = (value: unknown): Node => (typeof value === "object" && value !== null ? (value as Node) : {});
const asList = (value: unknown): Node[] => (Array.isArray(value) ? value.map(asNode) : []);
const textOf = (value: unknown): string =>
  typeof value === "string" || typeof value === "number"
    ? String(value)
    : String(asNode(value)["#text"] ?? "");

async function xmlOf(zip: JSZip, path: string): Promise<Node> {
  const file = zip.file(path);
  return file ? asNode(parser.parse(await file.async("string"))) : {};
}

export async function readPackageParts(zip: JSZip): Promise<PackageParts> {
  const workbook = asNode((await xmlOf(zip, "xl/workbook.xml")).workbook);
  const sheets = asList(asNode(workbook.sheets).sheet).map((sheet) => {
    const state = String(sheet["@state"] ?? "visible");
    return {
      name: String(sheet["@name"] ?? ""),
      state: (state === "hidden" || state === "veryHidden" ? state : "visible") as SheetView["state"],
    };
  });
  const names = asList(asNode(workbook.definedNames).definedName).map((name): DefinedName => {
    const scope = name["@localSheetId"];
    const index = scope === undefined ? null : Number(scope);
    return {
      name: String(name["@name"] ?? ""),
      sheetScope: index === null ? null : (sheets[index]?.name ?? null),
      reference: textOf(name),
    };
  });
  const custom = asList(asNode((await xmlOf(zip, "docProps/custom.xml")).Properties).property);
  const properties: Record<string, string> = {};
  for (const property of custom) {
    const value = Object.entries(property).find(([key]) => !key.startsWith("@"))?.[1];
    properties[String(property["@name"] ?? "")] = textOf(value);
  }
  const core = asNode((await xmlOf(zip, "docProps/core.xml")).coreProperties);
  const modified = core.modified === undefined ? "" : textOf(core.modified).trim();
  return { sheets, names, properties, savedAt: modified === "" ? null : modified };
}
