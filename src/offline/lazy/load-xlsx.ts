/**
 * The file code (exceljs, jszip, src/xlsx) on first use. The built page holds it as inert text
 * (`<script type="text/plain" data-chunk>`): nothing of it is evaluated for the first screen. On the
 * first read or write each chunk's text goes into a real <script> (the page's Content-Security-Policy
 * lists its hash), which registers its modules with the page's webpack runtime and sets
 * `window.blOfflineXlsx`. No chunk is ever loaded by URL.
 */
import type * as XlsxTasks from "./xlsx-tasks";

export type XlsxModule = typeof XlsxTasks;

const slot = window as unknown as { blOfflineXlsx?: XlsxModule };

let loaded: XlsxModule | null = null;

function evaluateInertChunks(): void {
  performance.mark("bl-xlsx-evaluating");
  for (const inert of document.querySelectorAll<HTMLScriptElement>('script[type="text/plain"][data-chunk]')) {
    const script = document.createElement("script");
    script.textContent = inert.textContent;
    document.head.appendChild(script);
    inert.remove();
  }
  performance.mark("bl-xlsx-evaluated");
  performance.measure("bl-xlsx-evaluation", "bl-xlsx-evaluating", "bl-xlsx-evaluated");
}

/** The file functions, evaluated once; a failure throws (the caller says so) and the next click tries again. */
export async function xlsxModule(): Promise<XlsxModule> {
  if (loaded) return loaded;
  if (!slot.blOfflineXlsx) evaluateInertChunks();
  if (!slot.blOfflineXlsx) throw new Error("file code not available");
  loaded = slot.blOfflineXlsx;
  return loaded;
}
