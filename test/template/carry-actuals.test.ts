import { plan } from "../../src/model";
import { buildTemplateLayout } from "../../src/template/build-layout";
import { actualsInTable, asTypedInput, withActuals } from "../../src/template/carry-actuals";
import { cellOfIndicator, sheetOf } from "./layout-helpers";

/** An old 附件2 table as Excel gives it back (header row first), starting at A3, columns moved about. */
const oldTable = {
  sheet: "附件2 目标任务分解",
  top: 2,
  left: 0,
  values: [
    ["指标名称", "代码", "2021年实绩", "2021年完成率", "2023年实绩", "备注"],
    ["研发投入规模", "A2-03", "", "", 63, ""],
    ["累计新增未来工厂", " A2-04 ", 1, 1, "3家", ""],
    ["", "", 5, "", "", "合计行"],
    ["已删除的指标", "A2-99", 7, "", "", ""],
  ],
};

describe("reading the actuals typed into an old table", () => {
  it("finds them by the 代码 column and the YYYY年实绩 headers, skipping empty cells and rows without a code", () => {
    expect(actualsInTable(oldTable)).toEqual([
      { indicatorId: "A2-03", year: 2023, value: 63, sheet: "附件2 目标任务分解", address: "E4" },
      { indicatorId: "A2-04", year: 2021, value: 1, sheet: "附件2 目标任务分解", address: "C5" },
      { indicatorId: "A2-04", year: 2023, value: "3家", sheet: "附件2 目标任务分解", address: "E5" },
      { indicatorId: "A2-99", year: 2021, value: 7, sheet: "附件2 目标任务分解", address: "C7" },
    ]);
  });

  it("finds nothing in a table without a 代码 column", () => {
    expect(
      actualsInTable({
        ...oldTable,
        values: [
          ["指标名称", "2023年实绩"],
          ["研发投入规模", 63],
        ],
      }),
    ).toEqual([]);
  });
});

describe("putting carried actuals into a new layout", () => {
  const layout = buildTemplateLayout(plan, { leadUnit: "区经信局" });
  const carried = withActuals(layout, actualsInTable(oldTable));

  it("puts each actual in its indicator's cell for that year, text included, as what was typed (not content)", () => {
    const annex2 = sheetOf(carried.layout, "annex2");
    expect(cellOfIndicator(annex2, "A2-04", "2021年实绩")).toMatchObject({ carried: 1, content: null });
    expect(cellOfIndicator(annex2, "A2-04", "2023年实绩")).toMatchObject({ carried: "3家", content: null });
  });

  it("gives every carried string an apostrophe for Range.values, so Excel keeps it as text", () => {
    expect(["+63", "-", "=1/0", "12", "3家"].map(asTypedInput)).toEqual([
      "'+63",
      "'-",
      "'=1/0",
      "'12",
      "'3家",
    ]);
    expect([63, 0.095, true].map(asTypedInput)).toEqual([63, 0.095, true]);
  });

  it("keeps what the layout has no cell for as orphans: another unit's row, an unknown code", () => {
    expect(carried.kept.map(({ indicatorId, year }) => `${indicatorId} ${year}`)).toEqual([
      "A2-04 2021",
      "A2-04 2023",
    ]);
    expect(carried.orphans.map(({ indicatorId, address }) => `${indicatorId} ${address}`)).toEqual([
      "A2-03 E4",
      "A2-99 C7",
    ]);
  });

  it("takes only the first of two actuals for one indicator and year, and keeps the second as an orphan", () => {
    const twice = actualsInTable({
      ...oldTable,
      values: [oldTable.values[0] ?? [], ["", "A2-04", 1], ["", "A2-04", 2]],
    });
    const result = withActuals(layout, twice);
    expect(result.kept.map(({ value }) => value)).toEqual([1]);
    expect(result.orphans.map(({ value }) => value)).toEqual([2]);
  });
});
