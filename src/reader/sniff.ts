/**
 * What a file is, told from its bytes before anything is expanded: an .xlsx package (a zip with a
 * workbook), or something else said in words (an encrypted workbook, .xls/.et, .ods, a CSV, a PDF …).
 * The zip's central directory gives each part's declared size, so a package that would expand beyond
 * the limit is refused before it takes any memory.
 */
import { failure, success, type Failure, type Result } from "../core/result";
import { fileMessages as say } from "./messages";

/** The largest file read (bytes on disk) and the most its parts may declare when expanded. */
export const fileLimits = { bytes: 20_000_000, expanded: 100_000_000 } as const;

export interface ZipEntry {
  name: string;
  compressedSize: number;
  /** As declared in the central directory; 2^32 − 1 or more where the zip uses ZIP64. */
  size: number;
}

const startsWith = (bytes: Uint8Array, ...signature: number[]) => signature.every((b, i) => bytes[i] === b);
const ascii = (bytes: Uint8Array, length = 16) => String.fromCharCode(...bytes.subarray(0, length));

/** The UTF-16LE name of a stream inside an OLE compound file (an encrypted .xlsx holds EncryptedPackage). */
function holdsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = [...text].flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + needle.length <= bytes.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** The central directory of a zip, or null when the bytes are no complete zip. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  // The end-of-central-directory record: 22 bytes, then a comment of up to 65,535 bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at -= 1) {
    if (u32(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(end + 10);
  const offset = u32(end + 16);
  if (count === 0xffff || offset === 0xffffffff)
    return [{ name: "(ZIP64)", compressedSize: 0, size: Number.MAX_SAFE_INTEGER }];
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.length || u32(at) !== 0x02014b50) return null;
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const size = u32(at + 24);
    entries.push({
      name,
      compressedSize: u32(at + 20),
      size: size === 0xffffffff ? Number.MAX_SAFE_INTEGER : size,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1_000_000)} MB`;

/** Documents that are not workbooks, by their first bytes. */
const otherDocuments: [signature: number[], what: string][] = [
  [[0x25, 0x50, 0x44, 0x46], "PDF 文件"],
  [[0x89, 0x50, 0x4e, 0x47], "PNG 图片"],
  [[0xff, 0xd8, 0xff], "JPEG 图片"],
  [[0x47, 0x49, 0x46, 0x38], "GIF 图片"],
  [[0x52, 0x61, 0x72, 0x21], "RAR 压缩包"],
  [[0x37, 0x7a, 0xbc, 0xaf], "7z 压缩包"],
];

/** Whether the bytes read as text (UTF-8 without control characters other than tabs and line ends). */
function isText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(sample);
    return ![...text.slice(0, -4)].some((ch) => ch.charCodeAt(0) < 0x20 && !"\t\n\r\f".includes(ch));
  } catch {
    // GBK-encoded CSV from Chinese Excel or WPS: bytes ≥ 0x80 in pairs, no NULs.
    return !sample.includes(0) && sample.some((b) => b >= 0x80);
  }
}

/**
 * A file over the size limit, refused by its size alone, before any shell reads it into memory (the
 * pane, the offline page and the command line ask this first); null when its size is fine.
 */
export const refusedBySize = (size: number): Failure | null =>
  size > fileLimits.bytes ? failure("invalidValue", say.tooLarge(megabytes(fileLimits.bytes))) : null;

/** The package's parts, when the bytes are a workbook the reader can open; otherwise why not, in words. */
export function sniffWorkbook(bytes: Uint8Array): Result<ZipEntry[]> {
  if (bytes.length === 0) return failure("invalidValue", say.empty);
  const tooLarge = refusedBySize(bytes.length);
  if (tooLarge) return tooLarge;
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))
    return failure("invalidValue", holdsUtf16(bytes, "EncryptedPackage") ? say.encrypted : say.legacy);
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) {
    const entries = zipEntries(bytes);
    if (entries === null) return failure("invalidValue", say.damaged);
    const names = new Set(entries.map((entry) => entry.name));
    const expanded = entries.reduce((sum, entry) => sum + entry.size, 0);
    if (names.has("mimetype") && names.has("content.xml")) return failure("invalidValue", say.ods);
    if (!names.has("xl/workbook.xml")) {
      if (names.has("word/document.xml")) return failure("invalidValue", say.otherDocument("Word 文档"));
      if (names.has("ppt/presentation.xml"))
        return failure("invalidValue", say.otherDocument("PowerPoint 演示文稿"));
      return failure("invalidValue", say.otherZip);
    }
    if (expanded > fileLimits.expanded)
      return failure("invalidValue", say.tooLarge(megabytes(fileLimits.expanded)));
    return success(entries);
  }
  const other = otherDocuments.find(([signature]) => startsWith(bytes, ...signature));
  if (other) return failure("invalidValue", say.otherDocument(other[1]));
  if (ascii(bytes, 5).toLowerCase() === "<?xml" || ascii(bytes, 6).toLowerCase().startsWith("<html"))
    return failure("invalidValue", say.otherDocument("网页或 XML 文件"));
  if (isText(bytes)) return failure("invalidValue", say.text);
  return failure("invalidValue", say.damaged);
}
