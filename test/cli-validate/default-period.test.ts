import { runValidateCli } from "../../src/cli/validate-command";
import { plan } from "../../src/model";
import { filledTemplate, newFolder, onTarget } from "./files";

const captured = () => {
  const out = { log: [] as string[], error: [] as string[] };
  return { out, output: { log: (t: string) => out.log.push(t), error: (t: string) => out.error.push(t) } };
};

describe("the reporting period when --period is not given", () => {
  test("is the last complete month: on 15 July 2023 it is 2023年1–6月", async () => {
    const file = await filledTemplate(newFolder(), "默认.xlsx", onTarget(2023));
    const { out, output } = captured();
    expect(await runValidateCli([file], plan, output, new Date(2023, 6, 15))).toBe(0);
    expect(out.log[0]?.split("\n")[0]).toBe(`【${file}】报告期 2023年1–6月`);
  });

  test("in January it is the whole previous year: on 10 January 2024 it is 2023年", async () => {
    const file = await filledTemplate(newFolder(), "一月.xlsx", onTarget(2023));
    const { out, output } = captured();
    await runValidateCli([file], plan, output, new Date(2024, 0, 10));
    expect(out.log[0]).toBe(`【${file}】报告期 2023年\n合计：未发现问题。\n`);
  });
});
