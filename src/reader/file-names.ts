/** Returned files are told apart by name (a pick, a finding, a row name one file): two of one name get a number. */

/** Names made unique in the order given, after those already `taken`: 汇总.xlsx, 汇总.xlsx（2）, … */
export function uniqueNames(names: readonly string[], taken: readonly string[] = []): string[] {
  const used = new Set(taken);
  return names.map((name) => {
    let unique = name;
    for (let n = 2; used.has(unique); n += 1) unique = `${name}（${n}）`;
    used.add(unique);
    return unique;
  });
}
