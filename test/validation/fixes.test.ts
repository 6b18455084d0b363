import { fixOf, fixesOfKind } from "../../src/core/validation/fixes";
import { templateCell, findingsOf, sheet } from "./cells";

describe("fixes describe the write a suggestion makes, for the pane to show before applying", () => {
  const cells = {
    actuals: [
      templateCell("A2-03", 2022, "60亿元"),
      templateCell("A2-05", 2022, "20家", "@"),
      templateCell("A2-03", 2021, "约54"),
      templateCell("A2-06", 2022, 10),
    ],
    targets: [templateCell("A2-03", 2023, 75)],
  };
  const findings = findingsOf(cells);
  const [asText, asTextInTextCell, notANumber] = findings;

  test("fixOf of 60亿元 writes 60 to that cell", () => {
    expect(fixOf(asText!)).toEqual({ sheet, address: cells.actuals[0]!.address, value: 60 });
  });

  test("a cell formatted as text also gets the unit's number format (家: 0)", () => {
    expect(fixOf(asTextInTextCell!)).toEqual({
      sheet,
      address: cells.actuals[1]!.address,
      value: 20,
      numberFormat: "0",
    });
  });

  test("a finding without a suggestion has no fix", () => {
    expect(notANumber?.code).toBe("text-not-number");
    expect(fixOf(notANumber!)).toBeNull();
  });

  test("fixesOfKind gives every fix of one code, and only of that code", () => {
    expect(fixesOfKind(findings, "number-as-text").map((fix) => fix.value)).toEqual([60, 20]);
    expect(fixesOfKind(findings, "percent-scale")).toEqual([
      { sheet, address: cells.actuals[3]!.address, value: 0.1 },
    ]);
    expect(fixesOfKind(findings, "target-changed").map((fix) => fix.value)).toEqual([70]);
    expect(fixesOfKind(findings, "text-not-number")).toEqual([]);
  });

  test("validation never changes a value: the cells it was given are untouched", () => {
    const before = JSON.stringify(cells);
    findingsOf(Object.freeze(cells));
    expect(JSON.stringify(cells)).toBe(before);
    expect(findings.map((f) => f.original)).toEqual(["60亿元", "20家", "约54", 10, 75]);
  });
});
