/**
 * The corpus of returned workbooks (test/fixtures/returns, made by LibreOffice, raw XML edits and
 * byte-level tools; its README says how): for each file, what the reader must take from it, stated as
 * the figures typed into it. 区经信局's template: A2-01 row 4, A2-05 row 6, A2-06 row 7, A2-26 row 16;
 * 2021年实绩 is column F, 2022年实绩 I, 2023年实绩 L. Period 2023年1–6月.
 */
import { join } from "node:path";
import { validate } from "../../src/core/validation/validate";
import { takenValue } from "../../src/core/validation/taken-value";
import { plan } from "../../src/model";
import { compareReturns, toCompare } from "../../src/reader/compare-returns";
import { readReturnFile, type ReturnOnDisk } from "../../src/xlsx/read-return-file";

jest.setTimeout(60_000);

const folder = join(__dirname, "../fixtures/returns");
const period = { year: 2023, month: 6 };
const annex2 = "附件2 目标任务分解";

async function read(file: string): Promise<ReturnOnDisk> {
  const result = await readReturnFile(plan, join(folder, file));
  if (!result.ok) throw new Error(`${file}: ${result.message}`);
  return result.value;
}

async function refusal(file: string): Promise<string> {
  const result = await readReturnFile(plan, join(folder, file));
  return result.ok ? "read" : result.message;
}

/** The figure taken from the file for an indicator and year, with its cell: "附件2 目标任务分解!L4 = 70.3". */
function taken(content: ReturnOnDisk, indicatorId: string, year: number): string[] {
  const indicator = plan.indicators.find((i) => i.id === indicatorId)!;
  return content.actuals
    .filter((cell) => cell.indicatorId === indicatorId && cell.year === year)
    .map((cell) => `${cell.sheet}!${cell.address} = ${takenValue(cell, indicator)}`);
}

const findings = (content: ReturnOnDisk) =>
  validate(plan, content, period).filter((f) => f.code !== "not-reported");
const codes = (content: ReturnOnDisk) => [
  ...content.notes.map((n) => n.code),
  ...findings(content).map((f) => `${f.code}@${f.address}`),
];

describe("re-saved, rows moved, sheets renamed: every figure is read from its own cell", () => {
  test("01 re-saved by LibreOffice: A2-01 108.6 / 126.4 / 70.3, A2-26 1050 / 2030 / 2480, 正文 B-05 2022 is 1", async () => {
    const content = await read("01-libreoffice-resaved.xlsx");
    expect([2021, 2022, 2023].flatMap((year) => taken(content, "A2-01", year))).toEqual([
      `${annex2}!F4 = 108.6`,
      `${annex2}!I4 = 126.4`,
      `${annex2}!L4 = 70.3`,
    ]);
    expect([2021, 2022, 2023].flatMap((year) => taken(content, "A2-26", year))).toEqual([
      `${annex2}!F16 = 1050`,
      `${annex2}!I16 = 2030`,
      `${annex2}!L16 = 2480`,
    ]);
    expect(taken(content, "A2-06", 2023)).toEqual([`${annex2}!L7 = 0.115`]);
    expect(taken(content, "B-05", 2022)).toEqual(["正文其他量化目标!I7 = 1"]);
    expect(codes(content)).toEqual([]);
  });

  test("02a a blank row inserted: A2-17 at L11 is 33 and A2-26 at L17 is 2480; nothing is missing", async () => {
    const content = await read("02a-row-inserted.xlsx");
    expect(taken(content, "A2-17", 2023)).toEqual([`${annex2}!L11 = 33`]);
    expect(taken(content, "A2-26", 2023)).toEqual([`${annex2}!L17 = 2480`]);
    expect(codes(content)).toEqual([]);
  });

  test("02b rows sorted by 代码 descending: each figure follows its code; 附件1's stale display is not read", async () => {
    const content = await read("02b-rows-sorted-desc.xlsx");
    expect(taken(content, "A2-34", 2023)).toEqual([`${annex2}!L4 = 45.2`]);
    expect(taken(content, "A2-26", 2023)).toEqual([`${annex2}!L11 = 2480`]);
    expect(taken(content, "A2-05", 2023)).toEqual([`${annex2}!L21 = 24`]);
    expect(taken(content, "A2-01", 2023)).toEqual([`${annex2}!L23 = 70.3`]);
  });

  test("02c a row deleted: A2-13 is reported missing (警告, named), the others read where they are now", async () => {
    const content = await read("02c-row-deleted.xlsx");
    expect(content.notes).toEqual([
      expect.objectContaining({ code: "missing-row", severity: "警告", indicatorId: "A2-13", sheet: annex2 }),
    ]);
    expect(content.notes[0]?.message).toContain(
      "缺少指标 A2-13“累计新增实施清洁生产企业”（为区经信局制作的模板中有这一行",
    );
    expect(taken(content, "A2-26", 2023)).toEqual([`${annex2}!L15 = 2480`]);
    expect(taken(content, "A2-34", 2023)).toEqual([`${annex2}!L22 = 45.2`]);
  });

  test("02d a row deleted that 附件1 shows: the broken display (#REF!) is not read as an actual", async () => {
    const content = await read("02d-row-deleted-shown-in-annex1.xlsx");
    expect(codes(content)).toEqual(["missing-row"]);
    expect(content.actuals.filter((cell) => cell.sheet.startsWith("附件1"))).toEqual([]);
  });

  test("03a 附件2 renamed 经信局填报: read through its name", async () => {
    const content = await read("03a-sheet-renamed.xlsx");
    expect(taken(content, "A2-01", 2023)).toEqual(["经信局填报!L4 = 70.3"]);
    expect(taken(content, "A2-26", 2023)).toEqual(["经信局填报!L16 = 2480"]);
  });

  test("03b sheets reordered and 03c a notes sheet added: the same figures, the notes never read", async () => {
    for (const file of ["03b-sheets-reordered.xlsx", "03c-notes-sheet-added.xlsx"]) {
      const content = await read(file);
      expect(taken(content, "A2-01", 2022)).toEqual([`${annex2}!I4 = 126.4`]);
      expect(taken(content, "A2-05", 2023)).toEqual([`${annex2}!L6 = 24`]);
      expect(content.actuals.some((cell) => cell.sheet === "说明")).toBe(false);
      expect(codes(content)).toEqual([]);
    }
  });
});

describe("a copy of a template sheet never hides the original", () => {
  test("04 the original's new figures are read and checked (约60 is an 错误); the stale copy is reported with its differences", async () => {
    const content = await read("04-sheet-copied-original-updated.xlsx");
    expect(taken(content, "A2-01", 2023)).toEqual([`${annex2}!L4 = 70.3`]);
    expect(taken(content, "A2-05", 2023)).toEqual([`${annex2}!L6 = 24`]);
    expect(taken(content, "A2-26", 2023)).toEqual([`${annex2}!L16 = 2480`]);
    expect(findings(content)).toEqual([
      expect.objectContaining({ code: "text-not-number", address: "L20", sheet: annex2, original: "约60" }),
    ]);
    expect(content.actuals.some((cell) => cell.sheet === "附件2 目标任务分解_2")).toBe(false);
    expect(content.notes).toEqual([expect.objectContaining({ code: "copy-of-table", severity: "警告" })]);
    // The copy holds 65, 22, 2300 and 55 where the original holds 70.3, 24, 2480 and 约60.
    expect(content.notes[0]?.message).toContain(
      "副本中有 4 处实绩与原表不同（如 A2-01 2023年：副本 65，原表 70.3）",
    );
  });
});

describe("linked actuals, edited headers, deleted columns", () => {
  test("05 actuals linked to the unit's 测算 sheet are read: 70.3, an error behind one (错误), 2480 from a SUM", async () => {
    const content = await read("05-linked-actuals.xlsx");
    expect(taken(content, "A2-01", 2023)).toEqual([`${annex2}!L4 = 70.3`]);
    expect(taken(content, "A2-26", 2023)).toEqual([`${annex2}!L16 = 2480`]);
    expect(findings(content)).toEqual([
      expect.objectContaining({ code: "excel-error", address: "L6", severity: "错误", original: "#DIV/0!" }),
    ]);
    const l4 = content.actuals.find((cell) => cell.address === "L4" && cell.sheet === annex2);
    expect(l4?.formula).toMatch(/^=(?:'?测算'?)!B5$/);
  });

  test.each([
    ["06a-header-2023-partial.xlsx", ["edited-header"]],
    ["06b-header-fullwidth-digits.xlsx", []],
    ["06c-header-spaces.xlsx", []],
  ])("%s: the 2023 column is read (70.3, 24, 2480)", async (file, notes) => {
    const content = await read(file);
    expect([..."A2-01 A2-05 A2-26".split(" ")].flatMap((id) => taken(content, id, 2023))).toEqual([
      `${annex2}!L4 = 70.3`,
      `${annex2}!L6 = 24`,
      `${annex2}!L16 = 2480`,
    ]);
    expect(content.notes.map((n) => n.code)).toEqual(notes);
  });

  test("06a the edited header is said: “2023年实绩（1–6月）” read as 2023年实绩", async () => {
    const content = await read("06a-header-2023-partial.xlsx");
    expect(content.notes[0]?.message).toBe(
      `工作表“${annex2}”的表头“2023年实绩（1–6月）”已按“2023年实绩”读取。`,
    );
  });

  test("06d the 2024年实绩 column deleted: reported, naming the sheet and the year; 2021 still read (108.6)", async () => {
    const content = await read("06d-column-2024-actual-deleted.xlsx");
    expect(content.notes).toEqual([
      expect.objectContaining({ code: "missing-year-column", severity: "警告", sheet: annex2, year: 2024 }),
    ]);
    expect(taken(content, "A2-01", 2021)).toEqual([`${annex2}!F4 = 108.6`]);
  });
});

describe("names dropped, dates and remarks, text numbers", () => {
  test("07 names removed and a notes sheet with 代码 / 2023年实绩 headers: found by headers; the notes sheet is not read", async () => {
    const content = await read("07-names-removed-notes-table.xlsx");
    expect(content.foundBy).toBe("headers");
    expect(taken(content, "A2-26", 2023)).toEqual([`${annex2}!L16 = 2480`]);
    expect(content.actuals.some((cell) => cell.sheet === "备注")).toBe(false);
    expect(findings(content)).toEqual([]);
    expect(taken(content, "B-05", 2022)).toEqual(["正文其他量化目标!I7 = 1"]);
  });

  test("08 dates are 错误 without a suggestion; 63（初步） 45（快报） 70（预计） suggest 63, 45 and 70", async () => {
    const content = await read("08-dates-and-annotated-text.xlsx");
    const byCell = Object.fromEntries(
      findings(content).map((f) => [f.address, [f.code, f.suggestion ?? null]]),
    );
    expect(byCell).toEqual({
      L4: ["date-not-figure", null],
      L23: ["date-not-figure", null],
      L8: ["number-as-text", 63],
      L17: ["number-as-text", 45],
      L14: ["number-as-text", 70],
    });
    // A date gives no figure for the district's table; a remark's number does.
    expect(taken(content, "A2-01", 2023)).toEqual([`${annex2}!L4 = null`]);
    expect(taken(content, "A2-12", 2023)).toEqual([`${annex2}!L8 = 63`]);
  });

  test("11 text typed numbers: “63” is 63, “12%” is 0.12 (both 错误 with the fix); 0.12 typed as a number is fine", async () => {
    const content = await read("11-text-typed-numbers-and-percent.xlsx");
    expect(findings(content).map((f) => [f.address, f.code, f.suggestion])).toEqual([
      ["I7", "number-as-text", 0.12],
      ["L8", "number-as-text", 63],
    ]);
    expect(taken(content, "A2-12", 2023)).toEqual([`${annex2}!L8 = 63`]);
    expect(taken(content, "A2-06", 2023)).toEqual([`${annex2}!L7 = 0.12`]);
  });
});

describe("several files", () => {
  test("09a/09b co-lead units disagree on 累计腾出低效工业用地 2023: 2100 亩 against 1750 亩, one 警告 naming both", async () => {
    const files = ["09a-co-lead-资规分局-A2-26.xlsx", "09b-co-lead-区经信局-A2-26.xlsx"];
    const returns = await Promise.all(files.map(async (file) => ({ file, content: await read(file) })));
    const notes = compareReturns(
      plan,
      returns.map(({ file, content }) => toCompare(file, content)),
    );
    expect(notes).toEqual([
      expect.objectContaining({ code: "conflict", severity: "警告", indicatorId: "A2-26", year: 2023 }),
    ]);
    expect(notes[0]?.message).toBe(
      "A2-26“累计腾出低效工业用地”2023年实绩各文件不一致：【09a-co-lead-资规分局-A2-26.xlsx】2100，【09b-co-lead-区经信局-A2-26.xlsx】1750，请核实。",
    );
  });

  test("09c/09d one unit sent two files: the newer by saved time (09c, 12 July) counts, although given first", async () => {
    const files = ["09c-区科技局-a.xlsx", "09d-区科技局-b.xlsx"];
    const returns = await Promise.all(files.map(async (file) => ({ file, content: await read(file) })));
    expect(returns.map(({ content }) => [content.record?.leadUnit, content.savedAt])).toEqual([
      ["区科技局", "2023-07-12T08:30:00Z"],
      ["区科技局", "2023-07-05T02:10:00Z"],
    ]);
    const notes = compareReturns(
      plan,
      returns.map(({ file, content }) => toCompare(file, content)),
    );
    expect(notes.map((n) => n.message)).toEqual([
      "区科技局交了 2 个文件：以保存时间较新的【09c-区科技局-a.xlsx】为准，【09d-区科技局-b.xlsx】未采用。",
    ]);
  });
});

describe("files that cannot be read say what they are and what to do, with no library text", () => {
  test.each([
    ["10a-libreoffice.ods", "这是 OpenDocument 表格（.ods）"],
    ["10b-libreoffice-excel97.xls", "这是旧版 Excel（.xls）或 WPS 表格（.et）格式"],
    ["10k-stand-in-not-real-wps.et", "这是旧版 Excel（.xls）或 WPS 表格（.et）格式"],
    ["10l-xls-bytes-named-xlsx.xlsx", "这是旧版 Excel（.xls）或 WPS 表格（.et）格式"],
    ["10c-libreoffice-annex2.csv", "这是文本文件（如 .csv），不是工作簿"],
    [
      "10d-encrypted-password.xlsx",
      "文件设有打开密码（已加密），无法读取：请在 Excel 中打开，点 文件 › 信息 › 保护工作簿",
    ],
    ["10e-zip-declared-2GiB-sheet.xlsx", "文件过大（超过 100 MB），为避免占满内存未打开"],
    ["10f-zip-bomb-300MiB-sheet.xlsx", "文件过大（超过 100 MB），为避免占满内存未打开"],
    ["10g-png-renamed.xlsx", "这是 PNG 图片，不是 Excel 工作簿"],
    ["10h-text-renamed.xlsx", "这是文本文件（如 .csv），不是工作簿"],
    ["10i-empty-0-bytes.xlsx", "文件是空的（0 字节）"],
    ["10j-zip-not-a-workbook.xlsx", "这是一个压缩包，不是 Excel 工作簿"],
  ])("%s: “%s…”", async (file, start) => {
    const message = await refusal(file);
    expect(message.startsWith(start)).toBe(true);
    expect(message).not.toMatch(
      /\b(?:error|bug|corrupt|invalid|unexpected|end of|zip|undefined|null)\b|https?:/i,
    );
  });

  test("the zip bomb is refused from its declared sizes, before anything is expanded (heap grows < 50 MB)", async () => {
    const before = process.memoryUsage().heapUsed;
    await refusal("10f-zip-bomb-300MiB-sheet.xlsx");
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50_000_000);
  });
});
