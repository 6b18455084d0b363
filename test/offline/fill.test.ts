/**
 * 在线填报 as pure transitions, with figures worked from the policy (附件2): 研发投入规模 2023 目标
 * 70 亿元, 1–6月 序时进度 70 × 6/12 = 35; 科技型中小企业累计数量 2300 (2022) → 2600 (2023), 1–6月
 * 2300 + 300 × 6/12 = 2450; 有效高新技术企业 400 → 500, 1–6月 450.
 */
import { plan } from "../../src/model";
import {
  actualTyped,
  fillPeriodChosen,
  fillUnitChosen,
  findingsOf,
  fixApplied,
  initialFill,
  openCancelled,
  openConfirmed,
  returnOpened,
  type FillState,
} from "../../src/offline/fill/fill-state";
import { filledTemplateOf } from "../../src/offline/fill/filled-template";
import { entryKey, formRowsOf } from "../../src/offline/fill/form-rows";
import { templateLayoutFor } from "../../src/template/build-layout";
import { addressIn } from "../../src/template/table-sheet";
import { headers } from "../../src/template/types";
import { linked, midYear2023, readFixture } from "./files";

const keji = () => initialFill(plan, "区科技局", midYear2023);
const rd = entryKey("A2-03", 2023);
const typed = (fill: FillState, id: string, text: string, year = 2023) =>
  actualTyped(plan, fill, entryKey(id, year), text);

describe("the form's rows come from the unit's template layout", () => {
  test("区科技局 in 2023年1–6月 fills its five indicators, with 目标 and 序时进度 from the policy", () => {
    const rows = formRowsOf(plan, "区科技局", midYear2023);
    expect(rows.map((row) => [row.indicator.id, row.target, row.expected])).toEqual([
      ["A2-03", 70, 35],
      ["A2-07", 0.8, 0.8], // a share: its 序时进度 is the year's figure
      ["A2-24", 2600, 2450],
      ["A2-25", 500, 450],
      ["B-01", null, null], // 研发投入占GDP比重: the policy sets only 2025 (3%)
    ]);
  });

  test("each row's input is the template's cell for that indicator and year", () => {
    const [first] = formRowsOf(plan, "区科技局", midYear2023);
    const annex2 = templateLayoutFor(plan, "区科技局").sheets.find((sheet) => sheet.role === "annex2")!;
    expect(first).toMatchObject({
      sheet: annex2.name,
      address: addressIn(annex2, "A2-03", headers.actual(2023)),
    });
  });

  test("the whole year (12月) has the year's targets as 序时进度", () => {
    const rows = formRowsOf(plan, "区科技局", { year: 2023, month: 12 });
    expect(rows.find((row) => row.indicator.id === "A2-24")?.expected).toBe(2600);
  });
});

describe("validated as the user types, with the add-in's rules and messages", () => {
  test("an empty form only says what is not yet filled in (提示 not-reported for each indicator with a target)", () => {
    const fill = keji();
    expect(fill.findings.map((f) => [f.indicatorId, f.code])).toEqual([
      ["A2-03", "not-reported"],
      ["A2-07", "not-reported"],
      ["A2-24", "not-reported"],
      ["A2-25", "not-reported"],
    ]);
  });

  test("630000 typed in 万元 into the 亿元 row is a 警告 suggesting 63, and nothing is changed until the fix is clicked", () => {
    const fill = typed(keji(), "A2-03", "630000");
    const [finding] = findingsOf(fill, rd);
    expect(finding).toMatchObject({ code: "off-target-magnitude", severity: "警告", suggestion: 63 });
    expect(finding?.message).toBe(
      "“研发投入规模”2023年实绩 630000 是2023年1–6月序时进度目标 35 的 18000 倍，可能单位有误：若按万元填写，应为 63 亿元。",
    );
    expect(fill.entries[rd]).toMatchObject({ text: "630000", raw: 630000 });
    const fixed = fixApplied(plan, fill, finding!);
    expect(fixed.entries[rd]).toMatchObject({ text: "63", raw: 63 });
    expect(findingsOf(fixed, rd)).toEqual([]);
  });

  test("full-width digits are text: an 错误 whose fix writes the number", () => {
    const fill = typed(keji(), "A2-24", "２４６０");
    const [finding] = findingsOf(fill, entryKey("A2-24", 2023));
    expect(finding).toMatchObject({ code: "number-as-text", severity: "错误", suggestion: 2460 });
    expect(fixApplied(plan, fill, finding!).entries[entryKey("A2-24", 2023)]).toMatchObject({
      text: "2460",
      raw: 2460,
    });
  });

  test("80 in a % row is taken as 8000%, a 警告 whose fix writes 80% (0.8)", () => {
    const fill = typed(keji(), "A2-07", "80");
    const [finding] = findingsOf(fill, entryKey("A2-07", 2023));
    expect(finding).toMatchObject({ code: "percent-scale", suggestion: 0.8 });
    expect(fixApplied(plan, fill, finding!).entries[entryKey("A2-07", 2023)]).toMatchObject({
      text: "80%",
      raw: 0.8,
    });
  });

  test("a fix of a finding without a suggestion changes nothing", () => {
    const fill = typed(keji(), "A2-25", "约450");
    const [finding] = findingsOf(fill, entryKey("A2-25", 2023));
    expect(finding?.code).toBe("text-not-number");
    expect(fixApplied(plan, fill, finding!)).toBe(fill);
  });

  test("another unit or period keeps what was typed and validates it again", () => {
    const fill = typed(keji(), "A2-03", "36");
    expect(fillPeriodChosen(plan, fill, { year: 2023, month: 12 }).entries[rd]?.raw).toBe(36);
    const jingxin = fillUnitChosen(plan, fill, "区经信局");
    expect(jingxin.findings.some((f) => f.indicatorId === "A2-03")).toBe(false);
  });
});

describe("opening a returned file continues where it stopped", () => {
  test("05-linked-actuals: 区经信局's file, its formulas' results loaded as values, the #DIV/0! said as the add-in says it", async () => {
    const file = await readFixture(linked);
    if (!file.result.ok) throw new Error(file.result.message);
    const fill = returnOpened(plan, keji(), file.name, file.result.value);
    expect(fill.unit).toBe("区经信局");
    expect(fill.entries[entryKey("A2-01", 2023)]).toMatchObject({
      text: "70.3",
      raw: 70.3,
      formula: "=测算!B5",
    });
    expect(fill.entries[entryKey("A2-01", 2022)]).toMatchObject({ text: "126.4", raw: 126.4 });
    expect(fill.entries[entryKey("A2-26", 2023)]).toMatchObject({ raw: 2480, formula: "=SUM(测算!B7:B8)" });
    expect(fill.opened).toMatchObject({
      name: linked,
      recorded: true,
      loaded: 4,
      formulas: 3,
      notInTemplate: [],
    });
    expect(findingsOf(fill, entryKey("A2-05", 2023)).map((f) => f.code)).toEqual(["excel-error"]);
    // Retyping the cell drops the file's formula: the download holds the typed figure.
    const retyped = typed(fill, "A2-05", "24");
    expect(retyped.entries[entryKey("A2-05", 2023)]).toEqual({
      text: "24",
      raw: 24,
      numberFormat: null,
      fromFile: false,
    });
    expect(findingsOf(retyped, entryKey("A2-05", 2023))).toEqual([]);
  });

  test("with figures typed by hand the file waits: 替换 loads it, 取消 keeps what was typed", async () => {
    const file = await readFixture(linked);
    if (!file.result.ok) throw new Error(file.result.message);
    const fill = typed(keji(), "A2-03", "36");
    const waiting = returnOpened(plan, fill, file.name, file.result.value);
    expect(waiting.pending?.name).toBe(linked);
    expect(waiting.entries).toBe(fill.entries);
    expect(openCancelled(waiting).entries[rd]?.raw).toBe(36);
    const replaced = openConfirmed(plan, waiting);
    expect(replaced.pending).toBeNull();
    expect(replaced.entries[rd]).toBeUndefined();
    expect(replaced.unit).toBe("区经信局");
  });
});

describe("the filled template to send", () => {
  test("each figure goes into its indicator's cell of the unit's layout; other cells stay as the template has them", () => {
    const fill = typed(typed(keji(), "A2-03", "63"), "A2-25", "450");
    const { layout, written } = filledTemplateOf(plan, fill);
    const annex2 = layout.sheets.find((sheet) => sheet.role === "annex2")!;
    const carriedAt = (id: string, year: number) =>
      annex2.cells.find((cell) => cell.actualOf?.indicatorId === id && cell.actualOf.year === year)?.carried;
    expect([carriedAt("A2-03", 2023), carriedAt("A2-25", 2023), carriedAt("A2-24", 2023)]).toEqual([
      63,
      450,
      undefined,
    ]);
    expect(written).toBe(2);
  });

  test("text typed with a leading = is carried as typed, never laid out as a formula", () => {
    const { layout } = filledTemplateOf(plan, typed(keji(), "A2-03", "=1/0"));
    const annex2 = layout.sheets.find((sheet) => sheet.role === "annex2")!;
    const address = addressIn(annex2, "A2-03", headers.actual(2023));
    const cell = annex2.cells.find((c) => c.actualOf?.indicatorId === "A2-03" && c.actualOf.year === 2023);
    expect(address).not.toBeNull();
    expect(cell?.carried).toBe("=1/0");
    expect(
      annex2.cells.some((cell) => typeof cell.content === "string" && cell.content.startsWith("=1/0")),
    ).toBe(false);
  });
});
