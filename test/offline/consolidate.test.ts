/**
 * 汇总 as pure transitions: the co-leads' files (资规分局 2100 亩, 区经信局 1750 亩 of 累计腾出低效工业用地
 * 2023) conflict until a pick or a preferred unit settles them. 1–6月 序时进度 of the cumulative
 * indicator: 2000 (2022) + (3000 − 2000) × 6/12 = 2500 亩, so 2100 is 84.0%: 滞后 (below 90%).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { plan } from "../../src/model";
import {
  conflictPicked,
  consolidateCleared,
  filesConsolidated,
  initialConsolidate,
  preferChosen,
} from "../../src/offline/consolidate/consolidate-state";
import { corpus, encrypted, jingxin, midYear2023, readFixture, zigui } from "./files";

const key = "A2-26|2023";
const landOf = (state: ReturnType<typeof initialConsolidate>) =>
  state.result?.values.find((v) => v.indicatorId === "A2-26" && v.year === 2023);

async function both() {
  return filesConsolidated(plan, initialConsolidate(midYear2023), [
    await readFixture(zigui),
    await readFixture(jingxin),
  ]);
}

describe("汇总 of the returned files", () => {
  test("nothing is consolidated before a file is read", () => {
    expect(initialConsolidate(midYear2023)).toMatchObject({ result: null, workbook: null });
  });

  test("the conflict waits: no value for A2-26 2023 until someone picks", async () => {
    const state = await both();
    expect(state.result?.conflicts).toMatchObject([{ indicatorId: "A2-26", year: 2023, chosen: null }]);
    expect(landOf(state)).toBeUndefined();
    expect(state.result?.statuses.find((s) => s.indicatorId === "A2-26")?.status).toBe("未填报");
  });

  test("picking 资规分局's file takes 2100 亩 from its cell: 84.0% of 2500, 滞后", async () => {
    const state = conflictPicked(plan, await both(), key, zigui);
    expect(landOf(state)).toMatchObject({ value: 2100, file: zigui, unit: "资规分局", settledBy: "pick" });
    const status = state.result?.statuses.find((s) => s.indicatorId === "A2-26");
    expect(status).toMatchObject({ actual: 2100, expected: 2500, status: "滞后" });
    expect(status?.attainment).toBeCloseTo(0.84, 10);
    expect(state.workbook?.sheets.map((s) => s.name)).toEqual(["数据来源", "进度总览", "情况分析"]);
  });

  test("a preferred unit settles every conflict it is part of; a pick still wins over it", async () => {
    const preferred = preferChosen(plan, await both(), "区经信局");
    expect(landOf(preferred)).toMatchObject({ value: 1750, settledBy: "prefer" });
    expect(landOf(conflictPicked(plan, preferred, key, zigui))).toMatchObject({
      value: 2100,
      settledBy: "pick",
    });
  });

  test("a file that cannot be read is listed with its reason, and the others are still consolidated", async () => {
    const state = filesConsolidated(plan, await both(), [await readFixture(encrypted)]);
    expect(state.unread).toMatchObject([{ name: encrypted }]);
    expect(state.unread[0]?.message).toContain("打开密码");
    expect(state.result?.files.map((f) => f.file)).toEqual([zigui, jingxin]);
    expect(consolidateCleared(state)).toEqual(initialConsolidate(midYear2023));
  });

  test("each file keeps the SHA-256 of its bytes for 数据来源", async () => {
    const state = await both();
    const digest = (name: string) =>
      createHash("sha256")
        .update(readFileSync(corpus(name)))
        .digest("hex");
    expect(state.result?.files.map((f) => f.sha256)).toEqual([digest(zigui), digest(jingxin)]);
  });
});
