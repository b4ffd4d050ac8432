"""An open import file as its readers give it: the interface every reader has (:class:`TableReader`), and the
errors of a file that cannot be imported.

Every row comes as ``(line, cells)``: the line number a person sees (header = its own line, usually 1) and the
cell texts as a list aligned with :attr:`TableReader.headers`. A row with values beyond the header's columns is
still yielded, and its line noted in :attr:`TableReader.wide_rows` for the checker to refuse. Unreadable, empty,
header-less or header-only files raise an :class:`ImportFileError` (a :class:`DomainError` of context "Import")
naming the file - the first data row is read ahead when the file is opened, so a file with nothing to import is
refused before its columns are matched.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from desktop.domain.messages import QT_TRANSLATE_NOOP, Bilingual, DomainError
from desktop.imports.columns import known_headers_in

IMPORT_CONTEXT = "Import"
#: The rows after a first row with no known column header that are searched for the headers (a title above them).
TITLE_ROWS_SEARCHED = 5
#: A row below a title is taken for the headers only with at least this many known column headers.
HEADERS_BELOW_TITLE_MIN = 2
_LOOKS_LIKE_DATA = re.compile(r"^[\s\d\u06f0-\u06f9\u0660-\u0669.,/:\-+٫٬]+$")


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


@dataclass(frozen=True)
class TitleSearch:
    """What the rows below a first row without a known column header showed (:func:`headers_below_a_title`)."""

    #: The line and cells of the header row below a title; None when there is none to be sure of.
    headers: tuple[int, list[str]] | None
    #: The rows above those headers that were not blank (the first row among them), left out as a title.
    title_rows: tuple[int, ...]
    #: When no headers were found: the line of a row below with some known header (unclear whether it holds them).
    hint: int | None
    #: The rows read to find out and not taken for headers, in order: the caller reads them again as rows.
    looked: list[tuple[int, list[str]]]


def headers_below_a_title(first_line: int, below: Iterator[tuple[int, list[str]]]) -> TitleSearch:
    """Look for the header row below a first row holding no known column header (a title), among the next
    :data:`TITLE_ROWS_SEARCHED` rows of ``below`` (cells as text, trailing empty cells trimmed): the first of them
    to hold any known header is taken only when mostly known headers (at least :data:`HEADERS_BELOW_TITLE_MIN`) -
    one known header among other text may be a second title as well, and a file is not read from a guess."""
    looked: list[tuple[int, list[str]]] = []
    for line, cells in itertools.islice(below, TITLE_ROWS_SEARCHED):
        looked.append((line, cells))
        known = known_headers_in(cells)
        if not known:
            continue
        filled = sum(1 for cell in cells if cell)
        if known >= HEADERS_BELOW_TITLE_MIN and 2 * known >= filled:
            titles = (first_line, *(at for at, rest in looked[:-1] if any(rest)))
            return TitleSearch((line, cells), titles, None, [])
        return TitleSearch(None, (), line, looked)
    return TitleSearch(None, (), None, looked)


def unreadable_binary(path: Path) -> UnreadableFileError:
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
        #: The rows above the column headers that were left out as a title (the headers not on the file's first
        #: row, :func:`headers_below_a_title`), and the line of a row below the first that held some known headers
        #: when the headers could not be told apart from a title.
        self.title_rows: tuple[int, ...] = ()
        self.headers_hint: int | None = None

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
