/** The page's reducer: tabs, reading files with progress, writing downloads, notices. No DOM. */
import { plan } from "../../src/model";
import { initialState, reduce, type Action, type OfflineState } from "../../src/offline/state";
import { encrypted, jingxin, readFixture, zigui } from "./files";

const start = () => initialState(plan, new Date(2023, 6, 10), "区经信局");
const run = (state: OfflineState, ...actions: Action[]) =>
  actions.reduce((s, a) => reduce(plan, s, a), state);

describe("the offline page's state", () => {
  test("opens on 下载模板 with the last complete month as the period of every part (10 July 2023 → 2023年1–6月)", () => {
    const state = start();
    expect(state.part).toBe("template");
    for (const period of [
      state.template.period,
      state.fill.period,
      state.check.period,
      state.consolidate.period,
    ])
      expect(period).toEqual({ year: 2023, month: 6 });
    expect(state.fill.unit).toBe("区经信局");
  });

  test("a tab chooses its part; each part keeps its own choices", () => {
    const state = run(
      start(),
      { type: "partChosen", part: "consolidate" },
      { type: "templateUnitChosen", unit: "资规分局" },
      { type: "templatePeriodChosen", period: { year: 2024, month: 3 } },
    );
    expect(state.part).toBe("consolidate");
    expect(state.template).toEqual({ unit: "资规分局", period: { year: 2024, month: 3 } });
    expect(state.check.period).toEqual({ year: 2023, month: 6 });
  });

  test("files read one by one move the progress; the part gets them all when reading finishes", async () => {
    const files = [await readFixture(zigui), await readFixture(jingxin)];
    const started = run(start(), { type: "readingStarted", part: "check", total: 2 });
    expect(started.reading).toEqual({ part: "check", total: 2, files: [] });
    const halfway = run(started, { type: "fileRead", file: files[0]! });
    expect(halfway.reading?.files).toHaveLength(1);
    expect(halfway.check.files).toEqual([]);
    const done = run(halfway, { type: "fileRead", file: files[1]! }, { type: "readingFinished" });
    expect(done.reading).toBeNull();
    expect(done.check.files.map((f) => f.name)).toEqual([zigui, jingxin]);
    expect(done.check.across.map((n) => n.code)).toEqual(["conflict"]);
  });

  test("the same files read for 汇总 are merged there, not in 校验文件", async () => {
    const state = run(
      start(),
      { type: "readingStarted", part: "consolidate", total: 1 },
      { type: "fileRead", file: await readFixture(zigui) },
      { type: "readingFinished" },
    );
    expect(state.consolidate.result?.files.map((f) => f.unit)).toEqual(["资规分局"]);
    expect(state.check.files).toEqual([]);
  });

  test("a file opened into the form that cannot be read leaves the form as it was and says why", async () => {
    const before = start();
    const state = run(
      before,
      { type: "readingStarted", part: "fill", total: 1 },
      { type: "fileRead", file: await readFixture(encrypted) },
      { type: "readingFinished" },
    );
    expect(state.fill).toBe(before.fill);
    expect(state.notice?.tone).toBe("error");
    expect(state.notice?.text).toMatch(/^【10d-encrypted-password\.xlsx】文件设有打开密码/);
  });

  test("a download in progress is marked, then its outcome becomes the notice; dismissing clears it", () => {
    const writing = run(start(), { type: "writingStarted", what: "正在生成模板…" });
    expect(writing.writing).toBe("正在生成模板…");
    const done = run(writing, { type: "writingFinished", notice: { tone: "success", text: "已下载" } });
    expect(done).toMatchObject({ writing: null, notice: { tone: "success", text: "已下载" } });
    expect(run(done, { type: "noticeDismissed" }).notice).toBeNull();
  });

  test("finishing a reading that never started changes nothing", () => {
    const state = start();
    expect(reduce(plan, state, { type: "readingFinished" })).toBe(state);
  });
});
