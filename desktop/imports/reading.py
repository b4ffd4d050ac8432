"""Opening an import file of any supported kind as a stream of rows, never the whole file at once.

* CSV: the encoding comes from the byte-order mark (UTF-8, UTF-16 LE/BE); without one the first 64 KB must be
  strict UTF-8, else the file is read as Windows-1256. The delimiter is the most frequent of ``, ; tab |`` on
  the header line.
* Excel ``.xlsx`` (and old ``.xls``): the first worksheet, through python-calamine; a worksheet too large to
  hold in memory is streamed with openpyxl's read-only mode instead. Only the first sheet is read; the reader
  names it and the others (:attr:`TableReader.sheets`) so that a refusal can say so.

Every row comes as ``(line, cells)``: the line number a person sees (header = its own line, usually 1) and the
cell texts as a list aligned with :attr:`TableReader.headers`. A row with values beyond the header's columns is
still yielded, and its line noted in :attr:`TableReader.wide_rows` for the checker to refuse. Unreadable, empty,
header-less or header-only files raise an :class:`ImportFileError` (a :class:`DomainError` of context "Import")
naming the file - the first data row is read ahead when the file is opened, so a file with nothing to import is
refused before its columns are matched.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
import zipfile
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

from desktop.domain.messages import QT_TRANSLATE_NOOP, Bilingual, DomainError
from desktop.domain.system_errors import describe_os_error

IMPORT_CONTEXT = "Import"
SAMPLE_BYTES = 64 * 1024
DELIMITERS = (",", ";", "\t", "|")
#: A worksheet whose XML is larger than this is streamed with openpyxl (calamine loads a sheet whole).
CALAMINE_MAX_SHEET_XML = 48 * 1024 * 1024
#: What a workbook may unpack to, all its parts together: Excel's 1,048,576 rows of a dozen columns are about
#: 800 MB of XML. A workbook is a zip: without a cap, 1 MB of file unpacked to 4 GB in memory.
MAX_WORKBOOK_UNPACKED = 1024 * 1024 * 1024
#: A part larger than this (unpacked) may not unpack to more than MAX_UNPACK_RATIO times its packed size:
#: spreadsheets' XML packs about 10-30 to 1, a zip bomb about 1,000 to 1.
RATIO_CHECKED_FROM = 16 * 1024 * 1024
MAX_UNPACK_RATIO = 100

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Control characters other than tab, line feed, form feed and carriage return: never in a real text export.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_LOOKS_LIKE_DATA = re.compile(r"^[\s\d\u06f0-\u06f9\u0660-\u0669.,/:\-+٫٬]+$")

csv.field_size_limit(1024 * 1024)


class ImportFileError(DomainError):
    """The file as a whole cannot be imported; ``path`` names it."""

    def __init__(self, path: Path, message: str, **params: Any) -> None:
        self.path = Path(path)
        super().__init__(IMPORT_CONTEXT, message, {"file": self.path.name, **params})


class UnreadableFileError(ImportFileError):
    """Not a CSV or Excel file we can read: binary garbage, broken bytes for its encoding, a damaged workbook."""


class EmptyFileError(ImportFileError):
    """Nothing to import: no bytes, only blank lines, or a header without rows."""


class NoHeaderError(ImportFileError):
    """The first row holds data, not column headers."""


NO_DATA_ROWS = QT_TRANSLATE_NOOP("Import", "{file} has column headers but no data rows: there is nothing to import.")
FIRST_SHEET_HAS_NO_ROWS = QT_TRANSLATE_NOOP(
    "Import", "The first sheet of {file}, '{sheet}', has no data rows, and only a workbook's first sheet is read. "
              "Its other sheets: {sheets}. Move the data to the first sheet, or save its sheet as a file of its "
              "own.")


def listed_sheets(names: Sequence[str]) -> Bilingual:
    """Sheet names as a message lists them: «آمار»، «Notes» in Persian, 'آمار', 'Notes' in English."""
    return Bilingual("، ".join(f"«{name}»" for name in names), ", ".join(f"'{name}'" for name in names))


def _unreadable_binary(path: Path) -> UnreadableFileError:
    return UnreadableFileError(path, QT_TRANSLATE_NOOP(
        "Import", "{file} is not a text (CSV) or Excel file that can be read."))


class TableReader:
    """An open import file. Use as a context manager; iterate :meth:`rows` once."""

    format: str = ""
    encoding: str = ""
    delimiter: str = ""
    # A workbook's sheets in order, the first the one read (empty for a CSV file).
    sheets: tuple[str, ...] = ()

    def __init__(self, path: Path) -> None:
        self.path = path
        self.headers: list[str] = []
        self.header_line = 1
        # Line -> how many fields it has, for each row read so far with a value after the header's last column
        # (an unquoted delimiter, a shifted export): its values cannot be matched to columns. Filled as
        # :meth:`rows` reads - the length of a row is compared with the header's anyway, to pad a short one -
        # and emptied by the checker as it refuses them.
        self.wide_rows: dict[int, int] = {}

    @property
    def sheet(self) -> str:
        """The name of the sheet read ('' for a CSV file)."""
        return self.sheets[0] if self.sheets else ""

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """``(line, cells)`` for each non-blank row after the header; ``cells`` has at least one entry per
        header (short rows are padded with ``''``; a longer row is noted in :attr:`wide_rows`)."""
        raise NotImplementedError

    def records(self) -> Iterator[tuple[int, dict[str, str]]]:
        """Like :meth:`rows`, as ``{header: text}`` (a later duplicate header overwrites an earlier one)."""
        headers = self.headers
        for line, cells in self.rows():
            yield line, dict(zip(headers, cells, strict=False))

    def progress(self) -> tuple[int, int]:
        """(done, total) in bytes of a CSV file, or rows of a worksheet (total 0 when unknown)."""
        return 0, 0

    def close(self) -> None:
        pass

    def __enter__(self) -> TableReader:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def _check_header(self, cells: list[str], line: int) -> None:
        filled = [cell for cell in cells if cell]
        if any(_LOOKS_LIKE_DATA.match(cell) for cell in filled):  # a header is never a number or a date
            raise NoHeaderError(self.path, QT_TRANSLATE_NOOP(
                "Import", "The first row of {file} holds data, not column headers."), line=line)
        self.headers = cells
        self.header_line = line

    def _no_data_rows(self) -> EmptyFileError:
        """The error of a file with a header and nothing after it; a workbook's names the sheet read and the others
        (the data is likely on another sheet)."""
        if len(self.sheets) > 1:
            return EmptyFileError(self.path, FIRST_SHEET_HAS_NO_ROWS, sheet=self.sheet,
                                  sheets=listed_sheets(self.sheets[1:]))
        return EmptyFileError(self.path, NO_DATA_ROWS)

    def _note_if_wide(self, line: int, cells: list[str]) -> None:
        """Called only for a row longer than the header: noted when a value lies beyond the header's columns
        (blank cells there - a trailing delimiter on every line - are harmless)."""
        if any(cell.strip() for cell in cells[len(self.headers):]):
            self.wide_rows[line] = len(cells)


def open_table(path: Path | str) -> TableReader:
    """Open ``path`` (CSV or Excel, told apart by content, not by name) for reading."""
    path = Path(path)
    try:
        with path.open("rb") as file:
            head = file.read(SAMPLE_BYTES)
            size = file.seek(0, io.SEEK_END)
    except OSError as error:
        raise UnreadableFileError(path, QT_TRANSLATE_NOOP("Import", "{file} could not be read: {error}"),
                                  error=describe_os_error(error)) from error
    if head.startswith(_ZIP_MAGIC):
        return _open_workbook(path)
    if head.startswith(_OLE_MAGIC):
        return _CalamineReader(path)
    return CsvReader(path, head, size)


# --- CSV ----------------------------------------------------------------------------------------------------


def detect_encoding(path: Path, sample: bytes, complete: bool) -> tuple[str, int]:
    """The Python codec of a CSV file and how many BOM bytes to skip; raises on binary content."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8", len(codecs.BOM_UTF8)
    if sample.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le", 2
    if sample.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be", 2
    if b"\x00" in sample:
        # UTF-16 without a byte-order mark: Latin text has a zero in every other byte.
        pairs = max(1, len(sample) // 2)
        if sample[1::2].count(0) > 0.3 * pairs and sample[0::2].count(0) == 0:
            return "utf-16-le", 0
        if sample[0::2].count(0) > 0.3 * pairs and sample[1::2].count(0) == 0:
            return "utf-16-be", 0
        raise _unreadable_binary(path)
    try:
        codecs.getincrementaldecoder("utf-8")("strict").decode(sample, final=complete)
    except UnicodeDecodeError:
        return "cp1256", 0
    return "utf-8", 0


def sniff_delimiter(text: str) -> str:
    """The delimiter of the first non-blank line of ``text`` (',' when there is just one column)."""
    line = next((ln for ln in text.splitlines() if ln.strip()), "")
    counts = {d: line.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])  # ties: the earlier in DELIMITERS
    return best if counts[best] else ","


class CsvReader(TableReader):
    format = "csv"

    def __init__(self, path: Path, head: bytes, size: int) -> None:
        super().__init__(path)
        self.size = size
        encoding, skip = detect_encoding(path, head, complete=len(head) < SAMPLE_BYTES)
        self.encoding = encoding
        sample = head[skip:]
        if encoding.startswith("utf-16"):
            sample = sample[: len(sample) // 2 * 2]
        text = codecs.getincrementaldecoder(encoding)("replace").decode(sample, final=False)
        if not text.strip():
            raise EmptyFileError(path, QT_TRANSLATE_NOOP("Import", "{file} is empty."))
        if _CONTROL.search(text):
            raise _unreadable_binary(path)
        self.delimiter = sniff_delimiter(text)
        self._binary: BinaryIO = path.open("rb")
        try:
            self._binary.seek(skip)
            self._text = io.TextIOWrapper(self._binary, encoding=encoding, errors="strict", newline="")
            self._reader = csv.reader(self._text, delimiter=self.delimiter)
            self._line = 0
            self._read_header()
            self._first = self._first_data_row()
            if self._first is None:
                raise self._no_data_rows()
        except BaseException:
            self._binary.close()
            raise

    def _next(self) -> list[str] | None:
        try:
            row = next(self._reader, None)
        except UnicodeDecodeError as error:
            raise UnreadableFileError(self.path, QT_TRANSLATE_NOOP(
                "Import", "{file} has bytes that are not valid {encoding} text near line {line}."),
                encoding=self.encoding, line=self._reader.line_num + 1) from error
        except csv.Error as error:
            raise UnreadableFileError(self.path, QT_TRANSLATE_NOOP(
                "Import", "{file} could not be read as CSV near line {line}: {error}"),
                line=self._reader.line_num, error=str(error)) from error
        return row

    def _read_header(self) -> None:
        while True:
            row = self._next()
            if row is None:
                raise EmptyFileError(self.path, QT_TRANSLATE_NOOP("Import", "{file} is empty."))
            line = self._line + 1
            self._line = self._reader.line_num
            cells = [cell.strip().lstrip("\ufeff") for cell in row]
            if any(cells):
                while cells and not cells[-1]:
                    cells.pop()
                self._check_header(cells, line)
                return

    def _first_data_row(self) -> tuple[int, list[str]] | None:
        """The first non-blank row after the header (read ahead: a header-only file is refused when opened)."""
        width = len(self.headers)
        while (row := self._next()) is not None:
            line = self._line + 1
            self._line = self._reader.line_num
            if len(row) > width:
                self._note_if_wide(line, row)
            elif len(row) < width:
                row += [""] * (width - len(row))
            if any(row):
                return line, row
        return None

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        reader = self._reader
        width = len(self.headers)
        padding = [""] * width
        if self._first is not None:
            first, self._first = self._first, None
            yield first
        previous = self._line
        while True:
            try:
                for row in reader:
                    line = previous + 1
                    previous = reader.line_num
                    if len(row) != width:  # the one comparison a row costs, as when it only padded short rows
                        if len(row) > width:
                            self._note_if_wide(line, row)
                        elif not row:
                            continue
                        else:
                            row += padding[len(row):]
                    if row[0] or any(row):
                        yield line, row
                return
            except UnicodeDecodeError as error:
                raise UnreadableFileError(self.path, QT_TRANSLATE_NOOP(
                    "Import", "{file} has bytes that are not valid {encoding} text near line {line}."),
                    encoding=self.encoding, line=previous + 1) from error
            except csv.Error as error:
                raise UnreadableFileError(self.path, QT_TRANSLATE_NOOP(
                    "Import", "{file} could not be read as CSV near line {line}: {error}"),
                    line=previous + 1, error=str(error)) from error

    def progress(self) -> tuple[int, int]:
        try:
            return min(self._binary.tell(), self.size), self.size
        except (OSError, ValueError):
            return 0, self.size

    def close(self) -> None:
        self._binary.close()


# --- Excel --------------------------------------------------------------------------------------------------


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


def _open_workbook(path: Path) -> TableReader:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" not in names:
                raise _unreadable_binary(path)
            parts = archive.infolist()
            sheets = [info.file_size for info in parts
                      if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml")]
    except (zipfile.BadZipFile, OSError) as error:
        raise UnreadableFileError(path, QT_TRANSLATE_NOOP(
            "Import", "{file} is not a valid Excel workbook.")) from error
    _refuse_a_bomb(path, parts)
    if sheets and max(sheets) > CALAMINE_MAX_SHEET_XML:
        return _OpenpyxlReader(path)
    return _CalamineReader(path)


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


class _WorksheetReader(TableReader):
    format = "xlsx"

    def _start(self, source: Iterator[tuple[int, list[Any]]], total: int) -> None:
        self._source = source
        self._total = total
        self._done = 0
        self._first: tuple[int, list[str]] | None = None
        for line, values in source:
            cells = [cell_text(v) for v in values]
            if any(cells):
                while cells and not cells[-1]:
                    cells.pop()
                self._check_header(cells, line)
                break
        else:
            if len(self.sheets) > 1:  # an empty first sheet: the data is likely on another
                raise self._no_data_rows()
            raise EmptyFileError(self.path, QT_TRANSLATE_NOOP("Import", "{file} is empty."))
        self._first = next(self._shaped_rows(), None)
        if self._first is None:
            raise self._no_data_rows()

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


class _CalamineReader(_WorksheetReader):
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
