/**
 * 汇总 in the pane, as pure transitions: no React, no workbook, no file reading. The co-lead figures
 * are those of the corpus (09a 资规分局 2100 亩, 09b 区经信局 1750 亩 for 累计腾出低效工业用地 2023).
 */
import { uniqueNames } from "../../src/reader/file-names";
import { consolidate } from "../../src/consolidation/consolidate";
import type { ConsolidationWritePlan } from "../../src/consolidation/write-plan";
import { failure, success } from "../../src/core/result";
import type { ConsolidationOutcome, Host } from "../../src/host/contract";
import { plan } from "../../src/model";
import { consolidateZhCN } from "../../src/taskpane/messages/consolidate-zh-CN";
import { zhCN } from "../../src/taskpane/messages/zh-CN";
import {
  briefCopied,
  cellKey,
  conflictPicked,
  consolidated,
  consolidationWritten,
  overwriteToggled,
  previewClosed,
  readingProgress,
  readReturns,
  returnRead,
  returnsChosen,
  writePreviewed,
} from "../../src/taskpane/state/actions/consolidate";
import { initialState, type PaneState } from "../../src/taskpane/state/pane-state";
import { midYear2023, returned } from "../consolidation/returns";

const noSettings: Host["settings"] = { get: () => null, set: () => undefined, save: async () => undefined };
const host = { settings: noSettings, missingRequirement: null } as unknown as Host;
const opened: PaneState = initialState(host, new Date(2023, 6, 15), zhCN);
const annex2 = "附件2 目标任务分解";

const zigui = returned("09a.xlsx", "资规分局", [["A2-26", 2023, 2100]]);
const jingxin = returned("09b.xlsx", "区经信局", [
  ["A2-26", 2023, 1750],
  ["A2-05", 2022, 12],
]);

const chosen = returnsChosen(opened, ["09a.xlsx", "09b.xlsx", "说明.pdf"]);
const read = returnRead(
  returnRead(returnRead(chosen, 1, 0, success(zigui)), 1, 1, success(jingxin)),
  1,
  2,
  failure("invalidValue", "不是工作簿"),
);

describe("choosing and reading files", () => {
  test("the pane opens with nothing chosen", () => {
    expect(opened.consolidation).toMatchObject({ files: [], result: null, preview: null, picks: {} });
  });

  test("files with the same name get a number, so a pick names one file", () => {
    expect(uniqueNames(["汇总.xlsx", "汇总.xlsx", "b.xlsx", "汇总.xlsx"])).toEqual([
      "汇总.xlsx",
      "汇总.xlsx（2）",
      "b.xlsx",
      "汇总.xlsx（3）",
    ]);
  });

  test("chosen files are all being read at first; progress counts the ones done, refused ones included", () => {
    expect(chosen.consolidation.files.map((f) => f.status)).toEqual(["reading", "reading", "reading"]);
    expect(readingProgress(chosen.consolidation)).toEqual({ done: 0, total: 3 });
    expect(readingProgress(returnRead(chosen, 1, 1, success(jingxin)).consolidation)).toEqual({
      done: 1,
      total: 3,
    });
    expect(readingProgress(read.consolidation)).toEqual({ done: 3, total: 3 });
  });

  test("a read file knows its unit and the last year it reports; a refused one keeps the reader's words", () => {
    expect(read.consolidation.files.map((f) => [f.file, f.status, f.latestYear, f.message])).toEqual([
      ["09a.xlsx", "read", 2023, null],
      ["09b.xlsx", "read", 2023, null],
      ["说明.pdf", "unreadable", null, "不是工作簿"],
    ]);
    expect(readReturns(read.consolidation).map((r) => r.unit)).toEqual(["资规分局", "区经信局"]);
  });

  test("a file still being read for an earlier choice changes nothing once other files are chosen", () => {
    const again = returnsChosen(chosen, ["c.xlsx"]);
    expect(again.consolidation.choice).toBe(2);
    expect(returnRead(again, 1, 0, success(zigui))).toBe(again);
  });

  test("choosing again starts afresh: earlier picks and results go", () => {
    const picked = conflictPicked(read, "A2-26|2023", "09a.xlsx");
    const again = returnsChosen(consolidated(picked, consolidate(plan, midYear2023, [zigui])), ["c.xlsx"]);
    expect(again.consolidation).toMatchObject({ picks: {}, result: null });
    expect(again.consolidation.files.map((f) => f.file)).toEqual(["c.xlsx"]);
  });
});

describe("conflicts and the confirmation", () => {
  const result = consolidate(plan, midYear2023, readReturns(read.consolidation));

  test("a pick is kept by indicator and year; the next consolidation takes it", () => {
    const picked = conflictPicked(consolidated(read, result), "A2-26|2023", "09b.xlsx");
    expect(picked.consolidation.picks).toEqual({ "A2-26|2023": "09b.xlsx" });
    const again = consolidate(plan, midYear2023, readReturns(picked.consolidation), {
      prefer: null,
      picks: picked.consolidation.picks,
    });
    expect(again.values.find((v) => v.indicatorId === "A2-26")?.value).toBe(1750);
  });

  const change = {
    sheet: annex2,
    address: "L30",
    indicatorId: "A2-26",
    year: 2023,
    value: 2100,
    current: 2000,
  };
  const preview: ConsolidationWritePlan = {
    insertTemplate: false,
    fills: [],
    same: 0,
    differing: [change],
    unplaced: [],
    sheets: [],
    problems: [],
  };

  test("the confirmation opens with nothing ticked for overwriting; ticks come and go by cell", () => {
    const open = writePreviewed(consolidated(read, result), preview, result);
    expect(open.consolidation).toMatchObject({ preview, ticked: [] });
    const ticked = overwriteToggled(open, cellKey(change), true);
    expect(ticked.consolidation.ticked).toEqual([`${annex2}!L30`]);
    expect(overwriteToggled(ticked, cellKey(change), false).consolidation.ticked).toEqual([]);
    expect(previewClosed(ticked).consolidation).toMatchObject({ preview: null, ticked: [] });
  });

  test("a preview that arrives after the 汇总 changed (another period chosen meanwhile) opens nothing", () => {
    const before = consolidated(read, result);
    const changed = consolidated(before, { ...result });
    expect(writePreviewed(changed, preview, result).consolidation.preview).toBeNull();
  });

  test("after the write the notice says what was written and warns of cells left as they were", () => {
    const outcome: ConsolidationOutcome = {
      insertedTemplate: null,
      written: [{ ...change, address: "L31" }],
      overwritten: 0,
      kept: [change],
      locked: [],
      unplaced: 0,
      sheets: ["数据来源", "进度总览", "情况分析"],
      replaced: [],
    };
    const previewed = writePreviewed(consolidated(read, result), preview, result);
    const written = consolidationWritten(previewed, outcome, consolidateZhCN);
    expect(written.consolidation).toMatchObject({ preview: null, outcome });
    expect(written.notice).toEqual({
      intent: "warning",
      text: "已填入 1 个实绩，并写入工作表 数据来源、进度总览、情况分析。 1 个已有不同内容的单元格未覆盖。",
    });
  });

  test("copying the brief says whether it was copied or only selected for Ctrl+C", () => {
    expect(briefCopied(opened, "copied", consolidateZhCN).notice).toEqual({
      intent: "success",
      text: "已复制情况分析，可粘贴到会议材料中。",
    });
    expect(briefCopied(opened, "selected", consolidateZhCN).notice?.intent).toBe("info");
  });
});
