/** A returned file as the reader gave it (from the pane, the offline page or the command line), as 汇总 takes it. */
import type { ReturnContent } from "../reader/read-return";
import type { ReturnInput } from "./types";

export function returnInputOf(
  file: string,
  sha256: string,
  {
    savedAt,
    record,
    actuals,
    targets,
    notes,
  }: Pick<ReturnContent, "record" | "actuals" | "targets" | "notes"> & {
    savedAt: string | null;
  },
): ReturnInput {
  return { file, sha256, savedAt, unit: record?.leadUnit ?? null, actuals, targets, notes };
}
