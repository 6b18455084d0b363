/**
 * The offline page as a unit's staff and the task force use it: opened from disk (file://) in
 * Chromium, each of its four parts with real returned files (test/fixtures/returns), every download
 * read back with exceljs and opened by LibreOffice. Figures from the policy: 研发投入规模 2023 目标
 * 70 亿元, 1–6月 序时进度 35; 累计腾出低效工业用地 1–6月 序时进度 2000 + (3000 − 2000) × 6/12 = 2500 亩.
 */
import { createHash } from "crypto";
import { execFileSync } from "child_process";
import { readdirSync, readFileSync, writeFileSync } from "fs";
import { dirname, join } from "path";
import { gzipSync } from "zlib";
import type { Browser, Page } from "playwright-core";
import { plan } from "../../src/model";
import { fileMessages } from "../../src/reader/messages";
import { buildTemplateLayout } from "../../src/template/build-layout";
import { buildTemplateWorkbook } from "../../src/xlsx/write-template";
import { cellText, numberIn, sheetsAsCsv } from "../xlsx-template/libreoffice";
import { seriousViolations } from "./axe";
import { artifacts, launchChromium } from "./browser";
import {
  cellIn,
  csvCellIn,
  downloadOf,
  fixture,
  offlineFile,
  openOfflinePage,
  workbookAt,
  type OfflinePage,
} from "./offline-page";

const annex2 = "附件2 目标任务分解";
const body = "正文其他量化目标";
const zigui = "09a-co-lead-资规分局-A2-26.xlsx";
const jingxin = "09b-co-lead-区经信局-A2-26.xlsx";
const linked = "05-linked-actuals.xlsx";
const encrypted = "10d-encrypted-password.xlsx";

let browser: Browser;
let offline: OfflinePage;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  offline = await openOfflinePage(browser);
  page = offline.page;
});
afterAll(async () => {
  await browser?.close();
});

const panel = (part: string) => page.locator(`#panel-${part}`);
const tab = (name: string) => page.getByRole("tab", { name, exact: true });
async function choosePeriod(part: string, year: number, month: number) {
  await panel(part).getByLabel("年份").selectOption(String(year));
  await panel(part).getByLabel("截至月份").selectOption(String(month));
}
const actualInput = (id: string, year = 2023) => {
  const indicator = plan.indicators.find((i) => i.id === id)!;
  return panel("fill").getByLabel(`${id} ${indicator.name} ${year}年实绩`, { exact: true });
};
/** The part as 1024×768 shows it from the top, and the whole page. */
async function shot(_page: Page, name: string) {
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(artifacts, `${name}-1024x768.png`) });
}
const noHorizontalScroll = () =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

/** The values of the progress bar while files are read, as the page shows them. */
async function watchProgress() {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      for (const bar of document.querySelectorAll<HTMLProgressElement>(".reading:not([hidden]) progress"))
        seen.push(`${bar.value}/${bar.max}`);
    }).observe(document.body, { subtree: true, attributes: true, childList: true });
  });
}
const progressSeen = () =>
  page.evaluate(() => [...new Set((window as unknown as { progressSeen: string[] }).progressSeen)]);

describe("the built file", () => {
  const html = readFileSync(offlineFile, "utf8");
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? "";
  const directive = (name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `)) ?? "";
  const inlineScripts = [...html.matchAll(/<script( type="text\/plain"[^>]*)?>([\s\S]*?)<\/script>/g)];
  const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

  test("is one file in dist/offline, within 500 KB gzip", () => {
    expect(readdirSync(dirname(offlineFile))).toEqual([offlineFile.split("/").pop()]);
    expect(gzipSync(readFileSync(offlineFile)).length).toBeLessThanOrEqual(500_000);
  });

  test("holds every script and style inline: no src, no href, no link, no url(), no @import, no web font", () => {
    expect(html).not.toMatch(/<(script|img|iframe|link|source|embed|object)\b[^>]*\b(src|href|data)=/i);
    expect(html).not.toMatch(/<link\b/i);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "";
    expect(style).not.toMatch(/url\(|@import|@font-face/);
    expect(inlineScripts.map((m) => (m[1] ? "inert" : "run"))).toEqual(["inert", "inert", "run"]);
  });

  test("its policy forbids every request and allows exactly its own scripts and style, by hash", () => {
    for (const name of [
      "default-src",
      "connect-src",
      "img-src",
      "font-src",
      "object-src",
      "frame-src",
      "worker-src",
      "form-action",
      "base-uri",
    ])
      expect(directive(name)).toBe(`${name} 'none'`);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|blob:|data:|https?:|\*/);
    const scriptHashes = directive("script-src").split(" ").slice(1);
    expect(scriptHashes.sort()).toEqual(inlineScripts.map((m) => sha(m[2] ?? "")).sort());
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "";
    expect(directive("style-src")).toBe(`style-src ${sha(style)}`);
  });
});

describe("the offline page over file://", () => {
  test("opens to a Chinese first screen with the four parts, exceljs still inert text", async () => {
    expect(await page.getByRole("tab").allTextContents()).toEqual([
      "下载模板",
      "在线填报",
      "校验文件",
      "汇总",
    ]);
    expect(await page.locator("h1").textContent()).toBe("北仑制造业目标填报（离线版）");
    expect(
      await page.evaluate(() => ({
        inert: document.querySelectorAll('script[type="text/plain"][data-chunk]').length,
        evaluated: performance.getEntriesByName("bl-xlsx-evaluated").length,
        module: "blOfflineXlsx" in window,
      })),
    ).toEqual({ inert: 2, evaluated: 0, module: false });
    expect(await noHorizontalScroll()).toBe(true);
  });

  test("the tabs are keyboard-usable: arrows, Home and End move between the parts", async () => {
    await tab("下载模板").focus();
    await page.keyboard.press("ArrowRight");
    expect(await tab("在线填报").getAttribute("aria-selected")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("在线填报");
    await page.keyboard.press("End");
    expect(await panel("consolidate").isVisible()).toBe(true);
    await page.keyboard.press("Home");
    expect(await panel("template").isVisible()).toBe(true);
    expect(await panel("fill").isHidden()).toBe(true);
  });

  test("下载模板: 区经信局's template for 2023年1–6月, the same workbook as npm run template, opened by LibreOffice", async () => {
    await panel("template").getByLabel("牵头单位").selectOption("区经信局");
    await choosePeriod("template", 2023, 6);
    await shot(page, "offline-1-下载模板");
    const file = await downloadOf(
      page,
      () => panel("template").getByRole("button", { name: "下载模板" }).click(),
      "template.xlsx",
    );
    expect(file.suggested).toBe("北仑制造业目标填报模板-区经信局-2023年1–6月.xlsx");
    expect(file.url).toMatch(/^blob:/);
    const downloaded = await workbookAt(file.path);
    const reference = await buildTemplateWorkbook(
      buildTemplateLayout(plan, { leadUnit: "区经信局", period: { year: 2023, month: 6 } }),
    );
    expect(downloaded.worksheets.map((s) => [s.name, s.state])).toEqual(
      reference.worksheets.map((s) => [s.name, s.state]),
    );
    for (const sheet of reference.worksheets) {
      const other = downloaded.getWorksheet(sheet.name)!;
      sheet.eachRow((row, r) =>
        row.eachCell((cell, c) =>
          expect([cell.address, other.getCell(r, c).value]).toEqual([cell.address, cell.value]),
        ),
      );
    }
    expect(cellIn(downloaded.getWorksheet(annex2)!, "A2-01", "2023年目标").value).toBe(145);
    const csv = sheetsAsCsv(file.path);
    expect(numberIn(csvCellIn(csv.get(annex2)!, "A2-01", "2023年目标"))).toBe(145);
    expect(await page.getByRole("status").filter({ hasText: "已下载" }).textContent()).toContain(
      "已下载：北仑制造业目标填报模板-区经信局-2023年1–6月.xlsx",
    );
    expect(await page.evaluate(() => "blOfflineXlsx" in window)).toBe(true);
  });

  test("在线填报: 区科技局 types its figures, sees the add-in's findings as it types, fixes on click only", async () => {
    await tab("在线填报").click();
    await panel("fill").getByLabel("牵头单位").selectOption("区科技局");
    await choosePeriod("fill", 2023, 6);
    const rd = page.locator('tr[data-indicator="A2-03"]');
    expect(await rd.locator("td").allTextContents()).toEqual(["A2-03", "亿元", "70 亿元", "35 亿元", "", ""]);
    await actualInput("A2-03").fill("630000");
    await panel("fill")
      .getByText(
        "“研发投入规模”2023年实绩 630000 是2023年1–6月序时进度目标 35 的 18000 倍，可能单位有误：若按万元填写，应为 63 亿元。",
      )
      .waitFor();
    expect(await actualInput("A2-03").inputValue()).toBe("630000");
    // The fix, by keyboard: Tab from the input reaches its button.
    await actualInput("A2-03").focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("改为 63");
    await page.keyboard.press("Enter");
    expect(await actualInput("A2-03").inputValue()).toBe("63");
    expect(await rd.locator("td.rate").textContent()).toBe("180.0% 达标"); // 63 ÷ 35
    await actualInput("A2-24").fill("２４６０");
    await panel("fill").getByRole("button", { name: "改为 2460" }).click();
    await actualInput("A2-25").fill("450");
    await actualInput("B-01").fill("=1/0");
    await page.locator('li[data-finding="text-not-number"]').waitFor();
    expect(await panel("fill").locator(".summary").textContent()).toBe(
      "校验：错误 1 条，警告 0 条，提示 1 条（其中尚未填写 1 项）。",
    );
    expect(await noHorizontalScroll()).toBe(true);
    await shot(page, "offline-2-在线填报");
  });

  test("在线填报: the filled template downloads with each figure in its cell, text stays text; LibreOffice computes 完成率", async () => {
    const file = await downloadOf(
      page,
      () => panel("fill").getByRole("button", { name: "下载填报文件" }).click(),
      "filled.xlsx",
    );
    expect(file.suggested).toBe("北仑制造业目标填报-区科技局-2023年1–6月.xlsx");
    const workbook = await workbookAt(file.path);
    const sheet = workbook.getWorksheet(annex2)!;
    expect(["A2-03", "A2-24", "A2-25"].map((id) => cellIn(sheet, id, "2023年实绩").value)).toEqual([
      63, 2460, 450,
    ]);
    const text = cellIn(workbook.getWorksheet(body)!, "B-01", "2023年实绩");
    expect([text.value, text.formula]).toEqual(["=1/0", undefined]);
    const csv = sheetsAsCsv(file.path);
    expect(numberIn(csvCellIn(csv.get(annex2)!, "A2-03", "2023年完成率"))).toBeCloseTo(0.9, 10); // 63 ÷ 70, the year's target
    expect(csvCellIn(csv.get(body)!, "B-01", "2023年实绩")).toBe("=1/0");
    expect(await page.getByRole("status").textContent()).toContain("含实绩 4 项");
  });

  test("在线填报: opening a returned file continues where it stopped, after asking before replacing typed figures", async () => {
    await panel("fill").locator("summary").click();
    const filled = (
      await downloadOf(
        page,
        () => panel("fill").getByRole("button", { name: "下载填报文件" }).click(),
        "again.xlsx",
      )
    ).path;
    await actualInput("A2-03").fill("40");
    await panel("fill").getByLabel("选择文件").setInputFiles(filled);
    await panel("fill").getByText("会替换表中已填的 4 项实绩").waitFor();
    expect(await actualInput("A2-03").inputValue()).toBe("40");
    await panel("fill").getByRole("button", { name: "替换为文件中的实绩" }).click();
    expect(await actualInput("A2-03").inputValue()).toBe("63");
    expect(await actualInput("A2-24").inputValue()).toBe("2460");
    await panel("fill").getByText("已载入【again.xlsx】的实绩 4 项，可接着填写。").waitFor();
    // 区经信局's file with actuals linked to its own sheet: the unit follows the file, the results are loaded.
    await panel("fill").getByLabel("选择文件").setInputFiles(fixture(linked));
    await panel("fill").getByText(`已载入【${linked}】的实绩 4 项，可接着填写。`).waitFor();
    expect(await panel("fill").getByLabel("牵头单位").inputValue()).toBe("区经信局");
    expect(await actualInput("A2-01").inputValue()).toBe("70.3");
    expect(await actualInput("A2-05").inputValue()).toBe("#DIV/0!");
    await panel("fill")
      .getByText("其中 3 项在文件中是公式，已按文件保存的计算结果载入；下载的文件中为数值。")
      .waitFor();
    await page.locator('tr[data-indicator="A2-05"] + tr li[data-finding="excel-error"]').waitFor();
    await panel("fill").getByText("A2-01 数字经济核心产业制造业增加值规模 2022年：126.4").waitFor();
    await shot(page, "offline-3-在线填报-接着填");
  });

  test("校验文件: several returned files, findings grouped by file, unit and indicator, with what was read", async () => {
    await tab("校验文件").click();
    await choosePeriod("check", 2023, 6);
    await watchProgress();
    const dated = "08-dates-and-annotated-text.xlsx";
    const files = [zigui, jingxin, linked, dated, encrypted, "10g-png-renamed.xlsx"];
    await panel("check").getByLabel("选择文件").setInputFiles(files.map(fixture));
    await panel("check").locator(".across").waitFor();
    expect(await progressSeen()).toEqual(expect.arrayContaining(["1/6", "5/6"]));
    expect(await panel("check").locator("article.file h3").allTextContents()).toEqual(
      files.map((f) => `【${f}】`),
    );
    const file = (name: string) => panel("check").locator(`article[data-file="${name}"]`);
    expect(await file(encrypted).locator(".unreadable").textContent()).toBe(
      `错误 无法读取：${fileMessages.encrypted}`,
    );
    const div0 = file(linked).locator(
      '[data-unit="区经信局"] [data-indicator="A2-05"] li[data-finding="excel-error"]',
    );
    expect(await div0.locator(".where").textContent()).toBe(`'${annex2}'!L6 `);
    expect(await file(linked).locator(".file-facts strong").textContent()).toBe(
      "合计：错误 1 条，警告 0 条，提示 53 条。",
    );
    await file(linked).locator("details.actuals summary").click();
    expect(await file(linked).locator("details.actuals tbody tr").count()).toBe(4);
    await file(linked).getByText("（公式 =测算!B5）").waitFor();
    await file(dated).locator('[data-indicator="A2-12"]').getByText("（建议改为 63）").waitFor();
    // 区经信局 sent three files: the newest saved (09b, 20:15:36) counts, and it disagrees with 资规分局's.
    const across = panel("check").locator(".across li");
    expect(await across.evaluateAll((items) => items.map((li) => li.getAttribute("data-note")))).toEqual([
      "duplicate-return",
      "conflict",
    ]);
    expect(await across.first().textContent()).toContain(
      `区经信局交了 3 个文件：以保存时间较新的【${jingxin}】为准`,
    );
    expect(await across.last().textContent()).toContain(`【${zigui}】2100，【${jingxin}】1750`);
    expect(await noHorizontalScroll()).toBe(true);
    await shot(page, "offline-4-校验文件");
  });

  test("汇总: the co-leads' conflict settled by a click, a newer file over an older one, the workbook downloaded and opened", async () => {
    await tab("汇总").click();
    await choosePeriod("consolidate", 2023, 6);
    await watchProgress();
    const files = [zigui, jingxin, "09c-区科技局-a.xlsx", "09d-区科技局-b.xlsx", encrypted];
    await panel("consolidate").getByLabel("选择文件").setInputFiles(files.map(fixture));
    const conflict = panel("consolidate").locator('fieldset[data-conflict="A2-26|2023"]');
    await conflict.waitFor();
    expect(await progressSeen()).toEqual(expect.arrayContaining(["1/5", "4/5"]));
    expect(
      await panel("consolidate").locator('tr[data-file="09d-区科技局-b.xlsx"] td').last().textContent(),
    ).toBe("同一单位有较新的文件，未采用");
    expect(
      await panel("consolidate").locator(`.unread li[data-file="${encrypted}"]`).textContent(),
    ).toContain("打开密码");
    expect(await conflict.locator(".unsettled").isVisible()).toBe(true);
    await conflict.getByLabel(`【${zigui}】资规分局：2100 亩`, { exact: false }).check();
    await panel("consolidate").locator('fieldset[data-conflict="A2-26|2023"]:not(.open)').waitFor();
    expect(await panel("consolidate").locator(`input[value="${zigui}"]`).isChecked()).toBe(true);
    const file = await downloadOf(
      page,
      () => panel("consolidate").getByRole("button", { name: "下载汇总工作簿" }).click(),
      "consolidated.xlsx",
    );
    expect(file.suggested).toBe("北仑制造业目标汇总-2023年1–6月.xlsx");
    const workbook = await workbookAt(file.path);
    expect(workbook.worksheets.filter((s) => s.state === "visible").map((s) => s.name)).toEqual([
      "附件1 四倍增、五跃升目标",
      annex2,
      body,
      "数据来源",
      "进度总览",
      "情况分析",
    ]);
    expect(cellIn(workbook.getWorksheet(annex2)!, "A2-26", "2023年实绩").value).toBe(2100);
    const csv = sheetsAsCsv(file.path);
    const overview = csv.get("进度总览")!;
    const land = overview.find((row) => row[1] === "A2-26")!;
    expect([land[6], land[7], land[8]].map((text) => numberIn(text ?? ""))).toEqual([2500, 2100, 0.84]);
    expect(land[9]).toBe("滞后");
    const sources = csv.get("数据来源")!;
    expect(
      sources.some(
        (row) => row[0] === "A2-26" && numberIn(row[3] ?? "") === 2100 && row[4] === zigui && row[7] === "L4",
      ),
    ).toBe(true);
    expect(cellText(csv.get("情况分析")!, "A1")).toBe("2023年1–6月制造业高质量发展目标推进情况分析");
  });

  test("汇总: 进度总览 drawn as SVG charts from the description, 情况分析 copied with one click", async () => {
    const charts = panel("consolidate").locator("figure.chart");
    expect(await charts.locator("figcaption").allTextContents()).toEqual(
      expect.arrayContaining(["空间优化：完成率", "各牵头单位指标状态（项）"]),
    );
    const land = charts.filter({ hasText: "空间优化" }).locator("text", { hasText: "84.0%" });
    expect(await land.count()).toBe(1);
    expect(await charts.first().locator("svg rect").count()).toBeGreaterThan(0);
    await offline.context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await panel("consolidate").getByRole("button", { name: "复制情况分析" }).click();
    await page.getByRole("status").filter({ hasText: "已复制情况分析" }).waitFor();
    const brief = await panel("consolidate").locator("pre.brief").textContent();
    expect(brief).toMatch(/^2023年1–6月制造业高质量发展目标推进情况分析\n/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(brief);
    expect(await noHorizontalScroll()).toBe(true);
    await shot(page, "offline-5-汇总");
  });

  test("汇总 prints on A4 without the page's controls: title, overview, charts, 情况分析", async () => {
    await page.emulateMedia({ media: "print" });
    expect(await page.locator('[role="tablist"]').isVisible()).toBe(false);
    expect(await panel("consolidate").locator(".file-picker").isVisible()).toBe(false);
    expect(await panel("consolidate").locator("fieldset.conflict").first().isVisible()).toBe(false);
    expect(await panel("consolidate").locator("figure.chart").first().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    await page.emulateMedia({ media: "screen" });
    const file = join(artifacts, "offline-汇总.pdf");
    writeFileSync(file, pdf);
    // A4 is 210 × 297 mm, 595.3 × 841.9 pt; Chromium rounds the page to whole device pixels.
    const boxes = [...pdf.toString("latin1").matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
    expect(boxes.length).toBeGreaterThan(0);
    for (const [, width, height] of boxes) {
      expect(Math.abs(Number(width) - 595.3)).toBeLessThan(2);
      expect(Math.abs(Number(height) - 841.9)).toBeLessThan(2);
    }
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    expect(text).toContain("北仑制造业目标汇总 2023年1–6月");
    expect(text).toContain("情况分析");
    expect(text).not.toContain("选择文件");
  });

  test("axe-core finds no serious or critical violation on any of the four parts", async () => {
    for (const name of ["下载模板", "在线填报", "校验文件", "汇总"]) {
      await tab(name).click();
      expect([name, await seriousViolations(page)]).toEqual([name, []]);
    }
  });

  test("nothing but file:, data: and blob: was requested during the whole run, and no console error", () => {
    expect(offline.requests.filter((url) => !/^(file|data|blob):/.test(url))).toEqual([]);
    expect(offline.requests.filter((url) => url.startsWith("file:"))).toEqual([
      `file://${encodeURI(offlineFile)}`,
    ]);
    expect(offline.errors).toEqual([]);
  });
});
