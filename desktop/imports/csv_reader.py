"""Reading a CSV import file as a stream of rows.

The encoding comes from the byte-order mark (UTF-8, UTF-16 LE/BE); without one the first 64 KB must be strict
UTF-8, else the file is read as Windows-1256. The delimiter is the most frequent of ``, ; tab |`` on the header
line (on the first line that has one: a title above the headers may have none).

A first row with no known column header may be a title above them: the headers are looked for below it as in a
workbook (:func:`desktop.imports.table_reader.headers_below_a_title`).
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.imports.columns import known_headers_in
from desktop.imports.table_reader import (
    TITLE_ROWS_SEARCHED,
    EmptyFileError,
    TableReader,
    UnreadableFileError,
    headers_below_a_title,
    unreadable_binary,
)

SAMPLE_BYTES = 64 * 1024
DELIMITERS = (",", ";", "\t", "|")
# Control characters other than tab, line feed, form feed and carriage return: never in a real text export.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

FIELD_LIMIT = 1024 * 1024  # characters in one cell: far beyond any real one, and a cap on what one cell costs
csv.field_size_limit(FIELD_LIMIT)


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
        raise unreadable_binary(path)
    try:
        codecs.getincrementaldecoder("utf-8")("strict").decode(sample, final=complete)
    except UnicodeDecodeError:
        return "cp1256", 0
    return "utf-8", 0


def sniff_delimiter(text: str) -> str:
    """The delimiter of the first non-blank line of ``text``, or of the first of the next
    :data:`TITLE_ROWS_SEARCHED` lines to have one when it has none (a title above the headers); ',' when there is
    just one column."""
    lines = itertools.islice((ln for ln in text.splitlines() if ln.strip()), TITLE_ROWS_SEARCHED + 1)
    for line in lines:
        counts = {d: line.count(d) for d in DELIMITERS}
        best = max(DELIMITERS, key=lambda d: counts[d])  # ties: the earlier in DELIMITERS
        if counts[best]:
            return best
    return ","


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
            raise unreadable_binary(path)
        self.delimiter = sniff_delimiter(text)
        self._skip = skip
        self._binary: BinaryIO = path.open("rb")
        try:
            self._binary.seek(skip)
            self._text = io.TextIOWrapper(self._binary, encoding=encoding, errors="strict", newline="")
            self._reader = csv.reader(self._text, delimiter=self.delimiter)
            self._line = 0
            # Rows read after the header's while looking for it below a title, and not taken for it: read again.
            self._ahead: list[tuple[int, list[str]]] = []
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
            raise self._bad_bytes() from error
        except csv.Error as error:
            raise _csv_error(self.path, self._reader.line_num, error) from error
        return row

    def _numbered(self) -> Iterator[tuple[int, list[str]]]:
        """The rows still to read, each with its line (a quoted cell may span lines)."""
        while (row := self._next()) is not None:
            line = self._line + 1
            self._line = self._reader.line_num
            yield line, row

    def _read_header(self) -> None:
        for line, row in self._numbered():
            cells = _trimmed([cell.lstrip("\ufeff") for cell in row])
            if cells:
                if not known_headers_in(cells):
                    line, cells = self._below_a_title(line, cells)
                self._check_header(cells, line)
                return
        raise EmptyFileError(self.path, QT_TRANSLATE_NOOP("Import", "{file} is empty."))

    def _below_a_title(self, line: int, cells: list[str]) -> tuple[int, list[str]]:
        """The header row below a title (as a workbook's, :func:`headers_below_a_title`), else the first row and
        the rows looked at kept to be read again, :attr:`headers_hint` the line of one with some known header."""
        read: list[tuple[int, list[str]]] = []  # as they are: the search is given them trimmed

        def below() -> Iterator[tuple[int, list[str]]]:
            for at, row in self._numbered():
                read.append((at, row))
                yield at, _trimmed(row)

        search = headers_below_a_title(line, below())
        if search.headers is not None:
            self.title_rows = search.title_rows
            return search.headers
        self.headers_hint = search.hint
        self._ahead = read
        return line, cells

    def _first_data_row(self) -> tuple[int, list[str]] | None:
        """The first non-blank row after the header (read ahead: a header-only file is refused when opened)."""
        width = len(self.headers)
        for line, row in itertools.chain(self._ahead_rows(), self._numbered()):
            if len(row) > width:
                self._note_if_wide(line, row)
            elif len(row) < width:
                row += [""] * (width - len(row))
            if any(row):
                return line, row
        return None

    def _ahead_rows(self) -> Iterator[tuple[int, list[str]]]:
        """The rows read ahead (:attr:`_ahead`), each taken off as it is given."""
        while self._ahead:
            yield self._ahead.pop(0)

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        reader = self._reader
        width = len(self.headers)
        padding = [""] * width
        if self._first is not None:
            first, self._first = self._first, None
            yield first
        for line, row in self._ahead_rows():  # after a first row that was not a title: at most a few
            if len(row) > width:
                self._note_if_wide(line, row)
            else:
                row += padding[len(row):]
            if any(row):
                yield line, row
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
                raise self._bad_bytes() from error
            except csv.Error as error:
                raise _csv_error(self.path, previous + 1, error) from error

    def _bad_bytes(self) -> UnreadableFileError:
        return UnreadableFileError(self.path, QT_TRANSLATE_NOOP(
            "Import", "{file} has bytes that are not valid {encoding} text on line {line}."),
            encoding=self.encoding, line=line_of_first_bad_bytes(self.path, self.encoding, self._skip))

    def progress(self) -> tuple[int, int]:
        try:
            return min(self._binary.tell(), self.size), self.size
        except (OSError, ValueError):
            return 0, self.size

    def close(self) -> None:
        self._binary.close()


def _trimmed(row: list[str]) -> list[str]:
    """A row's cells stripped, without the empty cells after its last value (none for a blank row)."""
    cells = [cell.strip() for cell in row]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def line_of_first_bad_bytes(path: Path, encoding: str, skip: int) -> int:
    """The line holding the first bytes of ``path`` (after ``skip`` BOM bytes) that are not ``encoding`` text. The
    reader's own line count cannot say: its text layer decodes a block ahead of the rows, so it is up to a block
    (dozens of lines) short."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    line = 1
    with path.open("rb") as file:
        file.seek(skip)
        while block := file.read(SAMPLE_BYTES):
            state = decoder.getstate()
            try:
                line += decoder.decode(block).count("\n")
            except UnicodeDecodeError:
                decoder.setstate(state)
                for index in range(len(block)):  # the failing block again, a byte at a time
                    try:
                        line += decoder.decode(block[index:index + 1]).count("\n")
                    except UnicodeDecodeError:
                        return line
                return line
    return line


def _csv_error(path: Path, line: int, error: csv.Error) -> UnreadableFileError:
    """The refusal of a file the csv module gave up on near ``line``: the one error a real file meets (a cell over
    :data:`FIELD_LIMIT`, typically an unclosed quote swallowing the rest of the file) in the user's language; any
    other with the module's own words."""
    if str(error).startswith("field larger than field limit"):
        return UnreadableFileError(path, QT_TRANSLATE_NOOP(
            "Import", "{file} could not be read as CSV: a cell starting near line {line} runs on for more than a "
                      "million characters. Is a quotation mark left open there?"), line=line)
    return UnreadableFileError(path, QT_TRANSLATE_NOOP(
        "Import", "{file} could not be read as CSV near line {line}: {error}"), line=line, error=str(error))
