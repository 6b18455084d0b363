/**
 * Returned files as the page holds them: the name the user's file had, its SHA-256, and what the
 * reader made of its bytes (or why it could not be read). Names stay unique, since the comparison
 * and the 汇总 name each figure's file.
 */
import type { Result } from "../core/result";
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

/** The name, or "name（2）" when a file of that name is already in the list. */
export function uniqueName(taken: readonly string[], name: string): string {
  if (!taken.includes(name)) return name;
  for (let n = 2; ; n += 1) {
    const candidate = `${name}（${n}）`;
    if (!taken.includes(candidate)) return candidate;
  }
}

/** Files added to a list, each renamed if its name is taken. */
export function withUniqueNames<T extends { name: string }>(
  existing: readonly { name: string }[],
  added: readonly T[],
): T[] {
  const names = existing.map((item) => item.name);
  return added.map((item) => {
    const name = uniqueName(names, item.name);
    names.push(name);
    return { ...item, name };
  });
}
