/**
 * What the page does outside its state: reading the files the user picked (one by one, the progress
 * bar moving between them) and writing the downloads the user asked for, through the file module
 * evaluated on first use. Each outcome goes back into the state as an action.
 */
import { templateLayoutFor } from "../template/build-layout";
import { failure } from "../core/result";
import type { Plan } from "../model/types";
import { fileMessages } from "../reader/messages";
import { refusedBySize } from "../reader/sniff";
import { filledTemplateOf } from "./fill/filled-template";
import type { ReadFile } from "./files";
import { xlsxModule } from "./lazy/load-xlsx";
import { consolidateTexts, fillTexts, pageTexts, templateTexts } from "./messages";
import { sha256Hex } from "./sha256";
import type { FilePart } from "./state";
import type { Store } from "./store";
import { copyText, saveFile } from "./ui/save-file";

export interface Effects {
  readFiles(part: FilePart, files: readonly File[]): Promise<void>;
  downloadTemplate(): Promise<void>;
  downloadFilled(): Promise<void>;
  downloadConsolidation(): Promise<void>;
  copyBrief(): Promise<void>;
}

/** Lets the browser paint (the progress bar) between two files. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createEffects(plan: Plan, store: Store): Effects {
  const { dispatch } = store;

  async function readOne(file: File): Promise<ReadFile> {
    const tooLarge = refusedBySize(file.size);
    if (tooLarge) return { name: file.name, sha256: "", result: tooLarge };
    const bytes = new Uint8Array(await file.arrayBuffer());
    const xlsx = await xlsxModule();
    const result = await xlsx
      .readReturned(plan, bytes)
      .catch(() => failure("invalidValue", fileMessages.damaged));
    return { name: file.name, sha256: sha256Hex(bytes), result };
  }

  /** Writes a file; `make` gives the bytes, the name and the notice to show once it is saved. */
  async function write(
    what: string,
    make: () => Promise<{ bytes: Uint8Array; name: string; notice: string }>,
  ) {
    dispatch({ type: "writingStarted", what });
    try {
      const { bytes, name, notice } = await make();
      saveFile(bytes, name);
      dispatch({ type: "writingFinished", notice: { tone: "success", text: notice } });
    } catch (error) {
      const text =
        error instanceof Error && error.message ? pageTexts.writeFailed(error.message) : pageTexts.loadFailed;
      dispatch({ type: "writingFinished", notice: { tone: "error", text } });
    }
  }

  return {
    async readFiles(part, files) {
      dispatch({ type: "readingStarted", part, total: files.length });
      try {
        for (const file of files) {
          dispatch({ type: "fileRead", file: await readOne(file) });
          await nextFrame();
        }
      } catch {
        dispatch({ type: "writingFinished", notice: { tone: "error", text: pageTexts.loadFailed } });
      } finally {
        dispatch({ type: "readingFinished" });
      }
    },

    downloadTemplate: () =>
      write(templateTexts.writing, async () => {
        const { unit, period } = store.state().template;
        const xlsx = await xlsxModule();
        const name = templateTexts.fileName(unit, period);
        return {
          bytes: await xlsx.templateBytes(templateLayoutFor(plan, unit, period)),
          name,
          notice: pageTexts.downloaded(name),
        };
      }),

    downloadFilled: () =>
      write(fillTexts.writing, async () => {
        const fill = store.state().fill;
        const filled = filledTemplateOf(plan, fill);
        const xlsx = await xlsxModule();
        const name = fillTexts.fileName(fill.unit, fill.period);
        const bytes = await xlsx.templateBytes(filled.layout);
        return { bytes, name, notice: fillTexts.written(name, filled.written) };
      }),

    downloadConsolidation: () =>
      write(consolidateTexts.writing, async () => {
        const { workbook, period } = store.state().consolidate;
        if (!workbook) throw new Error(consolidateTexts.none);
        const xlsx = await xlsxModule();
        const name = consolidateTexts.fileName(period);
        return { bytes: await xlsx.consolidationBytes(workbook), name, notice: pageTexts.downloaded(name) };
      }),

    async copyBrief() {
      const brief = store.state().consolidate.result?.brief ?? "";
      const copied = await copyText(brief);
      const text = copied ? consolidateTexts.copied : consolidateTexts.copyFailed;
      dispatch({ type: "writingFinished", notice: { tone: copied ? "success" : "error", text } });
    },
  };
}
