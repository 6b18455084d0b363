import { join } from "path";
import type { Server } from "http";
import type { Browser, Page } from "playwright-core";
import { seriousViolations } from "./axe";
import { launchChromium, officeTelemetry, openPage, shot, type WatchedPage } from "./browser";
import { serveFolder } from "./static-server";
import { cell, addressOf, codesIn, sheetNames, workbookState } from "./in-page";

const annex2 = "附件2 目标任务分解";
let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  ({ server, url: base } = await serveFolder(join(__dirname, "..", "..", "dist-preview")));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

const pane = (page: Page) => page.locator("#pane");
const typeInto = async (page: Page, address: string, value: string) => {
  const input = page.getByLabel(`${annex2}!${address}`, { exact: true });
  await input.fill(value);
  await input.press("Enter");
};

describe("the task pane in Chromium, with the in-memory workbook standing in for Excel", () => {
  let watched: WatchedPage;
  beforeAll(async () => {
    watched = await openPage(browser, base);
    await watched.page.goto(`${base}/preview.html`);
  });

  test("opens with the local office.js and says what to do first", async () => {
    const { page } = watched;
    await page.waitForFunction(() => typeof (window as unknown as { Office?: unknown }).Office === "object");
    await pane(page).getByText("尚未插入模板 — 点击“插入模板”。").waitFor();
    await shot(page, "01-empty");
  });

  test("区科技局 inserts its own template for 2023年1–6月", async () => {
    const { page } = watched;
    await pane(page).getByLabel("我的牵头单位").selectOption("区科技局");
    await pane(page).getByLabel("年份").selectOption("2023");
    await pane(page).getByLabel("截至月份").selectOption("6");
    await pane(page).getByLabel("插入范围").selectOption("mine");
    await pane(page).getByRole("button", { name: "插入模板" }).click();
    await pane(page)
      .getByText(/^已插入：/)
      .waitFor();
    expect(await sheetNames(page)).toEqual([
      "Sheet1",
      "附件1 四倍增、五跃升目标",
      annex2,
      "正文其他量化目标",
    ]);
    expect(await codesIn(page, annex2)).toEqual(["A2-03", "A2-07", "A2-24", "A2-25"]);
    await page.getByRole("tab", { name: annex2 }).click();
    await shot(page, "02-inserted");
  });

  test("typed actuals (some wrong) are validated: findings listed, cells marked", async () => {
    const { page } = watched;
    await typeInto(page, await addressOf(page, annex2, "A2-03", "2023年实绩"), "630000"); // typed in 万元 in a 亿元 row
    await typeInto(page, await addressOf(page, annex2, "A2-25", "2022年实绩"), "410");
    await typeInto(page, await addressOf(page, annex2, "A2-25", "2023年实绩"), "380"); // below 2022: 累计数减少
    await pane(page).getByRole("button", { name: "校验实绩" }).click();
    await pane(page)
      .getByText(/^校验完成：错误 0 处，警告 2 处/)
      .waitFor();
    const rd = await addressOf(page, annex2, "A2-03", "2023年实绩");
    expect(await cell(page, annex2, rd)).toEqual({ value: 630000, fill: "#FFEB9C" });
    await pane(page).getByRole("tab", { name: "校验结果" }).click();
    await pane(page).getByLabel("按严重程度筛选").selectOption("警告");
    const items = pane(page).locator("li[data-finding]");
    expect(await items.evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-finding")))).toEqual([
      "off-target-magnitude",
      "cumulative-decrease",
    ]);
    await pane(page).getByText("建议：63").waitFor();
    await shot(page, "03-findings");
  });

  test("a fix is shown before it is applied, and applied only on the click", async () => {
    const { page } = watched;
    const rd = await addressOf(page, annex2, "A2-03", "2023年实绩");
    await pane(page).getByRole("button", { name: "修正", exact: true }).first().click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText(`${annex2}!${rd}：“630000” → 63`).waitFor();
    await shot(page, "04-confirm-fix");
    await dialog.getByRole("button", { name: "取消" }).click();
    await dialog.waitFor({ state: "detached" });
    expect((await cell(page, annex2, rd)).value).toBe(630000);
    await pane(page).getByRole("button", { name: "修正", exact: true }).first().click();
    await dialog.getByRole("button", { name: "确认修正" }).click();
    await pane(page)
      .getByText(/^已修正 1 处/)
      .waitFor();
    expect(await cell(page, annex2, rd)).toEqual({ value: 63, fill: "#FFFFFF" });
  });

  test("editing a cell re-validates it live, without pressing 校验实绩", async () => {
    const { page } = watched;
    const cell2023 = await addressOf(page, annex2, "A2-25", "2023年实绩");
    await typeInto(page, cell2023, "450");
    await page.waitForFunction(
      () => document.querySelectorAll('li[data-finding="cumulative-decrease"]').length === 0,
    );
    await page.waitForFunction(
      ([sheet, address]) =>
        (
          window as unknown as { previewWorkbook: import("../../in-memory-excel").InMemoryWorkbook }
        ).previewWorkbook
          .sheet(sheet as string)
          .cell(address as string).fill === "#FFFFFF",
      [annex2, cell2023],
    );
  });

  test("the progress list shows each of my indicators against its 序时进度 target", async () => {
    const { page } = watched;
    await pane(page).getByRole("tab", { name: "首页" }).click();
    const rd = pane(page).locator('li[data-indicator="A2-03"]');
    // 研发投入规模 2023: 63 against 70 × 6/12 = 35 → 180.0% 达标
    await rd.getByText("实绩 63 亿元 · 序时进度 35 亿元 · 年度目标 70 亿元 · 完成率 180.0%").waitFor();
    expect(await rd.locator("[data-status]").textContent()).toBe("达标");
    // 有效高新技术企业 2023: 450 against 400 + (500 − 400) × 6/12 = 450 → 100.0% 达标
    await pane(page).locator('li[data-indicator="A2-25"]').getByText("完成率 100.0%").waitFor();
    await shot(page, "05-progress");
  });

  test("the pane fits its 320 px column and nothing left 127.0.0.1 but office.js's own telemetry, aborted", async () => {
    const { page, outside, errors } = watched;
    const overflow = await page.locator("#pane").evaluate((node) => node.scrollWidth - node.clientWidth);
    expect(overflow).toBe(0);
    expect(outside.filter((url) => !url.startsWith(officeTelemetry))).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("the 自检 in 设置 passes every check over the in-memory workbook and leaves the workbook as it was", async () => {
    const { page } = watched;
    const before = await workbookState(page);
    await pane(page).getByRole("tab", { name: "设置" }).click();
    await pane(page).getByRole("button", { name: "运行自检" }).click();
    await pane(page).getByText("自检完成：13 项全部通过。").waitFor();
    const rows = pane(page).locator("tr[data-check]");
    expect(await rows.count()).toBe(13);
    expect(await pane(page).locator('tr[data-check][data-passed="false"]').count()).toBe(0);
    await pane(page).getByText("函数：直接调用（这里没有 Excel 计算引擎）").waitFor();
    const report = await pane(page).getByLabel("自检报告（可复制）").inputValue();
    expect(report).toMatch(
      /^北仑制造业目标填报 · 自检 · \d{4}-\d\d-\d\d \d\d:\d\d\nOffice：内存工作簿 · 预览页（不是 Excel） · 版本 in-memory-excel\n/,
    );
    expect(report).toMatch(
      /\n通过\t自定义函数 BL\.TARGET\("A2-05", 2023\)\t结果为 25（目标模型中的数）\t直接调用函数的结果：25$/,
    );
    expect(await workbookState(page)).toEqual(before);
    const card = pane(page).locator('section[aria-labelledby="self-test-title"]');
    expect(await card.evaluate((node) => node.scrollWidth - node.clientWidth)).toBe(0);
    expect(watched.errors).toEqual([]);
    await card.evaluate((node) => node.scrollIntoView({ block: "start", inline: "start" }));
    await shot(page, "08-self-test");
  });
});

describe("language and theme follow Office", () => {
  test("an English Office gets the English pane", async () => {
    const { page, outside } = await openPage(browser, base);
    await page.goto(`${base}/preview.html?lang=en-US`);
    await page.getByText("Manufacturing targets").waitFor();
    await page.getByRole("button", { name: "Insert template" }).waitFor();
    await shot(page, "06-english");
    expect(outside.filter((url) => !url.startsWith(officeTelemetry))).toEqual([]);
    await page.close();
  });

  test("a dark Office theme gives the dark Fluent theme", async () => {
    const { page } = await openPage(browser, base);
    await page.goto(`${base}/preview.html?theme=dark`);
    await page.getByText("制造业目标填报").first().waitFor();
    const background = await page
      .locator("#pane .fui-FluentProvider")
      .first()
      .evaluate((node) => getComputedStyle(node).backgroundColor);
    await shot(page, "07-dark");
    const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
    expect(0.299 * r + 0.587 * g + 0.114 * b).toBeLessThan(128);
    await page.close();
  });
});

describe("accessibility of the task pane", () => {
  test("axe-core finds no serious or critical violation in the pane, on its home tab and its findings", async () => {
    const { page } = await openPage(browser, base);
    await page.goto(`${base}/preview.html`);
    await pane(page).getByText("尚未插入模板 — 点击“插入模板”。").waitFor();
    expect(await seriousViolations(page, "#pane")).toEqual([]);
    await pane(page).getByRole("button", { name: "插入模板" }).click();
    await pane(page)
      .getByText(/^已插入：/)
      .waitFor();
    await pane(page).getByRole("tab", { name: "校验结果" }).click();
    expect(await seriousViolations(page, "#pane")).toEqual([]);
    await page.close();
  });
});
