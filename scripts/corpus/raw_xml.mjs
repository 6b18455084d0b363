/**
 * Raw XML edits of LibreOffice-saved .xlsx packages (jszip, the zip library exceljs depends on), for the
 * corpus of returned workbooks. Run by make-corpus.sh: `node raw_xml.mjs WORK_DIR OUT_DIR`.
 *
 * - 07: the whole <definedNames> element is removed from xl/workbook.xml, as WPS may drop the names.
 * - 09c/09d: docProps/core.xml gets the save times of an older and a newer version (LibreOffice always
 *   stamps the time of the save itself).
 *
 * Every other part of each package is kept byte for byte (jszip re-deflates them).
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import JSZip from "jszip";

const [work, out] = process.argv.slice(2);
if (!work || !out) {
  console.error("usage: node raw_xml.mjs WORK_DIR OUT_DIR");
  process.exit(2);
}

async function edit(from, to, edits) {
  const zip = await JSZip.loadAsync(await readFile(join(work, from)));
  for (const [part, change] of Object.entries(edits)) {
    const before = await zip.file(part).async("string");
    const after = change(before);
    if (after === before) throw new Error(`${from}: ${part} unchanged`);
    zip.file(part, after);
  }
  const bytes = await zip.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 9 },
  });
  await writeFile(join(out, to), bytes);
  console.log(`raw XML: ${to}`);
}

const withoutNames = (xml) => xml.replace(/<definedNames>[\s\S]*?<\/definedNames>/, "");

const savedAt = (created, modified) => (xml) =>
  xml
    .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${created}$2`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${modified}$2`);

await edit("07-before-names-removed.xlsx", "07-names-removed-notes-table.xlsx", {
  "xl/workbook.xml": withoutNames,
});

const manifest = JSON.parse(await readFile(join(work, "manifest-lo.json"), "utf8"));
for (const entry of manifest.files.filter((f) => f.modified)) {
  await edit(entry.file, entry.file, {
    "docProps/core.xml": savedAt("2023-07-01T01:00:00Z", entry.modified),
  });
}

// The manifest says which files went through this step, and with which jszip.
const jszip = JSON.parse(await readFile(new URL(import.meta.resolve("jszip/package.json")), "utf8")).version;
for (const entry of manifest.files) {
  const step = entry.file.startsWith("07")
    ? "<definedNames> removed from xl/workbook.xml"
    : entry.modified
      ? "dcterms:created/modified set in docProps/core.xml"
      : null;
  if (step) entry.producer.push(`raw XML, jszip ${jszip} (raw_xml.mjs): ${step}`);
}
await writeFile(join(work, "manifest-lo.json"), JSON.stringify(manifest, null, 2));
