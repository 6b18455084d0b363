import { plan } from "../../src/model";

// The classification decided for every indicator (see docs/target-model.md for the reasons).
const kinds: Record<string, string[]> = {
  flow: ["A2-15", "A2-16", "A2-36a", "A2-36b", "A2-36c", "A2-37", "B-06"],
  cumulative: [
    ...["A2-04", "A2-05", "A2-10", "A2-11", "A2-12", "A2-13", "A2-14", "A2-19a", "A2-19b", "A2-20"],
    ...["A2-26", "A2-29", "A2-30", "A2-31", "A2-32", "A2-33", "A2-34", "A2-35"],
  ],
  stock: ["A2-08", "A2-09", "A2-17", "A2-21", "A2-22", "A2-23", "A2-24", "A2-25", "B-02", "B-03", "B-04"],
  amount: ["A2-01", "A2-03"],
  ratio: ["A2-02", "A2-06", "A2-07", "A2-18", "A2-27", "A2-28", "B-01", "B-05", "B-07"],
};
const shares = ["A2-06", "A2-07", "B-01", "B-05", "B-07"];
const signedRates = ["A2-02", "A2-18"];
const ambiguousWording = ["A2-09", "A2-11", "A2-16", "A2-21", "B-02", "B-04", "B-06"];

const byId = (id: string) => plan.indicators.find((indicator) => indicator.id === id);

describe("classification of the indicators", () => {
  test.each(Object.entries(kinds))("%s: the indicators decided so", (kind, ids) => {
    expect(plan.indicators.filter((i) => i.kind === kind).map((i) => i.id)).toEqual(ids.sort(byPlanOrder));
  });

  test("every indicator is higher-is-better (a reduction rate too)", () => {
    expect(plan.indicators.filter((indicator) => indicator.direction !== "higher")).toEqual([]);
  });

  test("shares stay within 0…1, growth and reduction rates are unbounded, everything else is ≥ 0", () => {
    for (const indicator of plan.indicators) {
      const expected = shares.includes(indicator.id)
        ? { min: 0, max: 1 }
        : signedRates.includes(indicator.id)
          ? { min: null, max: null }
          : { min: 0, max: null };
      expect({ id: indicator.id, range: indicator.actualRange }).toEqual({
        id: indicator.id,
        range: expected,
      });
    }
  });

  test.each(ambiguousWording)(
    "%s, whose wording allows two readings, explains the reading in a note",
    (id) => {
      expect(byId(id)?.note).toMatch(/歧义/);
    },
  );
});

function byPlanOrder(a: string, b: string): number {
  return plan.indicators.findIndex((i) => i.id === a) - plan.indicators.findIndex((i) => i.id === b);
}
