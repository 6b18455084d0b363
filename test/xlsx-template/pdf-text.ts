/**
 * What a printed PDF says and where: `pdftotext -bbox` (poppler-utils) gives every word's box per
 * page, `pdftoppm` renders pages as PNG for a person to look at. A missing tool fails the test.
 */
import { spawnSync } from "node:child_process";

export interface WordBox {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** pdftotext's box height ÷ this is the printed point size (a 10 pt glyph's box is 13.0 pt high). */
export const boxPerPoint = 1.3;

function run(tool: string, args: string[]): string {
  const result = spawnSync(tool, args, { encoding: "utf8", timeout: 30_000 });
  if (result.error || result.status !== 0)
    throw new Error(
      `${tool} is needed for this test (apt-get install -y poppler-utils): ${result.stderr ?? result.error}`,
    );
  return result.stdout;
}

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

/** Every word of the PDF with its box (points from the top left of its page). */
export function wordBoxes(pdf: string): WordBox[] {
  const xml = run("pdftotext", ["-bbox", pdf, "-"]);
  const words: WordBox[] = [];
  xml
    .split(/<page /)
    .slice(1)
    .forEach((page, index) => {
      for (const match of page.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      )) {
        const [, xMin, yMin, xMax, yMax, text = ""] = match;
        words.push({
          page: index + 1,
          text: unescape(text),
          xMin: +xMin!,
          yMin: +yMin!,
          xMax: +xMax!,
          yMax: +yMax!,
        });
      }
    });
  return words;
}

/** Printed point size of a word: its box height ÷ 1.3. */
export const printedSize = (word: WordBox): number => (word.yMax - word.yMin) / boxPerPoint;

/** Pairs of words on one page whose boxes overlap by more than `tolerance` points both ways. */
export function overlapping(words: readonly WordBox[], tolerance = 0.5): [WordBox, WordBox][] {
  const pairs: [WordBox, WordBox][] = [];
  words.forEach((a, i) => {
    for (const b of words.slice(i + 1)) {
      if (a.page !== b.page) continue;
      const across = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const down = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (across > tolerance && down > tolerance) pairs.push([a, b]);
    }
  });
  return pairs;
}

/** The text of each page, whitespace removed (words that wrap are joined again). */
export function pageTexts(pdf: string): string[] {
  return run("pdftotext", ["-layout", pdf, "-"])
    .split("\f")
    .filter((page, index, pages) => index < pages.length - 1 || page.trim() !== "")
    .map((page) => page.replace(/\s+/g, ""));
}

/** Renders each page to `${prefix}-N.png` at `dpi`. */
export function renderPages(pdf: string, prefix: string, dpi = 72): void {
  run("pdftoppm", ["-r", String(dpi), "-png", pdf, prefix]);
}
