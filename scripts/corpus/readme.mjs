/**
 * Writes test/fixtures/returns/README.md from manifest.json (what was typed, the correct readings, what
 * was read back), validator-today.json and reader-today.json: `node readme.mjs OUT_DIR`.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

const [out] = process.argv.slice(2);
if (!out) {
  console.error("usage: node readme.mjs OUT_DIR");
  process.exit(2);
}
const json = async (name) => JSON.parse(await readFile(join(out, name), "utf8"));
const manifest = await json("manifest.json");
const validator = await json("validator-today.json");
const reader = await json("reader-today.json");
const validatorOf = new Map(validator.results.map((r) => [r.file, r]));
const readerOf = new Map(reader.map((r) => [r.file, r]));

const cellText = (text) => String(text).replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/\n/g, " ");
const code = (text) => `\`${String(text).replace(/`/g, "'")}\``;
const shown = (value) => (typeof value === "string" ? JSON.stringify(value) : String(value));

function stored(readBack, file) {
  if (!readBack && /^10[ef]/.test(file)) return "as in file 01 (not inflated to check)";
  if (!readBack) return "no .xlsx package; LibreOffice read it back (see below)";
  const { type, value, formula, numberFormat } = readBack;
  const format = numberFormat && numberFormat !== "General" ? `, numFmt ${code(numberFormat)}` : "";
  if (formula !== null)
    return `formula ${code(`=${formula}`)}, cached ${code(shown(value))} (t="${type}")${format}`;
  if (type === "n") return `number ${code(value)}${format}`;
  if (type === "blank") return "blank";
  return `text ${code(shown(value))} (t="${type}")${format}`;
}

function counts(result) {
  if (!result) return "not run";
  const parts = Object.entries(result.counts)
    .filter(([c]) => c !== "not-reported")
    .map(([c, n]) => `${c} ×${n}`);
  const nr = result.counts["not-reported"];
  return [...parts, ...(nr ? [`not-reported ×${nr}`] : [])].join(", ") || "no finding";
}

/** Of the typed cells the reader should take, how many it read; and the cells it took that it should not. */
function tally(f) {
  const read = readerOf.get(f.file);
  if (!read?.ok) return "file not read";
  const wanted = f.cells.filter((c) => c.shouldRead !== false);
  const got = (c) => read.typedCells.find((t) => t.at === `${c.sheet}!${c.cell}`)?.read;
  const readCount = wanted.filter(got).length;
  const wrong =
    f.cells.filter((c) => c.shouldRead === false && got(c)).length + read.otherNonBlankActuals.length;
  return `${readCount}/${wanted.length} typed cells read${wrong ? `; **${wrong} other cells taken as actuals**` : ""}`;
}

const standardNames = (names) =>
  names !== null &&
  names.length === 6 &&
  names.filter((n) => n.name.startsWith("BL_") && n.localSheetId === null).length === 3;

function todayOfCell(file, sheet, address) {
  const read = readerOf.get(file);
  const result = validatorOf.get(file);
  const codes = (result?.findings ?? [])
    .filter((f) => f.sheet === sheet && f.cell === address)
    .map((f) => f.code);
  if (result?.notReported.includes(`${sheet}!${address}`)) codes.push("not-reported");
  if (!read?.ok) return "file not read";
  const typed = read.typedCells.find((c) => c.at === `${sheet}!${address}`);
  const as = typed?.read ? `read ${code(shown(typed.read.raw))}` : "**not read**";
  return codes.length ? `${as}; ${codes.join(", ")}` : as;
}

const lines = [];
const w = (line = "") => lines.push(line);
const version = manifest.libreoffice;

w("# Returned workbooks: a test corpus");
w();
w(
  "Files a lead unit (牵头单位) might send back after typing its actuals (实绩) into the template, made by " +
    `producers other than the project's exceljs writer: ${version} headless, driven over UNO ` +
    "(`scripts/corpus/lo_corpus.py`), raw XML edits of the package with jszip (`raw_xml.mjs`) and Python's " +
    "zipfile (`odd_files.py`). They are for measuring the reader (`src/cli/validate-workbook.ts`, " +
    "`src/xlsx/read-template-file.ts`) against; no test uses them yet.",
);
w();
w(
  "Regenerate by hand with `bash scripts/corpus/make-corpus.sh` (needs `soffice` and Debian's `python3-uno`; " +
    "not part of CI). LibreOffice files are not byte-for-byte reproducible (save times, zip timestamps); their " +
    "contents are. `manifest.json` holds the same facts as this page in machine form (every typed cell, its " +
    "correct reading, what was read back from the file's XML); `validator-today.json` and `reader-today.json` " +
    "keep what today's reader does with each file, so an improved reader can be compared with it.",
);
w();
w("## Conventions");
w();
w(
  "- Every reading is for the reporting period **2023-06** (2023年1–6月): 2023 actuals are 1–6月 figures; " +
    "2024 and 2025 actuals are after the period.",
);
w(
  "- Templates come from `npx tsx src/cli/template.ts --out X.xlsx --unit 区经信局` (and `--unit 资规分局`, " +
    "`--unit 区科技局` for class 9). In 区经信局's sheet `附件2 目标任务分解` the header is row 3, indicators " +
    "are rows 4–23 (A2-01 row 4, A2-05 row 6, A2-06 row 7, A2-12 row 8, A2-13 row 9, A2-17 row 10, A2-21 " +
    "row 14, A2-26 row 16, A2-27 row 17, A2-28 row 18, A2-30 row 20, A2-34 row 23) and the actual columns are " +
    "F = 2021年实绩, I = 2022年实绩, L = 2023年实绩, O = 2024年实绩, R = 2025年实绩. Any cell not listed is as " +
    "the template wrote it (actuals blank).",
);
w(
  "- “Stored” is what the file holds, read back from its XML (not from the script): `t` is the cell type " +
    "(`s` shared string, `str` formula string, `e` error, `n` number), numFmt the cell's number format.",
);
w(
  "- “Today” is what today's reader does with that cell: `read X` (the raw value it passes to the validator) " +
    "or **not read**, then the codes of the CLI's findings at that cell " +
    "(`npx tsx src/cli/validate-workbook.ts FILE --period 2023-06 --json`, run from the repository root).",
);
w(
  "- 附件1's 实绩 cells hold the template's display formulas " +
    "`=IF('附件2 目标任务分解'!L10=\"\",\"\",'附件2 目标任务分解'!L10)`; LibreOffice saves their cached " +
    "results. They are never inputs.",
);
w();
w("## What every LibreOffice-saved .xlsx here has");
w();
w("Compared with the exceljs template (file 00), as read back:");
w();
w(
  '- the very hidden sheet `BL_模板信息` is saved `state="hidden"` (LibreOffice has no “very hidden”); ' +
    'protection is written `<sheetProtection sheet="true"/>` (no password);',
);
w(
  "- `<definedNames>` lists the three `_xlnm.Print_Titles` (sheet-level, `localSheetId`) before " +
    '`BL_Annex1`/`BL_Annex2`/`BL_Body`, every entry with `function="false" hidden="false" ' +
    'vbProcedure="false"`; sheet names that need no quotes are written bare (`正文其他量化目标!$A$3:$T$7`);',
);
w(
  "- header cells such as `2021年目标` become rich text (runs “2021” in Cambria + “年目标” in Noto Sans CJK SC); " +
    'formulas have cached values (blank display results as `t="str"` with an empty `<v></v>`);',
);
w(
  "- the package's zip uses data descriptors (general flag 0x0808), `_rels/.rels` comes first and " +
    "`[Content_Types].xml` last; `docProps/custom.xml` (empty) is added;",
);
w("- after a row deletion the sheet's `<dimension>` reads `A1:T1048576` (files 02c, 02d).");
w();
w("## Files");
w();
w("| file | class | producer | what was done | bytes | today: exit, findings | today: cells |");
w("| --- | --- | --- | --- | --- | --- | --- |");
for (const f of manifest.files) {
  const result = validatorOf.get(f.file);
  const exit = result ? `exit ${result.exitCode}` : "";
  w(
    `| ${code(f.file)} | ${f.class} | ${cellText(f.producer.join(" → "))} | ${cellText(f.what)} | ${f.readBack?.bytes ?? ""} | ${exit}; ${counts(result)} | ${tally(f)} |`,
  );
}
w();
w(
  "Class 10 also asks for a WPS `.et`: no WPS is available here and no library at hand writes that format, " +
    "so **no genuine .et could be made**; `10k-stand-in-not-real-wps.et` is the MS Excel 97 (.xls) bytes " +
    "under an .et name, a stand-in for a file with that extension only.",
);
w();
w("## What today's reader gets wrong (as of commit f02dc3c, when the corpus was made)");
w();
w(
  "Written by hand from the run recorded below; the tables above and below are regenerated, this list is not.",
);
w();
for (const line of [
  "01, 02a, 02b, 02c, 03a, 03b, 03c, 06b, 06c, 09a–09d, 11: every typed cell is read where it ended up (moved rows, renamed or reordered sheets, a notes sheet, full-width or spaced headers); 11 gets number-as-text for “63” and “12%” with the suggestions 63 and 0.12.",
  "02c: nothing says that A2-13, a 区经信局 row, is missing from the file.",
  '02d: 附件1!G9 and J9, now `=IF(#REF!="","",#REF!)`, are not recognised as display links and are read as A2-28\'s 2023 and 2025 actuals: excel-error ×2 and after-period ×1 (exit 1); nothing says the A2-28 row was deleted.',
  "04: `BL_Annex2` is defined twice, for the workbook (the original) and for the copy (`localSheetId=2`); exceljs ignores `localSheetId` and keeps only the copy's, so the reader reads `附件2 目标任务分解_2` (old figures 65, 22, 2300, 55) and not the original (70.3, 24, 2480, 约60), so the text 约60 is never reported (exit 0).",
  "05: `=测算!B5` and `=测算!B6` pass for display links and are skipped: A2-01's 70.3 is not read and A2-05's #DIV/0! is not reported; `=SUM(测算!B7:B8)` is read (2480).",
  "06a: the column `2023年实绩（1–6月）` is not recognised: the three 2023 actuals are dropped without a word (not even not-reported), exit 0.",
  "06d: reads right; nothing says the 2024 actual column is gone (2024 is not due in 2023-06).",
  "07: tables found by header rows (with the notice on stderr), but 备注 is taken for a template table: 说明1/说明2 are listed as unknown rows and 备注!B5 is read as a second A2-26 2023 actual → text-not-number (exit 1).",
  "08: the date 2023/6/30 (serial 45107, yyyy/m/d) is read as 45107 亿元 and gets only an off-target-magnitude warning; “2023年6月30日” gets text-not-number with the hint “如 2023”; “63（初步）”, “45（快报）”, “70（预计）” get text-not-number calling 初步/快报/预计 a unit, without suggesting the figure.",
  "09: each file is checked on its own: nothing about the co-leads' 2100 vs 1750 亩 for A2-26, nor about 09d being an older save of 09c.",
  "10: all exit 2 except 10f, but the PNG, text, empty, .xls, .xls-named-.xlsx, .et, .csv and the password-protected file all get the same “不是有效的 .xlsx 文件” with jszip's English error inside (the encrypted file is not told apart); the .ods and the zip without a workbook get “不是填报模板”; 10e fails only after inflating, with “Bug : uncompressed data size mismatch”; 10f is inflated in full (see its time and peak memory) and read like file 01, exit 0.",
])
  w(`- ${line}`);
w();
w("## Each file");
for (const f of manifest.files) {
  const rb = f.readBack ?? {};
  const result = validatorOf.get(f.file);
  const read = readerOf.get(f.file);
  w();
  w(`### ${f.file}`);
  w();
  w(`Class ${f.class}. ${cellText(f.what)}.`);
  w();
  w(
    `Producer: ${cellText(f.producer.join(" → "))}. ${rb.bytes} bytes, first bytes ${code(rb.magic || "(none)")}.`,
  );
  if (rb.zip)
    w(
      `Zip: ${rb.zip.entries} entries; largest declared ${code(rb.zip.largest.name)} ${rb.zip.largest.size} bytes (compressed ${rb.zip.largest.compressed}).`,
    );
  if (rb.ole)
    w(
      `OLE compound file: EncryptionInfo stream ${rb.ole.encryptionInfo ? "yes" : "no"}, EncryptedPackage ${rb.ole.encryptedPackage ? "yes" : "no"}, Workbook stream ${rb.ole.workbookStream ? "yes" : "no"}.`,
    );
  if (rb.sheets) {
    w();
    w(
      `Sheets: ${rb.sheets.map((s, i) => `${i} ${code(s.name)} (${s.state}${s.protected ? ", protected" : ""}, ${s.dimension})`).join(" · ")}.`,
    );
    if (rb.modified) w(`docProps/core.xml: created ${rb.created}, modified ${rb.modified}.`);
    w();
    if (rb.definedNames === null) w("workbook.xml: **no `<definedNames>` element**.");
    else if (standardNames(rb.definedNames) && !f.file.startsWith("00"))
      w(
        `workbook.xml \`<definedNames>\`: the three print titles, then ${rb.definedNames
          .filter((n) => n.localSheetId === null)
          .map((n) => `${code(n.name)} → ${code(n.ref)}`)
          .join(", ")}.`,
      );
    else {
      w("workbook.xml `<definedNames>`, in order:");
      w();
      rb.definedNames.forEach((n, i) =>
        w(
          `${i + 1}. ${code(n.name)}${n.localSheetId === null ? " (workbook)" : ` localSheetId=${n.localSheetId}`} → ${code(n.ref)}`,
        ),
      );
    }
  }
  if (f.cells.length > 0) {
    w();
    w("| sheet!cell | indicator | year | stored | correct reading | today |");
    w("| --- | --- | --- | --- | --- | --- |");
    for (const c of f.cells) {
      const where = `'${c.sheet}'!${c.cell}`;
      const typedAt = c.typedAt ? ` (typed at ${c.typedAt}, moved by the edit)` : "";
      w(
        `| ${code(where)}${typedAt} | ${c.indicatorId} | ${c.year} | ${stored(c.readBack, f.file)} | ${cellText(c.reading)} | ${todayOfCell(f.file, c.sheet, c.cell)} |`,
      );
    }
  }
  if ((f.checks ?? []).length > 0) {
    w();
    w("Other cells that make the class (read back):");
    w();
    for (const c of f.checks) {
      const rbc = c.readBack ?? {};
      w(
        `- ${code(`'${c.sheet}'!${c.cell}`)}: ${rbc.formula ? `${code(`=${rbc.formula}`)} → ` : ""}${code(shown(rbc.value))}`,
      );
    }
  }
  if (rb.annex1Shows && f.class > 0 && ["02b", "02d", "04", "08"].some((p) => f.file.startsWith(p))) {
    w();
    w(`附件1 shows: ${rb.annex1Shows.map(code).join(" · ")}`);
  }
  if (f.notes.length > 0) {
    w();
    for (const note of f.notes) w(`- ${cellText(note)}`);
  }
  w();
  const today = [`exit ${result?.exitCode}`, counts(result)];
  w(`**Today** (${result?.seconds} s, peak ${result?.peakMemoryMB} MB): ${today.join("; ")}.`);
  const todayLines = (result?.stderr ?? []).map((line) => `stderr: ${code(line)}`);
  const others = (result?.findings ?? []).filter(
    (x) => !f.cells.some((c) => c.sheet === x.sheet && c.cell === x.cell),
  );
  for (const x of others)
    todayLines.push(
      `finding ${x.code} (${x.severity}) at ${code(`'${x.sheet}'!${x.cell}`)} ${x.indicatorId} ${x.year}: ${cellText(x.message)}`,
    );
  if (read?.ok) {
    todayLines.push(`reader: tables found by ${read.foundBy} on ${read.tables.map(code).join(", ")}`);
    for (const x of read.otherNonBlankActuals)
      todayLines.push(
        `also read as an actual: ${code(x.at)} ${x.indicatorId} ${x.year} = ${code(shown(x.raw))}`,
      );
  }
  if (todayLines.length > 0) {
    w();
    for (const line of todayLines) w(`- ${line}`);
  }
}
w();
await writeFile(join(out, "README.md"), lines.join("\n"));
console.log(`wrote ${join(out, "README.md")}`);
