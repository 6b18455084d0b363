/**
 * Returned files as the page holds them: the name the user's file had, its SHA-256, and what the
 * reader made of its bytes (or why it could not be read). Names stay unique, since the comparison
 * and the 汇总 name each figure's file.
 */
import type { Result } from "../core/result";
import { uniqueNames } from "../reader/file-names";
import type { ReturnContent } from "../reader/read-return";

/** The reader's result for one file (src/xlsx/read-return.ts's ReturnFile). */
export interface ReturnedFile extends ReturnContent {
  savedAt: string | null;
}

export interface ReadFile {
  name: string;
  sha256: string;
  result: Result<ReturnedFile>;
}

/** Files added to a list, each renamed if its name is taken ("name（2）"). */
export function withUniqueNames<T extends { name: string }>(
  existing: readonly { name: string }[],
  added: readonly T[],
): T[] {
  const names = uniqueNames(
    added.map((item) => item.name),
    existing.map((item) => item.name),
  );
  return added.map((item, index) => ({ ...item, name: names[index] ?? item.name }));
}
