/** A returned file on disk: its size checked before it is read, its bytes hashed, then read. */
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { failure, success, type Result } from "../core/result";
import type { Plan } from "../model/types";
import { fileMessages as say } from "../reader/messages";
import { refusedBySize } from "../reader/sniff";
import { readReturnBytes, type ReturnFile } from "./read-return";

const reasons: Record<string, string> = { ENOENT: say.missing, EISDIR: say.folder, EACCES: say.noPermission };
const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? "";

export interface ReturnOnDisk extends ReturnFile {
  sha256: string;
}

async function bytesOf(path: string): Promise<Result<Buffer>> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return failure("invalidValue", say.unreadable(say.folder));
    const tooLarge = refusedBySize(info.size);
    if (tooLarge) return tooLarge;
    return success(await readFile(path));
  } catch (error) {
    return failure("invalidValue", say.unreadable(reasons[codeOf(error)] ?? say.damaged));
  }
}

export async function readReturnFile(plan: Plan, path: string): Promise<Result<ReturnOnDisk>> {
  const bytes = await bytesOf(path);
  if (!bytes.ok) return bytes;
  const sha256 = createHash("sha256").update(bytes.value).digest("hex");
  const read = await readReturnBytes(
    plan,
    new Uint8Array(bytes.value.buffer, bytes.value.byteOffset, bytes.value.byteLength),
  );
  return read.ok ? success({ ...read.value, sha256 }) : read;
}
