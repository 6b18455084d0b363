/**
 * The offline page (dist/offline/…离线版.html): its size raw and gzip, and the time from opening it
 * (file://) to its first usable screen in Chromium, beside the time Chromium takes to open a page of
 * the same number of bytes held as inert text in one `<script type="text/plain">`: the ratio is the
 * price of the page's own work (its script, its first screen) over merely loading that many bytes.
 * Also the first use of the file code (exceljs evaluated, one template written), reported only.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "playwright-core";
import pageFile from "../../src/offline/page-file.json";
import { median } from "./timing";

/** The file `npm run build` writes into dist/offline/ (webpack.offline.js). */
export const offlineFileName = pageFile.fileName;

export interface OfflinePageFigures {
  raw: number;
  gzip: number;
  /** Medians in ms from the navigation's start (a new tab, the file read, parsed, the script run), and the runs. */
  firstScreenMs: number;
  inertTextMs: number;
  /** first screen ÷ inert text, the median of the ratios of each round (the two pages opened in turn). */
  ratio: number;
  /** The page's own script, from its first statement to the first screen (modules, the plan checked, the DOM). */
  scriptMs: number;
  runs: number;
  /** Evaluating the file code and writing the template for all units, on the first click (median). */
  firstDownloadMs: number;
  /** Of it, evaluating the inert chunks (exceljs, jszip, the file code): what the first screen does not pay. */
  evaluationMs: number;
  /** Inert chunks in the file, and those still unevaluated when the first screen is up (all: exceljs waits). */
  inertChunks: number;
  inertAtFirstScreen: number;
}

const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** The same number of bytes, all inert: every "<" of the page becomes "{", so nothing ends the script early. */
export function inertPageOf(page: Buffer): Buffer {
  const head = Buffer.from('<!doctype html><meta charset="utf-8"><script type="text/plain">');
  const tail = Buffer.from('</script><script>performance.mark("bl-first-screen")</script>');
  const body = Buffer.from(page.subarray(0, Math.max(0, page.length - head.length - tail.length)));
  for (let i = 0; i < body.length; i += 1) if (body[i] === 0x3c) body[i] = 0x7b;
  return Buffer.concat([head, body, tail]);
}

interface Opening {
  ms: number;
  script: number;
  inert: number;
}

async function timeOpening(browser: Browser, file: string): Promise<Opening> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`file://${file}`);
  await page.waitForFunction(() => performance.getEntriesByName("bl-first-screen").length > 0);
  const figures = await page.evaluate(() => {
    const ready = performance.getEntriesByName("bl-first-screen")[0]!.startTime;
    const script = performance.getEntriesByName("bl-script-start")[0]?.startTime ?? ready;
    return {
      ms: ready,
      script: ready - script,
      inert: document.querySelectorAll('script[type="text/plain"][data-chunk]').length,
    };
  });
  await context.close();
  return figures;
}

async function timeFirstDownload(
  browser: Browser,
  file: string,
): Promise<{ download: number; evaluation: number }> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`file://${file}`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
  const started = await page.evaluate(() => performance.now());
  await Promise.all([page.waitForEvent("download"), page.locator("#panel-template button.primary").click()]);
  const { ended, evaluation } = await page.evaluate(() => ({
    ended: performance.now(),
    evaluation: performance.getEntriesByName("bl-xlsx-evaluation")[0]?.duration ?? Number.NaN,
  }));
  await context.close();
  return { download: ended - started, evaluation };
}

export async function measureOfflinePage(file: string, runs = 11): Promise<OfflinePageFigures> {
  const bytes = readFileSync(file);
  const folder = mkdtempSync(join(tmpdir(), "bench-offline-"));
  const baseline = join(folder, "inert.html");
  writeFileSync(baseline, inertPageOf(bytes));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: chromiumArgs,
  });
  try {
    await timeOpening(browser, file);
    await timeOpening(browser, baseline);
    const page: number[] = [];
    const inert: number[] = [];
    const script: number[] = [];
    const ratios: number[] = [];
    let inertAtFirstScreen = Number.POSITIVE_INFINITY;
    // In turns, so a busy moment of the machine slows both alike.
    for (let run = 0; run < runs; run += 1) {
      const opened = await timeOpening(browser, file);
      page.push(opened.ms);
      script.push(opened.script);
      inertAtFirstScreen = Math.min(inertAtFirstScreen, opened.inert);
      const inertOpened = await timeOpening(browser, baseline);
      inert.push(inertOpened.ms);
      ratios.push(opened.ms / inertOpened.ms);
    }
    const downloads: number[] = [];
    const evaluations: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      const first = await timeFirstDownload(browser, file);
      downloads.push(first.download);
      evaluations.push(first.evaluation);
    }
    return {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 6 }).length,
      firstScreenMs: median(page),
      inertTextMs: median(inert),
      scriptMs: median(script),
      ratio: median(ratios),
      runs,
      firstDownloadMs: median(downloads),
      evaluationMs: median(evaluations),
      inertChunks: (bytes.toString("utf8").match(/<script type="text\/plain" data-chunk=/g) ?? []).length,
      inertAtFirstScreen,
    };
  } finally {
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
