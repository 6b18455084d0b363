import { plan } from "../../src/model";
import { seedText } from "./seed";

// Every string the model claims is "as printed" must occur verbatim in the policy text.
const seed = seedText();
const seedWithoutLineBreaks = seed.replace(/\n/g, "");

describe("printed strings are copied from the policy verbatim", () => {
  test.each(plan.indicators)("$id printedName “$printedName” occurs in the policy", ({ printedName }) => {
    expect(seed).toContain(printedName);
  });

  test.each(plan.indicators.filter((i) => i.annex1))("$id annex1.printedName occurs in the policy", (i) => {
    expect(seed).toContain(i.annex1?.printedName);
  });

  test.each(plan.indicators)("$id source.quote occurs in the policy", ({ source }) => {
    expect(seed).toContain(source.quote);
  });

  test.each(plan.indicators)("$id lead units are units the policy names", ({ lead }) => {
    for (const unit of lead) expect(seed).toContain(unit);
  });

  test("the title, document number, issuer and annex titles are as printed", () => {
    for (const text of [plan.title, plan.document, plan.issuer, plan.annexTitles["1"]]) {
      expect(seed).toContain(text);
    }
    // 附件2's title is printed across two lines.
    expect(seedWithoutLineBreaks).toContain(plan.annexTitles["2"]);
  });
});
