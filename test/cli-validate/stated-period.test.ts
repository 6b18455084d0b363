import ExcelJS from "exceljs";
import { join } from "node:path";
import { runValidateCli } from "../../src/cli/validate-command";
import { plan } from "../../src/model";
import { buildTemplateLayout } from "../../src/template/build-layout";
import { readReturnFile as readTemplateFile } from "../../src/xlsx/read-return-file";
import { filledTemplate, newFolder, onTarget } from "./files";

const captured = () => {
  const out = { log: [] as string[], error: [] as string[] };
  return { out, output: { log: (t: string) => out.log.push(t), error: (t: string) => out.error.push(t) } };
};

const stating = (month: number) =>
  buildTemplateLayout(plan, { leadUnit: null, period: { year: 2023, month } });
/** A day whose last complete month is not the file's period: the default would be 2024年1–9月. */
const october2024 = new Date(2024, 9, 15);

describe("the 报告期 a returned file states", () => {
  test("is read back from the line under the title", async () => {
    const file = await filledTemplate(newFolder(), "一至六月.xlsx", onTarget(2023), stating(6));
    const read = await readTemplateFile(plan, file);
    if (!read.ok) throw new Error(read.message);
    expect(read.value.statedPeriod).toEqual({
      sheet: "附件1 四倍增、五跃升目标",
      row: 1,
      column: 3,
      period: { year: 2023, month: 6 },
    });
  });

  test("is the period the file is validated for when --period is not given", async () => {
    const file = await filledTemplate(newFolder(), "一至六月.xlsx", onTarget(2023), stating(6));
    const { out, output } = captured();
    expect(await runValidateCli([file], plan, output, october2024)).toBe(0);
    expect(out.log[0]?.split("\n")[0]).toBe(`【${file}】报告期 2023年1–6月`);
  });

  test("gives way to --period, and the report says the file stated another", async () => {
    const file = await filledTemplate(newFolder(), "一至六月.xlsx", onTarget(2023), stating(6));
    const { out, output } = captured();
    await runValidateCli([file, "--period", "2023-09"], plan, output, october2024);
    expect(out.log[0]?.split("\n").slice(0, 2)).toEqual([
      `【${file}】报告期 2023年1–9月`,
      "文件表头写明的报告期为 2023年1–6月，本次按 --period 指定的 2023年1–9月 校验。",
    ]);
  });

  test("is not mentioned when --period names the same one", async () => {
    const file = await filledTemplate(newFolder(), "全年.xlsx", onTarget(2023), stating(12));
    const { out, output } = captured();
    await runValidateCli([file, "--period", "2023-12"], plan, output, october2024);
    expect(out.log[0]).toBe(`【${file}】报告期 2023年\n合计：未发现问题。\n`);
  });

  test("is absent from a file that states none (a version-1 template): the last complete month is used", async () => {
    const folder = newFolder();
    const stated = await filledTemplate(folder, "无报告期.xlsx", onTarget(2023), stating(6));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(stated);
    for (const sheet of workbook.worksheets) sheet.getCell("D2").value = null;
    const file = join(folder, "v1.xlsx");
    await workbook.xlsx.writeFile(file);
    const { out, output } = captured();
    await runValidateCli([file], plan, output, new Date(2024, 0, 10));
    expect(out.log[0]?.split("\n")[0]).toBe(`【${file}】报告期 2023年`);
  });
});

describe("the 备注（情况说明） of a returned file", () => {
  test("are read with their indicator, for consolidation", async () => {
    const folder = newFolder();
    const file = await filledTemplate(folder, "备注.xlsx", [["A2-03", 2023, 63]], stating(6));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    workbook.getWorksheet("附件2 目标任务分解")!.getCell("U6").value = "研发投入集中在下半年";
    await workbook.xlsx.writeFile(file);
    const read = await readTemplateFile(plan, file);
    if (!read.ok) throw new Error(read.message);
    expect(read.value.remarks).toEqual([
      { indicatorId: "A2-03", text: "研发投入集中在下半年", sheet: "附件2 目标任务分解", address: "U6" },
    ]);
  });
});
