/**
 * The pane's state transitions, as pure functions: no React, no workbook. Each takes the state and what
 * happened and gives the next state.
 */
import type { Finding, TemplateCell } from "../../src/core/validation/types";
import type { Host, InsertOutcome, ValidationResult } from "../../src/host/contract";
import { zhCN } from "../../src/taskpane/messages/zh-CN";
import { failed, finished, started } from "../../src/taskpane/state/actions/env";
import { fixesApplied } from "../../src/taskpane/state/actions/apply-fixes";
import { formulaInserted } from "../../src/taskpane/state/actions/cells";
import { templateInserted } from "../../src/taskpane/state/actions/insert-template";
import {
  readStarted,
  templateRead,
  validationSummarized,
} from "../../src/taskpane/state/actions/read-template";
import {
  editsQueued,
  editsReturned,
  editsTaken,
  rowsRevalidated,
} from "../../src/taskpane/state/actions/revalidate";
import { selfTestMessages } from "../../src/taskpane/messages/self-test";
import { selfTestFinished } from "../../src/taskpane/state/actions/self-test";
import { initialState, type PaneState } from "../../src/taskpane/state/pane-state";

const annex2 = "附件2 目标任务分解";
const noSettings: Host["settings"] = { get: () => null, set: () => undefined, save: async () => undefined };
const host = { settings: noSettings, missingRequirement: null } as unknown as Host;
const opened: PaneState = initialState(host, new Date(2023, 6, 15), zhCN);

const cell = (address: string, raw: TemplateCell["raw"], indicatorId = "A2-03"): TemplateCell => ({
  sheet: annex2,
  address,
  raw,
  numberFormat: "General",
  indicatorId,
  year: 2023,
});
const finding = (address: string, severity: Finding["severity"]): Finding => ({
  sheet: annex2,
  address,
  indicatorId: "A2-03",
  year: 2023,
  severity,
  code: "text-not-number",
  message: "…",
  original: "约60",
});
const result = (findings: Finding[], actuals: TemplateCell[], templatePresent = true): ValidationResult => ({
  templatePresent,
  findings,
  actuals,
});

describe("opening", () => {
  test("the pane opens on the last complete month (2023年1–6月 on 15 July), all units, nothing read yet", () => {
    expect(opened).toMatchObject({
      unit: null,
      period: { year: 2023, month: 6 },
      insertScope: "all",
      templatePresent: null,
      findings: null,
      readGeneration: 0,
      marked: false,
      pendingEdits: [],
      notice: null,
    });
  });

  test("the workbook's stored assignments of B-06/B-07 come back; anything but a unit's name is dropped", () => {
    const stored = new Map<string, unknown>([["BL.assignments", { "B-06": "区发改局", "B-07": 3, x: "" }]]);
    const settings: Host["settings"] = { ...noSettings, get: (key) => stored.get(key) ?? null };
    expect(initialState({ ...host, settings }, new Date(2023, 6, 15), zhCN).assignments).toEqual({
      "B-06": "区发改局",
    });
    expect(opened.assignments).toEqual({});
  });

  test("a host without ExcelApi 1.7 opens on an error notice naming it", () => {
    const old = initialState({ ...host, missingRequirement: "ExcelApi 1.7" }, new Date(2023, 6, 15), zhCN);
    expect(old.notice).toEqual({ intent: "error", text: zhCN.errors.requirement("ExcelApi 1.7") });
  });
});

describe("requests", () => {
  test("a request starts busy with the old notice cleared, and ends not busy", () => {
    const noticed = { ...opened, notice: { intent: "info" as const, text: "旧的" } };
    expect(started(noticed, "validate")).toMatchObject({ busy: "validate", notice: null });
    expect(finished(started(noticed, "validate")).busy).toBeNull();
  });

  test("a failure becomes an error notice in words (a protected sheet)", () => {
    expect(failed(opened, { code: "AccessDenied", message: "x" }, zhCN).notice).toEqual({
      intent: "error",
      text: zhCN.errors.protected,
    });
  });
});

describe("reading the template", () => {
  test("each full read is a new generation; once marked, the sheet stays marked for later quiet reads", () => {
    const marked = readStarted(opened, true);
    expect(marked).toMatchObject({ readGeneration: 1, marked: true });
    expect(readStarted(marked, false)).toMatchObject({ readGeneration: 2, marked: true });
    expect(readStarted(opened, false)).toMatchObject({ readGeneration: 1, marked: false });
  });

  test("what was read replaces the findings and actual cells", () => {
    const read = templateRead(opened, result([finding("K6", "错误")], [cell("K6", "约60")]));
    expect(read).toMatchObject({ templatePresent: true, findings: [finding("K6", "错误")] });
    expect(read.actualCells).toEqual([cell("K6", "约60")]);
  });

  test("the summary counts findings by severity; a missing template says so; problems come first", () => {
    const two = result([finding("K6", "错误"), finding("K7", "警告")], []);
    expect(validationSummarized(opened, two, zhCN).notice).toEqual({
      intent: "info",
      text: "校验完成：错误 1 处，警告 1 处，提示 0 处。",
    });
    expect(validationSummarized(opened, result([], [], false), zhCN).notice).toEqual({
      intent: "warning",
      text: zhCN.validate.noTemplate,
    });
    const problems = { ...result([], []), problems: ["工作表“附件2”的表头中没有“代码”列。"] };
    expect(validationSummarized(opened, problems, zhCN).notice?.text).toBe(
      "工作表“附件2”的表头中没有“代码”列。 校验完成：未发现问题。",
    );
  });
});

describe("live validation", () => {
  const shown = templateRead(
    readStarted(opened, true),
    result([finding("K6", "错误"), finding("K9", "警告")], [cell("K6", "约60"), cell("K9", 5, "A2-05")]),
  );

  test("edits queue up until they are taken, in the order made", () => {
    const two = editsQueued(editsQueued(opened, [{ sheet: "s1", address: "K6" }]), [
      { sheet: "s1", address: "K7" },
    ]);
    expect(two.pendingEdits).toEqual([
      { sheet: "s1", address: "K6" },
      { sheet: "s1", address: "K7" },
    ]);
    expect(editsTaken(two).pendingEdits).toEqual([]);
  });

  test("edits a failed re-validation took go back to the front of the queue, each once", () => {
    const taken = [
      { sheet: "s1", address: "K6" },
      { sheet: "s1", address: "K7" },
    ];
    const meanwhile = editsQueued(editsTaken(opened), [
      { sheet: "s1", address: "K7" },
      { sheet: "s1", address: "K8" },
    ]);
    expect(editsReturned(meanwhile, taken).pendingEdits).toEqual([
      { sheet: "s1", address: "K6" },
      { sheet: "s1", address: "K7" },
      { sheet: "s1", address: "K8" },
    ]);
  });

  test("a re-read row replaces that row's findings and actuals; other rows stay", () => {
    const fixed = rowsRevalidated(shown, result([], [cell("K6", 60)]), shown.readGeneration);
    expect(fixed.findings).toEqual([finding("K9", "警告")]);
    expect(fixed.actualCells).toEqual([cell("K9", 5, "A2-05"), cell("K6", 60)]);
  });

  test("two edits in one row re-read it twice, yet each finding and actual is shown once", () => {
    const twice = result([finding("K6", "警告"), finding("K6", "警告")], [cell("K6", 60), cell("K6", 60)]);
    const merged = rowsRevalidated(shown, twice, shown.readGeneration);
    expect(merged.findings).toEqual([finding("K9", "警告"), finding("K6", "警告")]);
    expect(merged.actualCells).toEqual([cell("K9", 5, "A2-05"), cell("K6", 60)]);
  });

  test("a re-validation begun before the latest full read is dropped", () => {
    const later = readStarted(shown, true);
    expect(rowsRevalidated(later, result([], [cell("K6", 60)]), shown.readGeneration)).toBe(later);
  });

  test("before any full read, or without a template, a re-validation changes nothing", () => {
    expect(rowsRevalidated(opened, result([], [cell("K6", 60)]), 0)).toBe(opened);
    expect(rowsRevalidated(shown, result([], [], false), shown.readGeneration)).toBe(shown);
  });
});

describe("insertion, fixes and formulas", () => {
  test("an update that carried 备注 says so; remarks left on the old sheet are named when no actual is", () => {
    const outcome: InsertOutcome = {
      status: "inserted",
      sheets: [annex2],
      keptActuals: 3,
      orphanedActuals: 0,
      keptRemarks: 2,
      orphanedRemarks: 1,
      orphanSheet: `${annex2} (旧)`,
      orphanSheets: [`${annex2} (旧)`],
      orphans: [],
    };
    const next = templateInserted({ ...opened, existingChoice: "update" }, outcome, zhCN);
    expect(next.notice?.text).toBe(
      `已更新模板，保留了 3 个已填实绩和 2 条备注。 1 条备注的指标不在新模板中，已保留在工作表“${annex2} (旧)”。`,
    );
  });

  const inserted: InsertOutcome = {
    status: "inserted",
    sheets: ["附件1 四倍增、五跃升目标", annex2],
    keptActuals: 3,
    orphanedActuals: 0,
    orphanSheets: [],
    orphans: [],
  };

  test("an update spends the choice and reports the actuals kept", () => {
    const next = templateInserted({ ...opened, existingChoice: "update" }, inserted, zhCN);
    expect(next).toMatchObject({ templatePresent: true, existingChoice: null });
    expect(next.notice).toEqual({ intent: "success", text: "已更新模板，保留了 3 个已填实绩。" });
  });

  test("a wrong password changes nothing but the notice, which names the sheet", () => {
    const next = templateInserted(opened, { status: "wrong-password", sheet: annex2 }, zhCN);
    expect(next).toEqual({ ...opened, notice: { intent: "error", text: zhCN.insert.wrongPassword(annex2) } });
  });

  test("a template already there keeps the choice open and asks for one", () => {
    const next = templateInserted(opened, { status: "needs-choice", existingSheets: [annex2] }, zhCN);
    expect(next).toMatchObject({ templatePresent: true, existingChoice: null });
    expect(next.notice).toEqual({ intent: "warning", text: zhCN.insert.needsChoice });
  });

  test("fixes skipped because the cell changed since make the notice a warning", () => {
    const write = { sheet: annex2, address: "K6", value: 60, original: "约60" };
    expect(fixesApplied(opened, { applied: [write], skipped: [write] }, zhCN).notice).toEqual({
      intent: "warning",
      text: "已修正 1 处。 1 处在校验后已被改动，未修正，请重新校验。",
    });
  });

  test("a formula refused by an occupied cell names the cell", () => {
    const formula = '=BL.TARGET("A2-05",2023)';
    expect(formulaInserted(opened, { inserted: false, address: "Sheet1!B2" }, formula, zhCN).notice).toEqual({
      intent: "warning",
      text: zhCN.functions.occupied("Sheet1!B2"),
    });
  });
});

describe("自检", () => {
  const check = (id: "names" | "passwords", passed: boolean) => ({
    id,
    title: id,
    passed,
    expected: "…",
    observed: "…",
  });
  const report = (passed: boolean, cleanedUp = true) => ({
    office: null,
    functions: "formula" as const,
    checks: [check("names", true), check("passwords", passed)],
    cleanedUp,
    finishedAt: new Date(2026, 7, 21),
    text: "…",
  });

  test("a report with every check passed is kept and announced as a success", () => {
    const done = selfTestFinished(opened, report(true), selfTestMessages("zh-CN"));
    expect(done.selfTest?.checks).toHaveLength(2);
    expect(done.notice).toEqual({ intent: "success", text: "自检完成：2 项全部通过。" });
  });

  test("one check 不通过, or a workbook not confirmed as before, is a warning", () => {
    expect(selfTestFinished(opened, report(false), selfTestMessages("zh-CN")).notice).toEqual({
      intent: "warning",
      text: "自检完成：1 项通过，1 项不通过。",
    });
    expect(selfTestFinished(opened, report(true, false), selfTestMessages("zh-CN")).notice?.intent).toBe(
      "warning",
    );
  });
});
