#!/usr/bin/python3
"""Makes the LibreOffice-produced files of the returned-workbook corpus (test/fixtures/returns/).

Run with Debian's /usr/bin/python3 (it has the `uno` module of python3-uno), not a pyenv python:

    /usr/bin/python3 scripts/corpus/lo_corpus.py TEMPLATES_DIR OUT_DIR WORK_DIR

TEMPLATES_DIR holds the exceljs templates written by the project's CLI (make-corpus.sh writes them):
区经信局.xlsx, 资规分局.xlsx, 区科技局.xlsx. Every edit that makes a file's class is done here by
LibreOffice (headless soffice driven over a UNO pipe): typing actuals, inserting/sorting/deleting rows,
renaming/moving/copying sheets, adding sheets, deleting a column, storing as .xlsx/.ods/.xls/.csv, storing
with a password. A few files get a final raw-XML step afterwards (raw_xml.mjs); those are saved in WORK_DIR
and finished from there.

It also writes WORK_DIR/manifest-lo.json (make-corpus.sh turns it into OUT_DIR/manifest.json): for every file, every cell typed, with the cell address it ends at
(after the edit), the indicator id, the year, what is stored and the correct reading. verify.mjs checks the
files against it by reading them back.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import NamedValue, PropertyValue
from com.sun.star.lang import Locale
from com.sun.star.table import TableSortField

A2 = "附件2 目标任务分解"
A1 = "附件1 四倍增、五跃升目标"
BODY = "正文其他量化目标"
INFO = "BL_模板信息"

XLSX = "Calc MS Excel 2007 XML"
ODS = "calc8"
XLS = "MS Excel 97"
CSV = "Text - txt - csv (StarCalc)"


def pv(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def nv(name, value):
    p = NamedValue()
    p.Name = name
    p.Value = value
    return p


class Office:
    """A headless soffice of our own (own profile, own pipe), ended by its pid when done."""

    def __init__(self, profile):
        self.pipe = "beilun_corpus_%d" % os.getpid()
        self.proc = subprocess.Popen(
            [
                "soffice",
                "--headless",
                "--invisible",
                "--nologo",
                "--norestore",
                "--nodefault",
                "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
                "--accept=pipe,name=%s;urp;" % self.pipe,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        last = None
        for _ in range(120):
            try:
                self.ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe)
                break
            except Exception as error:  # noqa: BLE001 (soffice not listening yet)
                last = error
                time.sleep(0.5)
        else:
            self.close()
            raise RuntimeError("soffice did not start: %s" % last)
        self.desktop = self.ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)

    def version(self):
        provider = self.ctx.ServiceManager.createInstanceWithContext(
            "com.sun.star.configuration.ConfigurationProvider", self.ctx
        )
        access = provider.createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationAccess", (pv("nodepath", "/org.openoffice.Setup/Product"),)
        )
        return "%s %s" % (access.getByName("ooName"), access.getByName("ooSetupVersionAboutBox"))

    def open(self, path, password=None):
        props = [pv("Hidden", True)]
        if password is not None:
            props.append(pv("Password", password))
        return self.desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0, tuple(props))

    def close(self):
        try:
            self.desktop.terminate()
        except Exception:  # noqa: BLE001 (the bridge goes away while terminating)
            pass
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()


class Book:
    """One workbook being made: the LibreOffice document and the manifest entries of what was typed."""

    def __init__(self, office, template, name, klass, what):
        self.office = office
        self.doc = office.open(template)
        self.entry = {"file": name, "class": klass, "what": what, "producer": [], "cells": [], "notes": []}

    def sheet(self, name):
        return self.doc.Sheets.getByName(name)

    def format_key(self, code):
        formats = self.doc.NumberFormats
        key = formats.queryKey(code, Locale(), False)
        return key if key != -1 else formats.addNew(code, Locale())

    def put(self, sheet, address, content, number_format=None):
        """Types into a cell as a user would: a number, a text, or a formula (LibreOffice syntax)."""
        cell = self.sheet(sheet).getCellRangeByName(address)
        if number_format is not None:
            cell.NumberFormat = self.format_key(number_format)
        if isinstance(content, (int, float)):
            cell.setValue(content)
        elif content.startswith("="):
            cell.setFormula(content)
        else:
            cell.setString(content)
        return cell

    def actual(self, sheet, address, indicator, year, content, reading, number_format=None, at=None, stored=None, cached=None):
        """Types an actual and records it. `at` is the address it ends at when a later edit moves it."""
        self.put(sheet, address, content, number_format)
        self.record(sheet, at or address, indicator, year, content, reading, number_format, stored, typed_at=address, cached=cached)

    def record(self, sheet, address, indicator, year, content, reading, number_format=None, stored=None, typed_at=None, cached=None, should_read=True):
        kind = "number" if isinstance(content, (int, float)) else "formula" if content.startswith("=") else "text"
        cell = {"sheet": sheet, "cell": address, "indicatorId": indicator, "year": year, "typed": content, "kind": kind}
        if number_format is not None:
            cell["numberFormat"] = number_format
        if stored is not None:
            cell["stored"] = stored
        if cached is not None:
            cell["cached"] = cached
        if typed_at is not None and typed_at != address:
            cell["typedAt"] = typed_at
        cell["reading"] = reading
        if not should_read:
            cell["shouldRead"] = False
        self.entry["cells"].append(cell)

    def check(self, sheet, address, value, formula=None):
        """Records a non-actual cell the file's class depends on (a header, a note, a shifted code)."""
        check = {"sheet": sheet, "cell": address, "value": value}
        if formula is not None:
            check["formula"] = formula
        self.entry.setdefault("checks", []).append(check)

    def note(self, text):
        self.entry["notes"].append(text)

    def store(self, path, filter_name=XLSX, extra=()):
        self.doc.calculateAll()
        props = (pv("FilterName", filter_name),) + tuple(extra)
        self.doc.storeToURL(uno.systemPathToFileUrl(path), props)
        self.entry["producer"].append("%s (filter \"%s\")" % (self.office.version(), filter_name))

    def done(self):
        self.doc.close(True)
        return self.entry


def reading(indicator, year, value, sheet=A2, address=None, extra=""):
    where = "'%s'!%s" % (sheet, address) if address else sheet
    text = "%d actual of %s at %s is %s" % (year, indicator, where, value)
    return text + (" " + extra if extra else "")


def standard(book, rows, sheet=A2):
    """Types the usual few actuals of 区经信局; `rows` maps indicator id to its (possibly moved) row."""
    values = [
        ("A2-01", 2022, "I", 126.4),
        ("A2-01", 2023, "L", 70.3),
        ("A2-05", 2023, "L", 24),
        ("A2-26", 2023, "L", 2480),
    ]
    for indicator, year, column, value in values:
        if indicator not in rows:
            continue
        address = "%s%d" % (column, rows[indicator])
        book.actual(sheet, address, indicator, year, value, reading(indicator, year, value, sheet, address))


# Rows of 区经信局's 附件2 as the template writes them (A2-01 … A2-34 in rows 4 … 23).
JXJ_ROWS = {
    "A2-01": 4, "A2-04": 5, "A2-05": 6, "A2-06": 7, "A2-12": 8, "A2-13": 9, "A2-17": 10, "A2-19a": 11,
    "A2-19b": 12, "A2-20": 13, "A2-21": 14, "A2-22": 15, "A2-26": 16, "A2-27": 17, "A2-28": 18, "A2-29": 19,
    "A2-30": 20, "A2-31": 21, "A2-32": 22, "A2-34": 23,
}


def shifted(rows, from_row, by):
    return {k: (r + by if r >= from_row else r) for k, r in rows.items()}


def make_all(office, templates, out, work):
    jxj = os.path.join(templates, "区经信局.xlsx")
    zgfj = os.path.join(templates, "资规分局.xlsx")
    kjj = os.path.join(templates, "区科技局.xlsx")
    entries = []

    def path(name):
        return os.path.join(out, name)

    # 0 ─ the template as units receive it (the project's exceljs writer), untouched: the reference.
    shutil.copyfile(jxj, path("00-exceljs-template-区经信局.xlsx"))
    entries.append({
        "file": "00-exceljs-template-区经信局.xlsx", "class": 0,
        "what": "reference: the template exactly as the project writes it (npx tsx src/cli/template.ts --out … --unit 区经信局), no actuals",
        "producer": ["project exceljs writer (exceljs 4.4.0)"], "cells": [],
        "notes": ["No actual is filled: every actual up to 2023 with a target is blank (not yet reported). Formulas have no cached values (fullCalcOnLoad)."],
    })

    # 1 ─ baseline: re-saved by LibreOffice with a few actuals typed.
    b = Book(office, jxj, "01-libreoffice-resaved.xlsx", 1, "区经信局 template opened in LibreOffice, actuals typed as numbers, saved as .xlsx")
    for indicator, year, address, value in [
        ("A2-01", 2021, "F4", 108.6), ("A2-01", 2022, "I4", 126.4), ("A2-01", 2023, "L4", 70.3),
        ("A2-05", 2021, "F6", 17), ("A2-05", 2022, "I6", 21), ("A2-05", 2023, "L6", 24),
        ("A2-06", 2023, "L7", 0.115),
        ("A2-26", 2021, "F16", 1050), ("A2-26", 2022, "I16", 2030), ("A2-26", 2023, "L16", 2480),
    ]:
        b.actual(A2, address, indicator, year, value, reading(indicator, year, value, A2, address))
    b.actual(BODY, "I7", "B-05", 2022, 1, reading("B-05", 2022, "1 (100%)", BODY, "I7"))
    b.note("附件1's 实绩 cells (e.g. '%s'!G5 for A2-01 2023) are the template's display formulas; LibreOffice saved their cached results (G5 shows 70.3). They are not inputs." % A1)
    b.store(path("01-libreoffice-resaved.xlsx"))
    entries.append(b.done())

    # 2a ─ a blank row inserted between A2-13 (row 9) and A2-17 (row 10).
    b = Book(office, jxj, "02a-row-inserted.xlsx", 2, "附件2 unprotected (no password), one blank row inserted above row 10 (between A2-13 and A2-17), re-protected; actuals typed after the insertion")
    s = b.sheet(A2)
    s.unprotect("")
    s.Rows.insertByIndex(9, 1)
    s.protect("")
    rows = shifted(JXJ_ROWS, 10, 1)
    standard(b, rows)
    b.actual(A2, "L11", "A2-17", 2023, 33, reading("A2-17", 2023, 33, A2, "L11"))
    b.check(A2, "B10", None)
    b.check(A2, "B11", "A2-17")
    b.note("Row 10 of 附件2 is empty (A10:T10 blank). BL_Annex2 grows to $A$3:$T$24; 附件1's links to rows ≥ 10 move down (G4 shows L11).")
    b.store(path("02a-row-inserted.xlsx"))
    entries.append(b.done())

    # 2b ─ rows sorted by 代码 descending (actuals typed before the sort move with their rows).
    b = Book(office, jxj, "02b-rows-sorted-desc.xlsx", 2, "actuals typed, then 附件2 unprotected, its 指标类别 merges (A4:A9, A10:A15, A16:A22) unmerged (LibreOffice cannot sort merged cells), A4:T23 sorted by 代码 (column B) descending, re-protected")
    reverse = {k: 27 - r for k, r in JXJ_ROWS.items()}
    for indicator, year, column, value in [("A2-01", 2022, "I", 126.4), ("A2-01", 2023, "L", 70.3), ("A2-05", 2023, "L", 24), ("A2-26", 2023, "L", 2480), ("A2-34", 2023, "L", 45.2)]:
        typed = "%s%d" % (column, JXJ_ROWS[indicator])
        final = "%s%d" % (column, reverse[indicator])
        b.actual(A2, typed, indicator, year, value, reading(indicator, year, value, A2, final), at=final)
    s = b.sheet(A2)
    s.unprotect("")
    # LibreOffice will not sort a range holding merged cells: the 指标类别 blocks are unmerged first.
    unmerged = []
    for row in range(4, 24):
        cursor = s.createCursorByRange(s.getCellRangeByName("A%d" % row))
        cursor.collapseToMergedArea()
        area = cursor.RangeAddress
        if area.EndRow > area.StartRow:
            unmerged.append("A%d:A%d" % (area.StartRow + 1, area.EndRow + 1))
            cursor.merge(False)
    field = TableSortField()
    field.Field = 1
    field.IsAscending = False
    field.IsCaseSensitive = False
    descriptor = (pv("SortFields", uno.Any("[]com.sun.star.table.TableSortField", (field,))), pv("ContainsHeader", False))
    uno.invoke(s.getCellRangeByName("A4:T23"), "sort", (descriptor,))
    if s.getCellRangeByName("B4").getString() != "A2-34":
        raise RuntimeError("sort did not happen")
    s.protect("")
    b.note("Unmerged: %s; each category text is left in the block's first cell, so after the sort column A reads 产业升级 in A4, 空间优化 in A11, 企业培育 in A17, 提质增效 in A23 and is blank elsewhere." % ", ".join(unmerged))
    b.check(A2, "B4", "A2-34")
    b.check(A2, "A4", "产业升级")
    b.check(A2, "B23", "A2-01")
    b.check(A2, "M23", 70.3 / 145, "IF(L23=\"\",\"\",L23/K23)")
    b.check(A1, "G5", 45.2, "IF('%s'!L4=\"\",\"\",'%s'!L4)" % (A2, A2))
    b.note("After the sort A2-34 is row 4 and A2-01 row 23 (the order is exactly reversed). LibreOffice does not update references from other sheets on sort: 附件1's display formulas keep pointing at the old rows, so 附件1 now shows other indicators' actuals (see verify output).")
    b.store(path("02b-rows-sorted-desc.xlsx"))
    entries.append(b.done())

    # 2c ─ one row deleted: A2-13 (row 9), a row 附件1 does not show.
    b = Book(office, jxj, "02c-row-deleted.xlsx", 2, "附件2 unprotected, row 9 (A2-13 累计新增实施清洁生产企业) deleted, re-protected; actuals typed after")
    s = b.sheet(A2)
    s.unprotect("")
    s.Rows.removeByIndex(8, 1)
    s.protect("")
    rows = {k: (r - 1 if r > 9 else r) for k, r in JXJ_ROWS.items() if k != "A2-13"}
    standard(b, rows)
    b.actual(A2, "L22", "A2-34", 2023, 45.2, reading("A2-34", 2023, 45.2, A2, "L22"))
    b.check(A2, "B9", "A2-17")
    b.note("A2-13 has no row any more (BL_Annex2 shrinks to $A$3:$T$22). Correct reading: A2-13 is missing from the file (the unit removed it), not 'not yet reported' at a shifted cell.")
    b.store(path("02c-row-deleted.xlsx"))
    entries.append(b.done())

    # 2d ─ one row deleted that 附件1 shows: A2-28 (row 18) → 附件1's G9/J9 become #REF!.
    b = Book(office, jxj, "02d-row-deleted-shown-in-annex1.xlsx", 2, "附件2 unprotected, row 18 (A2-28 规上工业全员劳动生产率, shown on 附件1 row 9) deleted, left unprotected; actuals typed after")
    s = b.sheet(A2)
    s.unprotect("")
    s.Rows.removeByIndex(17, 1)
    rows = {k: (r - 1 if r > 18 else r) for k, r in JXJ_ROWS.items() if k != "A2-28"}
    standard(b, rows)
    b.check(A2, "B18", "A2-29")
    b.check(A1, "G9", "#REF!", "IF(#REF!=\"\",\"\",#REF!)")
    b.note("附件1 row 9 (A2-28) now holds =IF(#REF!=\"\",\"\",#REF!) in G9 and J9 with cached value #REF!: a broken display link, not an actual the unit typed. Correct reading: A2-28 has no actual (its row was deleted); 附件1!G9/J9 are broken links. 附件2 is left unprotected.")
    b.store(path("02d-row-deleted-shown-in-annex1.xlsx"))
    entries.append(b.done())

    # 3a ─ 附件2 renamed.
    b = Book(office, jxj, "03a-sheet-renamed.xlsx", 3, "sheet 附件2 目标任务分解 renamed to 经信局填报 (LibreOffice updates names and 附件1's formulas); actuals typed")
    b.sheet(A2).setName("经信局填报")
    standard(b, JXJ_ROWS, sheet="经信局填报")
    b.store(path("03a-sheet-renamed.xlsx"))
    entries.append(b.done())

    # 3b ─ sheets reordered.
    b = Book(office, jxj, "03b-sheets-reordered.xlsx", 3, "sheets moved: 正文其他量化目标 first, then 附件2, then 附件1 (hidden BL_模板信息 last); actuals typed")
    b.doc.Sheets.moveByName(BODY, 0)
    b.doc.Sheets.moveByName(A2, 1)
    standard(b, JXJ_ROWS)
    b.actual(BODY, "I7", "B-05", 2022, 1, reading("B-05", 2022, "1 (100%)", BODY, "I7"))
    b.store(path("03b-sheets-reordered.xlsx"))
    entries.append(b.done())

    # 3c ─ a notes sheet 说明 added in front.
    b = Book(office, jxj, "03c-notes-sheet-added.xlsx", 3, "a sheet 说明 inserted as the first sheet with free text in A1:A4; actuals typed on 附件2")
    b.doc.Sheets.insertNewByName("说明", 0)
    for address, text in [
        ("A1", "填报说明"),
        ("A2", "1. 2023年实绩为1–6月快报数，A2-01 为 70.3 亿元。"),
        ("A3", "2. 累计腾出低效工业用地以资规分局口径为准，本表填 2480 亩。"),
        ("A4", "联系人：王科长 0574-86780000"),
    ]:
        b.put("说明", address, text)
        b.check("说明", address, text)
    standard(b, JXJ_ROWS)
    b.note("说明!A1:A4 is free text (mentions A2-01, 70.3, 2480) and is no table: nothing in it is an actual.")
    b.store(path("03c-notes-sheet-added.xlsx"))
    entries.append(b.done())

    # 4 ─ copy of 附件2 (LibreOffice copy sheet), then new figures in the original only.
    b = Book(office, jxj, "04-sheet-copied-original-updated.xlsx", 4, "older figures typed in 附件2; sheet copied by LibreOffice (copyByName) to 附件2 目标任务分解_2 right after it; then the ORIGINAL 附件2 got new figures (one is text 约60); the copy keeps the older ones")
    old = [("L4", "A2-01", 65.0), ("L6", "A2-05", 22), ("L16", "A2-26", 2300), ("L20", "A2-30", 55)]
    new = [("L4", "A2-01", 70.3), ("L6", "A2-05", 24), ("L16", "A2-26", 2480), ("L20", "A2-30", "约60")]
    for address, indicator, value in old:
        b.put(A2, address, value)
    copy = A2 + "_2"
    b.doc.Sheets.copyByName(A2, copy, 2)
    for address, indicator, value in new:
        extra = "(the current figure; text, the unit means about 60)" if isinstance(value, str) else "(the current figure)"
        b.actual(A2, address, indicator, 2023, value, reading(indicator, 2023, value, A2, address, extra))
    for address, indicator, value in old:
        b.record(copy, address, indicator, 2023, value, "older figure on the copy; not the unit's current actual (the copy was made before the original was updated): should not be read as the 2023 actual", should_read=False)
    b.note("Original: '%s' (second sheet, index/localSheetId 1), target of the workbook-level BL_Annex2. Copy: '%s' (third sheet, index/localSheetId 2), which LibreOffice gave its own sheet-level BL_Annex2 (and print titles). Correct reading: the original's figures are the unit's actuals; the copy is a stale duplicate to report, not to read." % (A2, copy))
    b.store(path("04-sheet-copied-original-updated.xlsx"))
    entries.append(b.done())

    # 5 ─ linked actuals: formulas pointing at the unit's own working sheet 测算.
    b = Book(office, jxj, "05-linked-actuals.xlsx", 5, "a sheet 测算 added (after 正文其他量化目标) with figures; 附件2 actuals are formulas to it; one link points at =1/0")
    b.doc.Sheets.insertNewByName("测算", 3)
    for address, content in [
        ("A1", "测算（区经信局内部）"), ("A4", "项目"), ("B4", "数值"),
        ("A5", "数字经济核心产业制造业增加值 1–6月（亿元）"), ("B5", 70.3),
        ("A6", "数字化车间（待统计）"), ("B6", "=1/0"),
        ("A7", "腾出低效工业用地 上年结转（亩）"), ("B7", 2030),
        ("A8", "腾出低效工业用地 1–6月新增（亩）"), ("B8", 450),
    ]:
        b.put("测算", address, content)
    b.check("测算", "B5", 70.3)
    b.check("测算", "B6", "#DIV/0!", "1/0")
    b.actual(A2, "I4", "A2-01", 2022, 126.4, reading("A2-01", 2022, 126.4, A2, "I4", "(a plain number, control)"))
    b.actual(A2, "L4", "A2-01", 2023, "=$测算.B5", reading("A2-01", 2023, 70.3, A2, "L4", "(formula 测算!B5, cached 70.3: an input that links the unit's own sheet, not a template display link)"), stored="formula 测算!B5, cached value 70.3", cached=70.3)
    b.actual(A2, "L6", "A2-05", 2023, "=$测算.B6", "2023 actual of A2-05 at '%s'!L6 is the error #DIV/0! (formula 测算!B6, and 测算!B6 is =1/0): an Excel error in an actual cell" % A2, stored="formula 测算!B6, cached error #DIV/0!", cached="#DIV/0!")
    b.actual(A2, "L16", "A2-26", 2023, "=SUM($测算.B7:B8)", reading("A2-26", 2023, 2480, A2, "L16", "(formula SUM(测算!B7:B8), cached 2480)"), stored="formula SUM(测算!B7:B8), cached value 2480", cached=2480)
    b.store(path("05-linked-actuals.xlsx"))
    entries.append(b.done())

    # 6 ─ edited year headers.
    for name, header, what in [
        ("06a-header-2023-partial.xlsx", "2023年实绩（1–6月）", "header L3 of 附件2 retyped as 2023年实绩（1–6月） (full-width parentheses, en dash)"),
        ("06b-header-fullwidth-digits.xlsx", "２０２３年实绩", "header L3 of 附件2 retyped with full-width digits ２０２３年实绩"),
        ("06c-header-spaces.xlsx", "2023 年 实绩", "header L3 of 附件2 retyped with spaces: 2023 年 实绩"),
    ]:
        b = Book(office, jxj, name, 6, what + "; actuals typed")
        s = b.sheet(A2)
        s.unprotect("")
        b.put(A2, "L3", header)
        s.protect("")
        standard(b, JXJ_ROWS)
        b.check(A2, "L3", header)
        b.note("Column L of 附件2 is still the 2023 actual column; its header reads “%s”. Other sheets' headers are unchanged." % header)
        b.store(path(name))
        entries.append(b.done())

    b = Book(office, jxj, "06d-column-2024-actual-deleted.xlsx", 6, "附件2 unprotected, column O (2024年实绩) deleted, re-protected; actuals typed after")
    s = b.sheet(A2)
    s.unprotect("")
    s.Columns.removeByIndex(14, 1)
    s.protect("")
    standard(b, JXJ_ROWS)
    b.actual(A2, "F4", "A2-01", 2021, 108.6, reading("A2-01", 2021, 108.6, A2, "F4"))
    b.check(A2, "O3", "2024年完成率")
    b.check(A2, "O4", "#REF!", "IF(#REF!=\"\",\"\",#REF!/N4)")
    b.check(A2, "Q3", "2025年实绩")
    b.note("附件2 has no 2024年实绩 column: O is now 2024年完成率 (its formulas became IF(#REF!=\"\",\"\",#REF!/N4), cached #REF!), P–R are 2025年目标/实绩/完成率, S is 牵头单位. BL_Annex2 = $A$3:$S$23. Correct reading: 2024 actuals cannot be read from this file (column missing); 2021–2023 and 2025 can.")
    b.store(path("06d-column-2024-actual-deleted.xlsx"))
    entries.append(b.done())

    # 7 ─ notes sheet 备注 with its own 代码 / 2023年实绩 table; names removed afterwards by raw_xml.mjs.
    b = Book(office, jxj, "07-names-removed-notes-table.xlsx", 7, "LibreOffice: sheet 备注 added (after 正文其他量化目标) with the unit's own small table (header 代码 | 2023年实绩 | 说明 in row 2), actuals typed on 附件2. Then raw XML (raw_xml.mjs, jszip): the whole <definedNames> element removed from xl/workbook.xml, as WPS may do")
    b.doc.Sheets.insertNewByName("备注", 3)
    for address, content in [
        ("A1", "备注（本单位自用，不是填报表）"),
        ("A2", "代码"), ("B2", "2023年实绩"), ("C2", "说明"),
        ("A3", "说明1"), ("B3", "约2500（资规分局口径）"), ("C3", "与资规分局核对中"),
        ("A4", "说明2"), ("B4", "70.3（快报）"), ("C4", "待统计局核定"),
        ("A5", "A2-26"), ("B5", "以资规分局数据为准"), ("C5", "本局填 2480，见附件2"),
    ]:
        b.put("备注", address, content)
        b.check("备注", address, content)
    standard(b, JXJ_ROWS)
    b.actual(BODY, "I7", "B-05", 2022, 1, reading("B-05", 2022, "1 (100%)", BODY, "I7"))
    b.note("备注 is not a template table: its rows (说明1, 说明2, and one with 代码 A2-26 whose 2023年实绩 cell holds the text 以资规分局数据为准) are notes, not actuals. The A2-26 2023 actual is 附件2!L16 = 2480.")
    b.note("No workbook names at all (BL_Annex1/BL_Annex2/BL_Body and the print titles are gone); the tables can only be found by their header rows.")
    b.store(os.path.join(work, "07-before-names-removed.xlsx"))
    entries.append(b.done())

    # 8 ─ dates and annotated text in actual cells.
    b = Book(office, jxj, "08-dates-and-annotated-text.xlsx", 8, "actuals typed: a date serial with a date format in a 亿元 cell, a date as text, and figures with a note in parentheses")
    b.actual(A2, "I4", "A2-01", 2022, 126.4, reading("A2-01", 2022, 126.4, A2, "I4", "(control)"))
    b.actual(A2, "L4", "A2-01", 2023, 45107, "2023 actual of A2-01 (亿元) at '%s'!L4 holds the date 2023-06-30 (serial 45107, format yyyy/m/d): a date, not 45107 亿元 nor a figure — the unit typed the report date into the figure cell" % A2, number_format="YYYY/M/D", stored="number 45107, numFmt yyyy/m/d")
    b.actual(A2, "L23", "A2-34", 2023, "2023年6月30日", "2023 actual of A2-34 (亿元) at '%s'!L23 is the text 2023年6月30日: a date as text, no figure" % A2)
    b.actual(A2, "L8", "A2-12", 2023, "63（初步）", "2023 actual of A2-12 at '%s'!L8 is the text 63（初步）: figure 63 with the note 初步 (preliminary); stored as text" % A2)
    b.actual(A2, "L17", "A2-27", 2023, "45（快报）", "2023 actual of A2-27 at '%s'!L17 is the text 45（快报）: figure 45 with the note 快报 (flash estimate); stored as text" % A2)
    b.actual(A2, "L14", "A2-21", 2023, "70（预计）", "2023 actual of A2-21 at '%s'!L14 is the text 70（预计）: figure 70 with the note 预计 (forecast, not an actual); stored as text" % A2)
    b.store(path("08-dates-and-annotated-text.xlsx"))
    entries.append(b.done())

    # 9 ─ co-lead disagreement on A2-26, and one unit's two versions.
    b = Book(office, zgfj, "09a-co-lead-资规分局-A2-26.xlsx", 9, "资规分局 template (--unit 资规分局), A2-26 2023 actual typed")
    b.actual(A2, "L4", "A2-26", 2023, 2100, reading("A2-26", 2023, 2100, A2, "L4", "(资规分局's figure; 区经信局 reports 1750 in 09b)"))
    b.store(path("09a-co-lead-资规分局-A2-26.xlsx"))
    entries.append(b.done())

    b = Book(office, jxj, "09b-co-lead-区经信局-A2-26.xlsx", 9, "区经信局 template (--unit 区经信局), A2-26 2023 actual typed")
    b.actual(A2, "L16", "A2-26", 2023, 1750, reading("A2-26", 2023, 1750, A2, "L16", "(区经信局's figure; 资规分局 reports 2100 in 09a): co-leads disagree, 350 亩 apart"))
    b.store(path("09b-co-lead-区经信局-A2-26.xlsx"))
    entries.append(b.done())

    for name, when, figures, what in [
        ("09c-区科技局-a.xlsx", "2023-07-12T08:30:00Z", (33.8, 2415, 462), "NEWER version (dcterms:modified 2023-07-12T08:30:00Z)"),
        ("09d-区科技局-b.xlsx", "2023-07-05T02:10:00Z", (31.5, 2380, 455), "OLDER version (dcterms:modified 2023-07-05T02:10:00Z)"),
    ]:
        b = Book(office, kjj, name, 9, "区科技局 template, actuals typed; %s. LibreOffice stamps the save time; raw_xml.mjs then sets docProps/core.xml dcterms:modified (and dcterms:created 2023-07-01T01:00:00Z)" % what)
        b.actual(A2, "I4", "A2-03", 2022, 61.2, reading("A2-03", 2022, 61.2, A2, "I4", "(same in both versions)"))
        for address, indicator, value in zip(("L4", "L6", "L7"), ("A2-03", "A2-24", "A2-25"), figures):
            b.actual(A2, address, indicator, 2023, value, reading(indicator, 2023, value, A2, address, "in this %s" % what.split(" (")[0].lower()))
        b.entry["modified"] = when
        b.note("The two files 09c/09d are the same unit's; the file name order (a, b) is the reverse of their time order on purpose: 09c (a) is the newer one. Correct reading: take 09c's figures (33.8, 2415, 462) and tell that 09d is superseded.")
        b.store(os.path.join(work, name))
        entries.append(b.done())

    # 10 ─ other formats, from the same content as file 01 (fewer cells).
    b = Book(office, jxj, "10a…c", 10, "")
    typed_10 = [("A2-01", 2022, "I4", 126.4), ("A2-01", 2023, "L4", 70.3), ("A2-26", 2023, "L16", 2480)]
    for indicator, year, address, value in typed_10:
        b.put(A2, address, value)
    b.doc.calculateAll()
    version = office.version()
    correct = {
        "10a": "Correct reading: an OpenDocument spreadsheet, not .xlsx: say so and ask for .xlsx (or read it: LibreOffice opens it with all the content).",
        "10b": "Correct reading: a legacy .xls (BIFF8 in an OLE file): say so specifically and ask for .xlsx.",
        "10c": "Correct reading: a CSV of 附件2 only (no names, no other sheets, no template info): say so; its rows and columns are the sheet's (header row 3, A2-01 in row 4, 2023年实绩 in column L), values as shown (70.30, 2480.0, 48.5%).",
        "10d": "Correct reading: a password-protected (encrypted) workbook: say that it needs its password removed (打开密码), not that it is no valid .xlsx.",
        "10l": "Correct reading: an old .xls saved under an .xlsx name: say so (judge by the bytes, not the name).",
        "10k": "No genuine WPS .et could be made here. Correct reading for this stand-in: judge by the bytes (an OLE/BIFF8 .xls) and say the format is not supported.",
    }
    for name, filter_name, extra, what in [
        ("10a-libreoffice.ods", ODS, (), "saved as OpenDocument (.ods)"),
        ("10b-libreoffice-excel97.xls", XLS, (), "saved with the MS Excel 97 filter (.xls, BIFF8 in an OLE compound file)"),
        ("10c-libreoffice-annex2.csv", CSV, (pv("FilterOptions", "44,34,76,1,,0,false,true,true,false,false,2"),), "附件2 only, saved as CSV (UTF-8, comma, quoted text) by LibreOffice"),
        ("10d-encrypted-password.xlsx", XLSX, (pv("EncryptionData", uno.Any("[]com.sun.star.beans.NamedValue", (nv("OOXPassword", "beilun2023"), nv("CryptoType", "Standard")))),), "saved as .xlsx with the password beilun2023 (ECMA-376 standard encryption, an OLE compound file: D0 CF 11 E0)"),
        ("10l-xls-bytes-named-xlsx.xlsx", XLS, (), "the .xls (MS Excel 97) bytes under an .xlsx name, as when someone renames a .xls"),
        ("10k-stand-in-not-real-wps.et", XLS, (), "NOT a real WPS .et (no WPS here): the MS Excel 97 bytes under an .et name, standing in for it"),
    ]:
        b.doc.storeToURL(uno.systemPathToFileUrl(path(name)), (pv("FilterName", filter_name),) + extra)
        if filter_name == CSV:  # with a sheet number LibreOffice appends "-<sheet name>" to the file name
            os.replace(path(name[:-4] + "-" + A2 + ".csv"), path(name))
        cells = [
            {"sheet": A2, "cell": address, "indicatorId": indicator, "year": year, "typed": value, "kind": "number",
             "reading": reading(indicator, year, value, A2, address, "(if the format were read)")}
            for indicator, year, address, value in typed_10
        ]
        entries.append({
            "file": name, "class": 10, "what": "区经信局 template, actuals 附件2!I4 126.4 (A2-01 2022), L4 70.3 (A2-01 2023), L16 2480 (A2-26 2023); " + what,
            "producer": ["%s (filter \"%s\")" % (version, filter_name)], "cells": cells, "notes": [correct[name[:3]]],
        })
    b.done()

    # 11 ─ actuals typed as text.
    b = Book(office, jxj, "11-text-typed-numbers-and-percent.xlsx", 11, "cells formatted as text (@) in LibreOffice, then typed; and a % cell typed as the number 0.12")
    b.actual(A2, "L8", "A2-12", 2023, "63", "2023 actual of A2-12 at '%s'!L8 is 63, stored as the text \"63\" (cell format @)" % A2, number_format="@")
    b.actual(A2, "I7", "A2-06", 2022, "12%", "2022 actual of A2-06 (%%) at '%s'!I7 is 12%% = 0.12, stored as the text \"12%%\" (cell format @)" % A2, number_format="@")
    b.actual(A2, "L7", "A2-06", 2023, 0.12, "2023 actual of A2-06 (%%) at '%s'!L7 is 0.12 = 12%% (a number, template format 0.0%%)" % A2)
    b.actual(A2, "L4", "A2-01", 2023, 70.3, reading("A2-01", 2023, 70.3, A2, "L4", "(a plain number, control)"))
    b.store(path("11-text-typed-numbers-and-percent.xlsx"))
    entries.append(b.done())

    # Read the other formats back in LibreOffice (10d with its password), to show what they hold.
    for e in entries:
        name = e["file"]
        if e["class"] != 10 or name.endswith(".csv"):
            continue
        password = "beilun2023" if name.startswith("10d") else None
        check = office.open(path(name), password=password)
        if check is None:
            e["notes"].append("LibreOffice could not open it again.")
            continue
        sheets = check.Sheets
        found = [n for n in sheets.ElementNames if n.startswith("附件2")]
        cells = sheets.getByName(found[0]) if found else None
        got = ", ".join("%s=%s" % (a, cells.getCellRangeByName(a).getString()) for a in ("I4", "L4", "L16")) if cells else "no 附件2"
        e["notes"].append("Re-opened in LibreOffice%s: sheets %s; 附件2 %s." % (" with the password beilun2023" if password else "", " | ".join(sheets.ElementNames), got))
        check.close(True)
    return entries


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: /usr/bin/python3 lo_corpus.py TEMPLATES_DIR OUT_DIR WORK_DIR")
    templates, out, work = (os.path.abspath(a) for a in sys.argv[1:4])
    os.makedirs(out, exist_ok=True)
    os.makedirs(work, exist_ok=True)
    profile = tempfile.mkdtemp(prefix="corpus-lo-profile-")
    office = Office(profile)
    try:
        entries = make_all(office, templates, out, work)
        version = office.version()
    finally:
        office.close()
        shutil.rmtree(profile, ignore_errors=True)
    with open(os.path.join(work, "manifest-lo.json"), "w", encoding="utf-8") as f:
        json.dump({"libreoffice": version, "files": entries}, f, ensure_ascii=False, indent=2)
    print("LibreOffice files written (%s): %d" % (version, len(entries)))


if __name__ == "__main__":
    main()
