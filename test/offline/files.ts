/** Returned files for the offline page's state tests: read from their bytes as the page reads them. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { plan } from "../../src/model";
import type { ReadFile } from "../../src/offline/files";
import { sha256Hex } from "../../src/offline/sha256";
import { readReturnBytes } from "../../src/xlsx/read-return";

export const corpus = (file: string) => join(__dirname, "../fixtures/returns", file);

export const zigui = "09a-co-lead-资规分局-A2-26.xlsx";
export const jingxin = "09b-co-lead-区经信局-A2-26.xlsx";
export const linked = "05-linked-actuals.xlsx";
export const encrypted = "10d-encrypted-password.xlsx";

export async function readFixture(name: string): Promise<ReadFile> {
  const bytes = new Uint8Array(readFileSync(corpus(name)));
  return { name, sha256: sha256Hex(bytes), result: await readReturnBytes(plan, bytes) };
}

/** 报告期 2023年1–6月, the corpus' period. */
export const midYear2023 = { year: 2023, month: 6 };
