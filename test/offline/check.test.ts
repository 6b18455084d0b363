/** 校验文件 as pure transitions over real returned files (test/fixtures/returns, period 2023年1–6月). */
import { plan } from "../../src/model";
import { fileMessages } from "../../src/reader/messages";
import {
  checkCleared,
  checkPeriodChosen,
  filesChecked,
  groupByUnit,
  initialCheck,
  isChecked,
  type CheckedFile,
} from "../../src/offline/check/check-state";
import { encrypted, jingxin, linked, midYear2023, readFixture, zigui } from "./files";

const checkedOf = async (...names: string[]) =>
  filesChecked(plan, initialCheck(midYear2023), await Promise.all(names.map(readFixture)));

describe("each file is validated as validate-workbook validates it", () => {
  test("05-linked-actuals: one 错误, the #DIV/0! of 累计新增数字化车间 2023 under 区经信局", async () => {
    const state = await checkedOf(linked);
    const [file] = state.files as CheckedFile[];
    expect(file?.counts.错误).toBe(1);
    const errors = file!.findings.filter((f) => f.severity === "错误");
    expect(errors).toMatchObject([{ indicatorId: "A2-05", year: 2023, code: "excel-error", address: "L6" }]);
    const [unit] = groupByUnit(plan, errors);
    expect(unit).toMatchObject({ lead: "区经信局", indicators: [{ indicatorId: "A2-05" }] });
  });

  test("an encrypted file is not read, and says how to remove the password", async () => {
    const state = await checkedOf(encrypted);
    expect(state.files).toEqual([{ name: encrypted, message: fileMessages.encrypted }]);
    expect(isChecked(state.files[0]!)).toBe(false);
  });

  test("the co-leads' files disagree on 累计腾出低效工业用地 2023 (资规分局 2100 亩, 区经信局 1750 亩): a conflict across files", async () => {
    const state = await checkedOf(zigui, jingxin);
    expect(state.across).toHaveLength(1);
    expect(state.across[0]).toMatchObject({
      code: "conflict",
      severity: "警告",
      indicatorId: "A2-26",
      year: 2023,
    });
    expect(state.across[0]?.message).toContain(`【${zigui}】2100，【${jingxin}】1750`);
  });

  test("files added later join the list; a second file of the same name gets “（2）”; clearing empties it", async () => {
    const first = await checkedOf(zigui);
    const again = filesChecked(plan, first, [await readFixture(zigui)]);
    expect(again.files.map((f) => f.name)).toEqual([zigui, `${zigui}（2）`]);
    expect(checkCleared(again)).toEqual({ period: midYear2023, files: [], across: [] });
  });

  test("another period validates the same files again: in 2022年 a 2023 actual is after the period", async () => {
    const state = checkPeriodChosen(plan, await checkedOf(zigui), { year: 2022, month: 12 });
    const [file] = state.files as CheckedFile[];
    expect(file?.findings.find((f) => f.indicatorId === "A2-26" && f.year === 2023)?.code).toBe(
      "after-period",
    );
  });
});

describe("findings are grouped by lead unit, then indicator, in the plan's order", () => {
  test("a co-led indicator is filed under both units as printed, 资规分局、区经信局", async () => {
    const state = await checkedOf(zigui);
    const [file] = state.files as CheckedFile[];
    const groups = groupByUnit(plan, file!.findings);
    expect(groups.map((g) => g.lead)).toContain("资规分局、区经信局");
    const order = plan.indicators.map((i) => i.id);
    for (const group of groups) {
      const ids = group.indicators.map((i) => i.indicatorId);
      expect(ids).toEqual([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    }
  });
});
