/**
 * Reads every corpus file back and checks it against what lo_corpus.py typed: `node verify.mjs WORK OUT`.
 *
 * The check reads the package's XML itself (central directory, workbook.xml, the sheet parts, shared
 * strings, styles), not through exceljs, so it does not share the reader's assumptions; it also says what
 * exceljs (the reader's library) gives for each cell. Zips whose declared sizes are huge are not inflated.
 * Prints a report and writes OUT/manifest.json: the manifest with what was read back.
 */
import { readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";

const [work, out] = process.argv.slice(2);
if (!work || !out) {
  console.error("usage: node verify.mjs WORK_DIR OUT_DIR");
  process.exit(2);
}
const MAX_INFLATE = 50 * 1024 * 1024;
const manifest = JSON.parse(await readFile(join(work, "manifest-lo.json"), "utf8"));
const lines = [];
const say = (line = "") => lines.push(line);
let mismatches = 0;

/** The entries of a zip's central directory, read by hand (declared sizes, whatever the data holds). */
function centralDirectory(bytes) {
  const eocd = bytes.lastIndexOf(Buffer.from("PK\x05\x06", "latin1"));
  if (eocd < 0) return null;
  const count = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) return null;
    const compressed = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const rest = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    entries.push({ name: bytes.subarray(at + 46, at + 46 + nameLength).toString("utf8"), size, compressed });
    at += 46 + rest;
  }
  return entries;
}

const unescape = (text) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&");
const attr = (tag, name) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescape(m[1]) : null;
};
const texts = (xml) =>
  [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => unescape(m[1])).join("");
const BUILTIN_FORMATS = { 0: "General", 1: "0", 2: "0.00", 9: "0%", 10: "0.00%", 14: "m/d/yyyy", 49: "@" };

/** A workbook package read from its XML: sheets, names, and a cell reader. */
async function packageOf(bytes) {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name) => (zip.file(name) ? zip.file(name).async("string") : null);
  const workbook = await part("xl/workbook.xml");
  if (workbook === null) return null;
  const rels = (await part("xl/_rels/workbook.xml.rels")) ?? "";
  const targets = new Map(
    [...rels.matchAll(/<Relationship\s[^>]*>/g)].map((m) => [attr(m[0], "Id"), attr(m[0], "Target")]),
  );
  const sheets = [...workbook.matchAll(/<sheet\s[^>]*\/>/g)].map((m, index) => {
    const target = targets.get(attr(m[0], "r:id")) ?? "";
    return {
      index,
      name: attr(m[0], "name"),
      state: attr(m[0], "state") ?? "visible",
      part: target.startsWith("/") ? target.slice(1) : `xl/${target}`,
    };
  });
  const names = [...workbook.matchAll(/<definedName\s([^>]*)>([\s\S]*?)<\/definedName>/g)].map((m) => ({
    name: attr(` ${m[1]}`, "name"),
    localSheetId: attr(` ${m[1]}`, "localSheetId"),
    ref: unescape(m[2]),
  }));
  const shared = [...((await part("xl/sharedStrings.xml")) ?? "").matchAll(/<si>([\s\S]*?)<\/si>/g)].map(
    (m) => texts(m[1]),
  );
  const styles = (await part("xl/styles.xml")) ?? "";
  const formats = new Map(
    [...styles.matchAll(/<numFmt\s[^>]*\/>/g)].map((m) => [attr(m[0], "numFmtId"), attr(m[0], "formatCode")]),
  );
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  const xfFormats = [...cellXfs.matchAll(/<xf\s[^>]*>/g)].map((m) => {
    const id = attr(m[0], "numFmtId") ?? "0";
    return formats.get(id) ?? BUILTIN_FORMATS[id] ?? `builtin ${id}`;
  });
  const sheetXml = new Map();
  for (const sheet of sheets) {
    const xml = (await part(sheet.part)) ?? "";
    sheetXml.set(sheet.name, xml);
    sheet.protected = /<sheetProtection\s[^>]*sheet="(true|1)"/.test(xml);
    sheet.dimension = attr(/<dimension\s[^>]*>/.exec(xml)?.[0] ?? "", "ref");
  }
  const core = (await part("docProps/core.xml")) ?? "";
  const coreDate = (tag) => new RegExp(`<dcterms:${tag}[^>]*>([^<]*)<`).exec(core)?.[1] ?? null;
  const cellOf = (sheetName, address) => {
    const xml = sheetXml.get(sheetName);
    if (xml === undefined) return { missingSheet: true };
    const m = new RegExp(`<c r="${address}"(\\s[^>]*?)?(?:/>|>([\\s\\S]*?)</c>)`).exec(xml);
    if (!m) return { xml: null, type: "blank", value: null };
    const tag = `<c${m[1] ?? ""}>`;
    const inner = m[2] ?? "";
    const t = attr(tag, "t") ?? "n";
    const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
    const f = /<f(?:\s[^>]*)?>([\s\S]*?)<\/f>/.exec(inner)?.[1];
    let value = null;
    if (t === "s") value = shared[Number(v)];
    else if (t === "inlineStr") value = texts(inner);
    else if (t === "str" || t === "e") value = v === undefined ? null : unescape(v);
    else if (t === "b") value = v === "1";
    else value = v === undefined ? null : Number(v);
    return {
      xml: m[0],
      type: t,
      value,
      formula: f === undefined ? null : unescape(f),
      numberFormat: xfFormats[Number(attr(tag, "s") ?? "0")] ?? "General",
    };
  };
  return {
    sheets,
    names,
    created: coreDate("created"),
    modified: coreDate("modified"),
    cellOf,
    hasDefinedNames: /<definedNames>/.test(workbook),
  };
}

async function exceljsCell(bytes, sheet, address) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  const cell = workbook.getWorksheet(sheet)?.getCell(address);
  return cell ? { value: cell.value, numFmt: cell.numFmt ?? null } : null;
}

function expected(cell, got) {
  const problems = [];
  if (got.missingSheet) return ["sheet missing"];
  if (cell.kind === "number" && !(got.type === "n" && got.value === cell.typed && got.formula === null))
    problems.push(`expected the number ${cell.typed}`);
  if (
    cell.kind === "text" &&
    !(got.value === cell.typed && got.formula === null && ["s", "str", "inlineStr"].includes(got.type))
  )
    problems.push(`expected the text ${cell.typed}`);
  if (cell.kind === "formula" && !(got.formula !== null && got.value === cell.cached))
    problems.push(`expected a formula with the cached value ${cell.cached}`);
  if (cell.numberFormat && cell.numberFormat.toLowerCase() !== String(got.numberFormat).toLowerCase())
    problems.push(`expected the number format ${cell.numberFormat}`);
  return problems;
}

const show = (value) => (typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value));

for (const entry of manifest.files) {
  const path = join(out, entry.file);
  const size = (await stat(path)).size;
  const bytes = await readFile(path);
  const magic = bytes.subarray(0, 8).toString("hex").replace(/(..)/g, "$1 ").trim();
  const readBack = { bytes: size, magic };
  say(`## ${entry.file}  (${size} bytes, starts ${magic || "(empty)"})`);
  const directory = bytes.subarray(0, 4).toString("latin1") === "PK\x03\x04" ? centralDirectory(bytes) : null;
  if (bytes.subarray(0, 8).toString("hex") === "d0cf11e0a1b11ae1") {
    const utf16 = (s) => Buffer.from(s, "utf16le");
    readBack.ole = {
      encryptionInfo: bytes.includes(utf16("EncryptionInfo")),
      encryptedPackage: bytes.includes(utf16("EncryptedPackage")),
      workbookStream: bytes.includes(utf16("Workbook")),
    };
    say(`OLE compound file: ${JSON.stringify(readBack.ole)}`);
  }
  if (directory) {
    const largest = directory.reduce((a, b) => (b.size > a.size ? b : a), { size: 0 });
    readBack.zip = { entries: directory.length, largest };
    say(
      `zip: ${directory.length} entries; largest declared ${largest.name} ${largest.size} (compressed ${largest.compressed})`,
    );
    if (largest.size > MAX_INFLATE) {
      say("declared size too large: not inflated");
      entry.readBack = readBack;
      say();
      continue;
    }
  }
  const pkg = directory ? await packageOf(bytes).catch((error) => ({ error: String(error) })) : null;
  if (pkg?.error) say(`not readable as a zip package: ${pkg.error}`);
  if (directory && pkg === null)
    say(`zip without xl/workbook.xml: ${directory.map((e) => e.name).join(", ")}`);
  if (pkg && !pkg.error) {
    readBack.sheets = pkg.sheets.map(({ name, state, protected: p, dimension }) => ({
      name,
      state,
      protected: p,
      dimension,
    }));
    readBack.definedNames = pkg.hasDefinedNames ? pkg.names : null;
    readBack.modified = pkg.modified;
    readBack.created = pkg.created;
    say(
      `sheets: ${pkg.sheets.map((s) => `${s.index}:${s.name} [${s.state}${s.protected ? ", protected" : ""}, ${s.dimension}]`).join(" | ")}`,
    );
    say(`core.xml created ${pkg.created}, modified ${pkg.modified}`);
    if (!pkg.hasDefinedNames) say("definedNames: (no <definedNames> element)");
    for (const n of pkg.names)
      say(
        `definedName ${n.name}${n.localSheetId === null ? "" : ` localSheetId=${n.localSheetId}`} = ${n.ref}`,
      );
    for (const cell of entry.cells) {
      const got = pkg.cellOf(cell.sheet, cell.cell);
      const problems = expected(cell, got);
      mismatches += problems.length;
      const viaExceljs = await exceljsCell(bytes, cell.sheet, cell.cell).catch((e) => ({ error: String(e) }));
      cell.readBack = {
        type: got.type,
        value: got.value,
        formula: got.formula,
        numberFormat: got.numberFormat,
        exceljs: viaExceljs,
      };
      say(
        `${problems.length ? "MISMATCH" : "ok"} '${cell.sheet}'!${cell.cell} ${cell.indicatorId} ${cell.year}: t=${got.type} value=${show(got.value)} formula=${got.formula ?? "-"} numFmt=${got.numberFormat}  exceljs=${JSON.stringify(viaExceljs)}${problems.length ? `  (${problems.join("; ")})` : ""}`,
      );
      say(`    ${got.xml}`);
    }
    for (const check of entry.checks ?? []) {
      const got = pkg.cellOf(check.sheet, check.cell);
      const same =
        typeof check.value === "number"
          ? typeof got.value === "number" && Math.abs(got.value - check.value) < 1e-9
          : got.value === check.value;
      const ok = same && (check.formula === undefined || got.formula === check.formula);
      if (!ok) mismatches += 1;
      check.readBack = { type: got.type, value: got.value, formula: got.formula };
      say(
        `${ok ? "ok" : "MISMATCH"} check '${check.sheet}'!${check.cell}: value=${show(got.value)} formula=${got.formula ?? "-"}${ok ? "" : `  (expected ${show(check.value)}${check.formula ? ` =${check.formula}` : ""})`}`,
      );
    }
    // 附件1's display cells, where an edit of 附件2 may have changed what they show.
    const annex1 = pkg.sheets.find((s) => s.name.startsWith("附件1"));
    if (annex1 && entry.class > 0) {
      const shown = [];
      for (let row = 4; row <= 12; row++) {
        const code = pkg.cellOf(annex1.name, `B${row}`);
        const g = pkg.cellOf(annex1.name, `G${row}`);
        if (code.value === null) continue;
        shown.push(`G${row} (${code.value}) =${g.formula} → ${show(g.value)}`);
      }
      say(`附件1 display cells: ${shown.join(" ; ")}`);
      readBack.annex1Shows = shown;
    }
  }
  entry.readBack = readBack;
  say();
}

await writeFile(join(out, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
await writeFile(join(work, "verify-report.txt"), lines.join("\n") + "\n");
console.log(lines.join("\n"));
console.log(
  mismatches === 0 ? "verify: all typed cells read back as typed" : `verify: ${mismatches} MISMATCHES`,
);
process.exitCode = mismatches === 0 ? 0 : 1;
