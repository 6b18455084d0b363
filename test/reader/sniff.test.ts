/** What a file is, told from its bytes before anything is expanded; the corpus tests the real files. */
import JSZip from "jszip";
import { fileLimits, sniffWorkbook, zipEntries } from "../../src/reader/sniff";

const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (text: string) => [...text].flatMap((ch) => [ch.charCodeAt(0), 0]);
const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(
    parts.flatMap((part) => (typeof part === "string" ? [...new TextEncoder().encode(part)] : part)),
  );

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const messageOf = (result: ReturnType<typeof sniffWorkbook>) => (result.ok ? "ok" : result.message);

describe("files that are no workbook are told apart, in words that say what to do", () => {
  test("an empty file", () => {
    expect(messageOf(sniffWorkbook(new Uint8Array()))).toBe("文件是空的（0 字节）：请重新保存后再交。");
  });

  test("an encrypted workbook (an OLE file holding EncryptedPackage) asks to remove the password", () => {
    const file = bytes(ole, Array(512).fill(0), utf16("EncryptionInfo"), utf16("EncryptedPackage"));
    expect(messageOf(sniffWorkbook(file))).toContain("文件设有打开密码（已加密）");
    expect(messageOf(sniffWorkbook(file))).toContain("文件 › 信息 › 保护工作簿");
  });

  test("an OLE file without an encrypted package is an .xls or .et", () => {
    const file = bytes(ole, Array(512).fill(0), utf16("Workbook"));
    expect(messageOf(sniffWorkbook(file))).toContain("旧版 Excel（.xls）或 WPS 表格（.et）");
  });

  test("an OpenDocument spreadsheet, a Word document and a zip of other things", async () => {
    const ods = await zipOf({
      mimetype: "application/vnd.oasis.opendocument.spreadsheet",
      "content.xml": "<x/>",
    });
    const docx = await zipOf({ "[Content_Types].xml": "<x/>", "word/document.xml": "<x/>" });
    const other = await zipOf({ "说明.txt": "你好" });
    expect(messageOf(sniffWorkbook(ods))).toContain("OpenDocument 表格（.ods）");
    expect(messageOf(sniffWorkbook(docx))).toContain("这是 Word 文档，不是 Excel 工作簿");
    expect(messageOf(sniffWorkbook(other))).toContain("这是一个压缩包，不是 Excel 工作簿");
  });

  test("PDF, PNG, a CSV in UTF-8 and one in GBK", () => {
    expect(messageOf(sniffWorkbook(bytes("%PDF-1.7\n")))).toContain("这是 PDF 文件");
    expect(messageOf(sniffWorkbook(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])))).toContain("这是 PNG 图片");
    expect(messageOf(sniffWorkbook(bytes("代码,2023年实绩\nA2-05,25\n")))).toContain(
      "这是文本文件（如 .csv）",
    );
    // “代码” in GBK is B4 FA C2 EB.
    expect(messageOf(sniffWorkbook(bytes([0xb4, 0xfa, 0xc2, 0xeb, 0x2c, 0x32, 0x35, 0x0a])))).toContain(
      "这是文本文件",
    );
  });

  test("a cut-off zip is damaged, not “not a workbook”", async () => {
    const zip = await zipOf({ "xl/workbook.xml": "<workbook/>" });
    expect(messageOf(sniffWorkbook(zip.subarray(0, zip.length - 30)))).toContain("文件已损坏或不完整");
  });
});

describe("memory stays bounded: sizes are checked before anything is expanded", () => {
  test("a workbook whose parts declare more than the limit when expanded is refused", async () => {
    const zip = await zipOf({
      "[Content_Types].xml": "<x/>",
      "xl/workbook.xml": "<workbook/>",
      "xl/worksheets/sheet1.xml": "<x/>",
    });
    expect(sniffWorkbook(zip).ok).toBe(true);
    // Declare sheet1.xml as 2 GB in the central directory, as a zip bomb would.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const entries = zipEntries(zip)!;
    let at = view.getUint32(zip.length - 22 + 16, true);
    for (const entry of entries) {
      if (entry.name === "xl/worksheets/sheet1.xml") view.setUint32(at + 24, 2_000_000_000, true);
      at += 46 + entry.name.length;
    }
    expect(zipEntries(zip)!.find((e) => e.name === "xl/worksheets/sheet1.xml")?.size).toBe(2_000_000_000);
    expect(messageOf(sniffWorkbook(zip))).toBe(
      "文件过大（超过 100 MB），为避免占满内存未打开：填报模板通常不到 1 MB，请删除多余的工作表或图片后另存再交。",
    );
  });

  test("a file larger than 20 MB is refused without looking further", () => {
    expect(fileLimits.bytes).toBe(20_000_000);
    expect(messageOf(sniffWorkbook(new Uint8Array(fileLimits.bytes + 1)))).toContain("超过 20 MB");
  });
});
