/**
 * 汇总 in Chromium over the preview: real returned files from the corpus chosen through the file
 * input, read in the page by the on-demand chunk, the co-leads' conflict settled by clicking and by the
 * keyboard, the write confirmed, the in-memory workbook checked from the page, the brief copied.
 * Figures from the corpus README: 09a 资规分局 2100 亩 and 09b 区经信局 1750 亩 for A2-26 2023; 09c is
 * 区科技局's newer file (A2-03 2023 33.8 亿元, 2022 61.2), 09d its older one (31.5); 10g is a PNG.
 * 研发投入规模 2023 目标 70 亿元, 1–6月 序时进度 35: 33.8 → 96.6% 预警.
 */
import { join } from "path";
import type { Server } from "http";
import type { Browser, Locator, Page } from "playwright-core";
import { launchChromium, officeTelemetry, openPage, shot, type WatchedPage } from "./browser";
import { serveFolder } from "./static-server";
import { addressOf, cell, sheetNames } from "./in-page";
import type { InMemoryWorkbook } from "../../in-memory-excel";

const annex2 = "附件2 目标任务分解";
const corpus = join(__dirname, "..", "fixtures", "returns");
const files = [
  "09a-co-lead-资规分局-A2-26.xlsx",
  "09b-co-lead-区经信局-A2-26.xlsx",
  "09c-区科技局-a.xlsx",
  "09d-区科技局-b.xlsx",
  "10g-png-renamed.xlsx",
];
let server: Server;
let base: string;
let browser: Browser;
let watched: WatchedPage;

beforeAll(async () => {
  ({ server, url: base } = await serveFolder(join(__dirname, "..", "..", "dist-preview")));
  browser = await launchChromium();
  watched = await openPage(browser, base);
  await watched.page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
  await watched.page.goto(`${base}/preview.html`);
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

const pane = (page: Page) => page.locator("#pane");
/** Waits for the dialog's opening animation, so a screenshot shows it as the user sees it. */
const settled = (dialog: Locator) =>
  dialog.evaluate((node) => Promise.all(node.getAnimations({ subtree: true }).map((a) => a.finished)));
const rowOf = (page: Page, file: string) => pane(page).locator(`li[data-file="${file}"]`);
describe("汇总 in the task pane", () => {
  test("the 汇总 tab loads without exceljs until files are chosen", async () => {
    const { page } = watched;
    await pane(page).getByText("尚未插入模板 — 点击“插入模板”。").waitFor();
    const before = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
    await pane(page).getByRole("tab", { name: "汇总" }).click();
    await pane(page).getByLabel("年份").selectOption("2023");
    await pane(page).getByLabel("截至月份").selectOption("6");
    await pane(page).getByLabel("选择文件").waitFor();
    const after = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
    const work = (names: string[]) => names.filter((name) => /consolidation-work/.test(name));
    expect([work(before), work(after)]).toEqual([[], []]);
  });

  test("choosing files loads the reading chunk", async () => {
    const { page } = watched;
    await pane(page)
      .getByLabel("选择文件")
      .setInputFiles([join(corpus, files[0] as string)]);
    await pane(page).getByText("交回的文件（1 个）").waitFor();
    await pane(page).getByRole("button", { name: "写入工作簿…" }).waitFor();
    const loaded = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
    expect(loaded.filter((name) => /consolidation-work/.test(name))).toHaveLength(1);
  });

  test("five chosen files: one row each with unit, last year reported, actuals read and 错误; the older and the unreadable said", async () => {
    const { page } = watched;
    await pane(page)
      .getByLabel("选择文件")
      .setInputFiles(files.map((file) => join(corpus, file)));
    await pane(page).getByText("交回的文件（5 个）").waitFor();
    await pane(page).getByRole("button", { name: "写入工作簿…" }).waitFor();
    await expect(rowOf(page, files[0] as string).textContent()).resolves.toContain(
      "资规分局 · 实绩填至 2023 年 · 读取实绩 1 个 · 错误 0 处",
    );
    await expect(rowOf(page, files[1] as string).textContent()).resolves.toContain("区经信局");
    await expect(rowOf(page, files[2] as string).textContent()).resolves.toContain(
      "读取实绩 4 个 · 错误 0 处",
    );
    await expect(rowOf(page, files[3] as string).textContent()).resolves.toContain(
      "同一单位有较新的文件，未采用",
    );
    expect(await rowOf(page, files[4] as string).getAttribute("data-status")).toBe("unreadable");
    await shot(page, "11-consolidate-files");
  });

  test("the co-leads' conflict is settled by a click, then by the arrow keys", async () => {
    const { page } = watched;
    const group = pane(page).getByRole("radiogroup", { name: "A2-26 累计腾出低效工业用地（2023年）" });
    const zigui = group.getByRole("radio", { name: /^资规分局：2100 亩/ });
    const jingxin = group.getByRole("radio", { name: /^区经信局：1750 亩/ });
    await pane(page).getByText("还有 1 处未选择").waitFor();
    await jingxin.click();
    await page.waitForFunction(() => !document.body.textContent?.includes("还有 1 处未选择"));
    expect(await jingxin.isChecked()).toBe(true);
    await jingxin.focus();
    await page.keyboard.press("ArrowUp");
    await page.waitForFunction(() => {
      const radios = [...document.querySelectorAll<HTMLInputElement>('#pane input[type="radio"]')];
      return radios.find((radio) => radio.checked)?.value.startsWith("09a") ?? false;
    });
    expect(await zigui.isChecked()).toBe(true);
    await shot(page, "12-consolidate-conflict");
  });

  test("the confirmation lists what will be written before anything is; confirmed, the workbook gets it", async () => {
    const { page } = watched;
    await pane(page).getByRole("button", { name: "写入工作簿…" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText(/^工作簿中没有模板：将插入模板（全部牵头单位）并填入 \d+ 个实绩。$/).waitFor();
    await dialog.getByText(/^新建工作表“进度总览”：\d+ 行，6 个图表。$/).waitFor();
    expect(await sheetNames(page)).toEqual(["Sheet1"]);
    await settled(dialog);
    await shot(page, "13-consolidate-confirm");
    await dialog.getByRole("button", { name: "确认写入" }).click();
    await pane(page)
      .getByText(/^已插入模板：/)
      .waitFor();
    expect(await sheetNames(page)).toEqual([
      "Sheet1",
      "附件1 四倍增、五跃升目标",
      annex2,
      "正文其他量化目标",
      "数据来源",
      "进度总览",
      "情况分析",
    ]);
    const value = async (id: string, header: string) =>
      (await cell(page, annex2, await addressOf(page, annex2, id, header))).value;
    expect(await value("A2-26", "2023年实绩")).toBe(2100);
    expect(await value("A2-03", "2023年实绩")).toBe(33.8);
    expect(await value("A2-03", "2022年实绩")).toBe(61.2);
    const overview = await page.evaluate(() => {
      const sheet = (window as unknown as { previewWorkbook: InMemoryWorkbook }).previewWorkbook.sheet(
        "进度总览",
      );
      return { a203: sheet.toMatrix().find((row) => row[1] === "A2-03") ?? [], charts: sheet.charts.length };
    });
    expect(overview.charts).toBe(6);
    const [actual, attainment, status] = overview.a203.slice(7, 10);
    expect([actual, status]).toEqual([33.8, "预警"]);
    expect(attainment).toBeCloseTo(0.9657, 4);
    await page.getByRole("tab", { name: "进度总览" }).click();
    await shot(page, "14-consolidate-overview");
  });

  test("a second write lists a cell typed over since and leaves it unless ticked; the reports are replaced", async () => {
    const { page } = watched;
    const address = await addressOf(page, annex2, "A2-03", "2023年实绩");
    const input = page.getByLabel(`${annex2}!${address}`, { exact: true });
    await page.getByRole("tab", { name: annex2 }).click();
    await input.fill("30");
    await input.press("Enter");
    await pane(page).getByRole("button", { name: "写入工作簿…" }).click();
    const dialog = page.getByRole("dialog");
    const box = dialog.getByRole("checkbox", { name: `${annex2}!${address}：“30” → 33.8` });
    await box.waitFor();
    expect(await box.isChecked()).toBe(false);
    await dialog.getByText("替换本加载项此前生成的工作表“数据来源”", { exact: false }).waitFor();
    await settled(dialog);
    await shot(page, "15-consolidate-overwrite");
    await dialog.getByRole("button", { name: "确认写入" }).click();
    await pane(page)
      .getByText(/1 个已有不同内容的单元格未覆盖/)
      .waitFor();
    expect((await cell(page, annex2, address)).value).toBe(30);
    expect((await sheetNames(page)).filter((name) => name.startsWith("数据来源"))).toEqual(["数据来源"]);
  });

  test("the 情况分析 is copied to the clipboard as shown", async () => {
    const { page } = watched;
    await pane(page).getByRole("button", { name: "复制情况分析" }).click();
    await pane(page).getByText("已复制情况分析，可粘贴到会议材料中。").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const shown = await pane(page).locator("textarea").inputValue();
    expect(copied).toBe(shown);
    expect(copied.split("\n")[0]).toBe("2023年1–6月制造业高质量发展目标推进情况分析");
    expect(copied).toContain("研发投入规模");
    await shot(page, "16-consolidate-brief");
  });

  test("axe-core finds no accessibility violation in the 汇总 tab (files, conflict, brief)", async () => {
    const { page } = watched;
    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(context: string): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
        }
      ).axe;
      const result = await axe.run("#pane");
      return result.violations.map((v) => `${v.id} ×${v.nodes.length}`);
    });
    expect(violations).toEqual([]);
  });

  test("the pane fits its column, nothing left 127.0.0.1 but office.js's telemetry, no error in the page", async () => {
    const { page, outside, errors } = watched;
    const overflow = await page.locator("#pane").evaluate((node) => node.scrollWidth - node.clientWidth);
    expect(overflow).toBe(0);
    expect(outside.filter((url) => !url.startsWith(officeTelemetry))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
