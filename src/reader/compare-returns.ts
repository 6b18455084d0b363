/**
 * Several returned files side by side (pure): where two of them (or two tables of one) give different
 * figures for the same indicator and year, and which file counts when one unit sent two.
 */
import { takenValue } from "../core/validation/taken-value";
import type { TemplateCell } from "../core/validation/types";
import type { Plan } from "../model/types";
import { readMessages as say } from "./messages";
import { readNote } from "./read-table";
import type { ReadNote } from "./types";

/** A returned file as the comparison needs it. */
export interface ReturnToCompare {
  file: string;
  /** The lead unit its template was made for (null: all units, or no record). */
  unit: string | null;
  /** When it was last saved (ISO 8601), if the file says. */
  savedAt: string | null;
  actuals: readonly TemplateCell[];
}

/** A file as read, for the comparison: its unit from the template's record. */
export const toCompare = (
  file: string,
  read: {
    record: { leadUnit: string | null } | null;
    savedAt: string | null;
    actuals: readonly TemplateCell[];
  },
): ReturnToCompare => ({
  file,
  unit: read.record?.leadUnit ?? null,
  savedAt: read.savedAt,
  actuals: read.actuals,
});

/** One figure for an indicator and year, with where it came from. */
export interface Candidate {
  file: string;
  unit: string | null;
  sheet: string;
  cell: string;
  value: number;
  /** The cell as the file holds it. */
  raw: TemplateCell["raw"];
}

/** The file of each unit that counts: the newest by saved time, else the one given last. */
export function currentReturns<R extends ReturnToCompare>(
  returns: readonly R[],
): { current: R[]; superseded: { unit: string; newer: R; older: R[]; byTime: boolean }[] } {
  const byUnit = new Map<string, R[]>();
  returns.forEach((item) => {
    if (item.unit === null) return;
    byUnit.set(item.unit, [...(byUnit.get(item.unit) ?? []), item]);
  });
  const superseded: { unit: string; newer: R; older: R[]; byTime: boolean }[] = [];
  const dropped = new Set<R>();
  for (const [unit, files] of byUnit) {
    if (files.length < 2) continue;
    const byTime =
      files.every((f) => f.savedAt !== null) && new Set(files.map((f) => f.savedAt)).size === files.length;
    const order = (f: R) => (byTime ? (f.savedAt ?? "") : String(returns.indexOf(f)).padStart(9, "0"));
    const sorted = [...files].sort((a, b) => order(a).localeCompare(order(b)));
    const newer = sorted[sorted.length - 1]!;
    const older = sorted.slice(0, -1);
    older.forEach((f) => dropped.add(f));
    superseded.push({ unit, newer, older, byTime });
  }
  return { current: returns.filter((item) => !dropped.has(item)), superseded };
}

/** Every figure given for each indicator and year ("A2-05|2023"), in the order the files were given. */
export function candidatesByKey(plan: Plan, returns: readonly ReturnToCompare[]): Map<string, Candidate[]> {
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  const byKey = new Map<string, Candidate[]>();
  for (const item of returns) {
    for (const cell of item.actuals) {
      const indicator = indicators.get(cell.indicatorId);
      const value = indicator ? takenValue(cell, indicator) : null;
      if (value === null) continue;
      const key = `${cell.indicatorId}|${cell.year}`;
      const candidate = {
        file: item.file,
        unit: item.unit,
        sheet: cell.sheet,
        cell: cell.address,
        value,
        raw: cell.raw,
      };
      byKey.set(key, [...(byKey.get(key) ?? []), candidate]);
    }
  }
  return byKey;
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Candidates that disagree: at least two different figures. */
export const disagree = (candidates: readonly Candidate[]): boolean =>
  candidates.some((c) => !same(c.value, candidates[0]!.value));

/** The notes for a set of returned files: conflicts between them and files superseded by a newer one. */
export function compareReturns(plan: Plan, returns: readonly ReturnToCompare[]): ReadNote[] {
  const { current, superseded } = currentReturns(returns);
  const names = new Map(plan.indicators.map((i) => [i.id, i.name]));
  const notes = superseded.map(({ unit, newer, older, byTime }) =>
    readNote(
      "duplicate-return",
      "警告",
      say.duplicateReturn(
        unit,
        newer.file,
        older.map((f) => f.file),
        byTime,
      ),
    ),
  );
  for (const [key, candidates] of candidatesByKey(plan, current)) {
    if (!disagree(candidates)) continue;
    const [indicatorId = "", year = "0"] = key.split("|");
    const where = (c: Candidate) =>
      candidates.filter((o) => o.file === c.file).length > 1 ? `${c.file}｜${c.sheet}` : c.file;
    notes.push(
      readNote(
        "conflict",
        "警告",
        say.conflict(
          indicatorId,
          names.get(indicatorId) ?? "",
          Number(year),
          candidates.map((c) => ({ file: where(c), value: c.value })),
        ),
        {
          indicatorId,
          year: Number(year),
        },
      ),
    );
  }
  return notes;
}
