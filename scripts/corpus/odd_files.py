#!/usr/bin/env python3
"""The unreadable files of the corpus that are made at the byte level (Python standard library only).

    python3 scripts/corpus/odd_files.py OUT_DIR WORK_DIR

It adds the files' entries to WORK_DIR/manifest-lo.json (written by lo_corpus.py before).

Needs OUT_DIR/01-libreoffice-resaved.xlsx (made by lo_corpus.py) for the two zip-size files:

- 10e: file 01 re-zipped with the declared uncompressed size of xl/worksheets/sheet2.xml (附件2) set to
  2 GiB (2147483648) in both its local header and its central-directory entry; the data is unchanged.
- 10f: file 01 with 300 MiB of spaces inside xl/worksheets/sheet2.xml (right after the <worksheet …> start
  tag, where XML allows whitespace): a real zip bomb that stays a valid workbook, compressed to ~0.3 MB.
- 10g a PNG image, 10h a text file, 10i an empty file, 10j a zip holding a text file: all named .xlsx.
"""
import json
import random
import struct
import sys
import zipfile
import zlib
import os  # noqa: E402

STAMP = (2023, 7, 1, 9, 0, 0)
SHEET = "xl/worksheets/sheet2.xml"
TWO_GIB = 2 * 1024 ** 3
PADDING = 300 * 1024 ** 2


def entries(path):
    with zipfile.ZipFile(path) as z:
        return [(i.filename, z.read(i.filename)) for i in z.infolist()]


def info(name):
    i = zipfile.ZipInfo(name, STAMP)
    i.compress_type = zipfile.ZIP_DEFLATED
    return i


def declared_huge(source, target):
    with zipfile.ZipFile(target, "w") as z:
        for name, data in entries(source):
            z.writestr(info(name), data, compresslevel=9)
    blob = bytearray(open(target, "rb").read())
    with zipfile.ZipFile(target) as z:
        local = z.getinfo(SHEET).header_offset
    assert blob[local:local + 4] == b"PK\x03\x04"
    struct.pack_into("<I", blob, local + 22, TWO_GIB)  # local header: uncompressed size
    eocd = blob.rindex(b"PK\x05\x06")
    count, size, start = struct.unpack_from("<HII", blob, eocd + 10)
    at = start
    for _ in range(count):
        assert blob[at:at + 4] == b"PK\x01\x02"
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", blob, at + 28)
        name = bytes(blob[at + 46:at + 46 + name_len]).decode("utf-8")
        if name == SHEET:
            struct.pack_into("<I", blob, at + 24, TWO_GIB)  # central directory: uncompressed size
        at += 46 + name_len + extra_len + comment_len
    open(target, "wb").write(bytes(blob))


def real_bomb(source, target):
    with zipfile.ZipFile(target, "w", compresslevel=9) as z:
        for name, data in entries(source):
            if name != SHEET:
                z.writestr(info(name), data, compresslevel=9)
                continue
            head_end = data.index(b">", data.index(b"<worksheet")) + 1
            with z.open(info(name), "w") as w:  # streamed: the 300 MiB never sit in memory
                w.write(data[:head_end])
                chunk = b" " * (1024 ** 2)
                for _ in range(PADDING // len(chunk)):
                    w.write(chunk)
                w.write(data[head_end:])


def png():
    width = height = 16
    rows = b"".join(b"\x00" + bytes([200, 30, 30] * width) for _ in range(height))

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


ENTRIES = [
    ("10e-zip-declared-2GiB-sheet.xlsx", "file 01 re-zipped (Python zipfile, deflate 9), then the declared uncompressed size of xl/worksheets/sheet2.xml (附件2) patched to 2147483648 (2 GiB) in its local header and its central-directory entry; the compressed data and CRC are those of the real ~20 KB part",
     ["Correct reading: refuse before inflating (declared size far above any template; the real data would also not match it). Content otherwise = file 01."]),
    ("10f-zip-bomb-300MiB-sheet.xlsx", "file 01 re-zipped (Python zipfile, deflate 9) with 300 MiB (314572800 bytes) of spaces inserted in xl/worksheets/sheet2.xml right after the <worksheet …> start tag: that part inflates to 314653904 bytes from 312870 compressed (≈1000:1); still a valid workbook",
     ["Correct reading: refuse (size/ratio guard) rather than inflate 300 MiB; if it were read, the content is that of file 01."]),
    ("10g-png-renamed.xlsx", "a 16×16 PNG image (79 bytes) named .xlsx", ["Correct reading: not a workbook (PNG signature 89 50 4E 47)."]),
    ("10h-text-renamed.xlsx", "a UTF-8 text file (a meeting notice, 106 bytes) named .xlsx", ["Correct reading: not a workbook (plain text)."]),
    ("10i-empty-0-bytes.xlsx", "an empty file (0 bytes)", ["Correct reading: empty file."]),
    ("10j-zip-not-a-workbook.xlsx", "a zip (Python zipfile) holding only notes.txt (600 random characters); no [Content_Types].xml, no xl/workbook.xml", ["Correct reading: a zip but not a workbook."]),
]


def main():
    out, work = sys.argv[1], sys.argv[2]
    base = os.path.join(out, "01-libreoffice-resaved.xlsx")
    declared_huge(base, os.path.join(out, "10e-zip-declared-2GiB-sheet.xlsx"))
    real_bomb(base, os.path.join(out, "10f-zip-bomb-300MiB-sheet.xlsx"))
    open(os.path.join(out, "10g-png-renamed.xlsx"), "wb").write(png())
    text = "北仑区经信局会议通知\n时间：2023年7月3日上午9:00\n地点：区行政中心 5 楼会议室\n"
    open(os.path.join(out, "10h-text-renamed.xlsx"), "wb").write(text.encode("utf-8"))
    open(os.path.join(out, "10i-empty-0-bytes.xlsx"), "wb").close()
    rnd = random.Random(20230630)
    words = "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz 0123456789\n") for _ in range(600))
    with zipfile.ZipFile(os.path.join(out, "10j-zip-not-a-workbook.xlsx"), "w") as z:
        z.writestr(info("notes.txt"), words)
    manifest_path = os.path.join(work, "manifest-lo.json")
    manifest = json.load(open(manifest_path, encoding="utf-8"))
    manifest["files"] = [f for f in manifest["files"] if f["file"] not in {e[0] for e in ENTRIES}]
    base_cells = next(f["cells"] for f in manifest["files"] if f["file"] == "01-libreoffice-resaved.xlsx")
    for name, what, notes in ENTRIES:
        cells = [dict(c, reading=c["reading"] + " (if the file were read; same content as file 01)") for c in base_cells] if name.startswith(("10e", "10f")) else []
        producer = ["%s (file 01)" % manifest["libreoffice"], "Python %d.%d zipfile/zlib (odd_files.py)" % sys.version_info[:2]] if cells else ["Python %d.%d zipfile/zlib (odd_files.py)" % sys.version_info[:2]]
        manifest["files"].append({"file": name, "class": 10, "what": what, "producer": producer, "cells": cells, "notes": notes})
    manifest["files"].sort(key=lambda f: f["file"])
    json.dump(manifest, open(manifest_path, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    print("odd files written")


if __name__ == "__main__":
    main()
