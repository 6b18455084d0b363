/** Free sheet names: numbered copies, kept-old sheets and temporary names never clash with a sheet. */
export const maxSheetNameLength = 31;

const withSuffix = (base: string, suffix: string) =>
  suffix === "" ? base : `${base.slice(0, maxSheetNameLength - suffix.length)}${suffix}`;

/** Excel compares sheet names ignoring case. */
const isTaken = (name: string, taken: ReadonlySet<string>) =>
  [...taken].some((other) => other.toLowerCase() === name.toLowerCase());

/** The first n = 1, 2, … whose names are all free. */
function firstFree(namesFor: (n: number) => string[], taken: ReadonlySet<string>): string[] {
  for (let n = 1; ; n += 1) {
    const names = namesFor(n);
    if (names.every((name) => !isTaken(name, taken))) return names;
  }
}

const copySuffix = (n: number) => (n === 1 ? "" : ` (${n})`);

/** Names for a set of sheets sharing one copy number: `附件1 … (2)` goes with `附件2 … (2)`. */
export const freeNames = (bases: string[], taken: ReadonlySet<string>): string[] =>
  firstFree((n) => bases.map((base) => withSuffix(base, copySuffix(n))), taken);

/** `base`, else `base (2)`, `base (3)`, …: the first name no sheet has. */
export const freeName = (base: string, taken: ReadonlySet<string>): string =>
  freeNames([base], taken)[0] ?? base;

/** The name an old sheet keeps when it still holds actuals no new row takes: `… (旧)`, `… (旧2)`. */
export const keptName = (name: string, taken: ReadonlySet<string>): string =>
  firstFree((n) => [withSuffix(name, n === 1 ? " (旧)" : ` (旧${n})`)], taken)[0] ?? name;
