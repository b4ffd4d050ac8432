"""Reading an Excel import file (``.xlsx``, and old ``.xls``) as a stream of rows.

The first worksheet is read through python-calamine; a worksheet too large to hold in memory is streamed with
openpyxl's read-only mode instead. Only the first sheet is read; the reader names it and the others
(:attr:`TableReader.sheets`) so that a refusal can say so.
"""

from __future__ import annotations

import itertools
import zipfile
from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.imports.columns import known_headers_in
from desktop.imports.table_reader import (
    EmptyFileError,
    TableReader,
    UnreadableFileError,
    headers_below_a_title,
    unreadable_binary,
)

#: A worksheet whose XML is larger than this is streamed with openpyxl (calamine loads a sheet whole).
CALAMINE_MAX_SHEET_XML = 48 * 1024 * 1024
#: What a workbook may unpack to, all its parts together: Excel's 1,048,576 rows of a dozen columns are about
#: 800 MB of XML. A workbook is a zip: without a cap, 1 MB of file unpacked to 4 GB in memory.
MAX_WORKBOOK_UNPACKED = 1024 * 1024 * 1024
#: A part larger than this (unpacked) may not unpack to more than MAX_UNPACK_RATIO times its packed size:
#: spreadsheets' XML packs about 10-30 to 1, a zip bomb about 1,000 to 1.
RATIO_CHECKED_FROM = 16 * 1024 * 1024
MAX_UNPACK_RATIO = 100


def cell_text(value: Any) -> str:
    """A worksheet cell as the text a CSV export would hold. Real Excel dates (Gregorian) become Jalali."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        from desktop.domain.jalali import format_jalali

        text = format_jalali(value.date(), persian_digits=False)
        return text if value.time() == time() else f"{text} {value:%H:%M}"
    if isinstance(value, date):
        from desktop.domain.jalali import format_jalali

        return format_jalali(value, persian_digits=False)
    if isinstance(value, time):
        return f"{value:%H:%M}"
    if isinstance(value, timedelta):
        return str(value.total_seconds() / 86400)
    return str(value).strip()


def open_workbook(path: Path) -> TableReader:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" not in names:
                raise unreadable_binary(path)
            parts = archive.infolist()
            sheets = [info.file_size for info in parts
                      if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml")]
    except (zipfile.BadZipFile, OSError) as error:
        raise UnreadableFileError(path, QT_TRANSLATE_NOOP(
            "Import", "{file} is not a valid Excel workbook.")) from error
    _refuse_a_bomb(path, parts)
    if sheets and max(sheets) > CALAMINE_MAX_SHEET_XML:
        return _OpenpyxlReader(path)
    return CalamineReader(path)


def _refuse_a_bomb(path: Path, parts: list[zipfile.ZipInfo]) -> None:
    """Refuse a workbook that would unpack to more than any spreadsheet does, before a reader unpacks it. The
    sizes are the ones the zip declares: Python's zipfile (openpyxl) unpacks no more than a part declares, and
    calamine refuses a part that unpacks to another size than declared."""
    unpacked = sum(info.file_size for info in parts)
    if unpacked > MAX_WORKBOOK_UNPACKED:
        raise UnreadableFileError(path, QT_TRANSLATE_NOOP(
            "Import", "{file} cannot be imported: it would unpack to {size} MB, more than the {limit} MB a "
                      "workbook may hold."),
            size=-(-unpacked // (1024 * 1024)), limit=MAX_WORKBOOK_UNPACKED // (1024 * 1024))
    for info in parts:
        if info.file_size > RATIO_CHECKED_FROM and info.file_size > MAX_UNPACK_RATIO * max(info.compress_size, 1):
            raise UnreadableFileError(path, QT_TRANSLATE_NOOP(
                "Import", "{file} cannot be imported: its part {part} unpacks to {ratio} times its size, which "
                          "no spreadsheet does (a damaged or crafted file)."),
                part=info.filename, ratio=info.file_size // max(info.compress_size, 1))


def _trimmed(values: list[Any]) -> list[str]:
    """A worksheet row's cells as text, without the empty cells after its last value."""
    cells = [cell_text(v) for v in values]
    while cells and not cells[-1]:
        cells.pop()
    return cells


class _WorksheetReader(TableReader):
    format = "xlsx"

    def _start(self, source: Iterator[tuple[int, list[Any]]], total: int) -> None:
        self._source = source
        self._total = total
        self._done = 0
        self._first: tuple[int, list[str]] | None = None
        for line, values in source:
            cells = _trimmed(values)
            if any(cells):
                if not known_headers_in(cells):
                    line, cells = self._below_a_title(line, cells)
                self._check_header(cells, line)
                break
        else:
            if len(self.sheets) > 1:  # an empty first sheet: the data is likely on another
                raise self._no_data_rows()
            raise EmptyFileError(self.path, QT_TRANSLATE_NOOP("Import", "{file} is empty."))
        self._first = next(self._shaped_rows(), None)
        if self._first is None:
            raise self._no_data_rows()

    def _below_a_title(self, line: int, cells: list[str]) -> tuple[int, list[str]]:
        """The header row of a sheet whose first row holds no known column header, found below a title
        (:func:`headers_below_a_title`, :attr:`title_rows` says which rows were left out); else the first row, the
        rows looked at put back (as text: :meth:`_shaped_rows` reads their cells as they are), and
        :attr:`headers_hint` the line of a row below with some known header."""
        search = headers_below_a_title(line, ((at, _trimmed(values)) for at, values in self._source))
        if search.headers is not None:
            self.title_rows = search.title_rows
            return search.headers
        self.headers_hint = search.hint
        self._source = itertools.chain(search.looked, self._source)
        return line, cells

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        first, self._first = self._first, None
        rest = self._shaped_rows()
        return rest if first is None else itertools.chain((first,), rest)

    def _shaped_rows(self) -> Iterator[tuple[int, list[str]]]:
        width = len(self.headers)
        text: Callable[[Any], str] = cell_text
        wide = self.wide_rows
        for line, values in self._source:
            self._done = line
            cells = [v.strip() if type(v) is str else text(v) for v in values]
            if len(cells) != width:
                if len(cells) < width:
                    cells += [""] * (width - len(cells))
                elif any(cells[width:]):  # the cells are stripped already
                    wide[line] = len(cells)
            if any(cells):
                yield line, cells

    def progress(self) -> tuple[int, int]:
        return self._done, self._total


class CalamineReader(_WorksheetReader):
    def __init__(self, path: Path) -> None:
        super().__init__(path)
        from python_calamine import CalamineError, CalamineWorkbook

        try:
            self._book = CalamineWorkbook.from_path(str(path))
            self.sheets = tuple(self._book.sheet_names)
            sheet = self._book.get_sheet_by_index(0)
        except (CalamineError, ValueError, OSError) as error:
            raise UnreadableFileError(path, QT_TRANSLATE_NOOP(
                "Import", "{file} is not a valid Excel workbook.")) from error
        first = (sheet.start or (0, 0))[0] + 1
        try:
            self._start(((first + i, row) for i, row in enumerate(sheet.iter_rows())), sheet.height + first - 1)
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        book = getattr(self, "_book", None)
        if book is not None:
            self._book = None
            try:
                book.close()
            except Exception:  # already closed
                pass


class _OpenpyxlReader(_WorksheetReader):
    def __init__(self, path: Path) -> None:
        super().__init__(path)
        import openpyxl

        try:
            self._book = openpyxl.load_workbook(path, read_only=True, data_only=True)
            self.sheets = tuple(self._book.sheetnames)
            sheet = self._book.worksheets[0]
        except Exception as error:  # openpyxl raises many kinds on damaged workbooks
            raise UnreadableFileError(path, QT_TRANSLATE_NOOP(
                "Import", "{file} is not a valid Excel workbook.")) from error
        try:
            self._start(enumerate(sheet.iter_rows(values_only=True), start=1), sheet.max_row or 0)
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        book = getattr(self, "_book", None)
        if book is not None:
            self._book = None
            book.close()
