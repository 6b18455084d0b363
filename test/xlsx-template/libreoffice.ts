/**
 * LibreOffice headless as an independent spreadsheet: it opens an .xlsx, recomputes its formulas and
 * writes every sheet as CSV. CI installs it; a missing soffice fails the test rather than skipping it.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

const csvFilter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

export function requireSoffice(): void {
  const probe = spawnSync("soffice", ["--version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      "LibreOffice (soffice) is needed for this test: apt-get install -y libreoffice-calc-nogui",
    );
  }
}

/**
 * Converts the file with soffice into a fresh folder, hands the folder to `read`, then removes it.
 * `chinese` runs LibreOffice as on a Chinese desktop (zh_CN locale): its Asian default language is
 * then Simplified Chinese, so fontconfig gives SimSun/SimHei the SC faces of fonts-noto-cjk.
 */
function converted<T>(file: string, filter: string, read: (folder: string) => T, chinese = false): T {
  const out = mkdtempSync(join(tmpdir(), "bl-lo-out-"));
  const profile = mkdtempSync(join(tmpdir(), "bl-lo-profile-"));
  try {
    const run = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        filter,
        "--outdir",
        out,
        file,
      ],
      {
        encoding: "utf8",
        timeout: 50_000,
        ...(chinese ? { env: { ...process.env, LANG: "zh_CN.UTF-8" } } : {}),
      },
    );
    if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
    return read(out);
  } finally {
    rmSync(out, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Each sheet of the file as rows of cell texts, by sheet name. */
export function sheetsAsCsv(file: string): Map<string, string[][]> {
  const prefix = `${basename(file, ".xlsx")}-`;
  return converted(
    file,
    csvFilter,
    (out) =>
      new Map(
        readdirSync(out)
          .filter((name) => name.startsWith(prefix) && name.endsWith(".csv"))
          .map((name) => [name.slice(prefix.length, -4), parseCsv(readFileSync(join(out, name), "utf8"))]),
      ),
  );
}

/**
 * The PDF LibreOffice prints the file to (as a Chinese desktop does), copied to `pdfFile`. The file is
 * printed under an ASCII name: without the zh_CN locale installed, soffice cannot open a Chinese one.
 */
export function printToPdf(file: string, pdfFile: string): string {
  const folder = mkdtempSync(join(tmpdir(), "bl-lo-in-"));
  try {
    const ascii = join(folder, "print.xlsx");
    copyFileSync(file, ascii);
    converted(ascii, "pdf", (out) => copyFileSync(join(out, "print.pdf"), pdfFile), true);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return pdfFile;
}

/** Page sizes (points, width × height) of the PDF LibreOffice prints the file to. */
export function printedPages(file: string): string[] {
  const pdf = converted(
    file,
    "pdf",
    (out) => readFileSync(join(out, `${basename(file, ".xlsx")}.pdf`), "latin1"),
    true,
  );
  const pages = pdf.match(/\/Type\s*\/Page\b(?!s)[\s\S]*?\/MediaBox\s*\[([^\]]*)\]/g) ?? [];
  return pages.map((page) => {
    const box = /\/MediaBox\s*\[([^\]]*)\]/.exec(page)?.[1] ?? "";
    const [, , width = 0, height = 0] = box.trim().split(/\s+/).map(Number);
    return `${Math.round(width)}×${Math.round(height)}`;
  });
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n") {
      rows.push([...row, field]);
      row = [];
      field = "";
    } else if (char !== "\r") field += char;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** A CSV cell by A1 address ("" where the row or column is absent). */
export function cellText(rows: string[][], address: string): string {
  const match = /^([A-Z])(\d+)$/.exec(address);
  if (!match) throw new Error(`unsupported address ${address}`);
  const [, letter = "A", digits = "1"] = match;
  return rows[Number(digits) - 1]?.[letter.charCodeAt(0) - 65] ?? "";
}

/** "90%" → 0.9, "63" → 63. */
export function numberIn(text: string): number {
  return text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
}
