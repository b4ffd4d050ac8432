"""Write a table to an Excel workbook: right-to-left sheet, numbers as numbers, Jalali dates as text, formula-like
text inert (desktop/exports/cells.py).

Every sheet is ready to print: A4, fitted to the page width, the header row repeated on each printed page,
landscape when it has many columns. A number may carry its Excel number format (thousands separators,
decimals, percent). Every cell is written through :func:`_write_cell` (the one place a cell is made).

Written to a temporary name in the target folder and renamed, so a failed export leaves no partial file.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.exports.cells import is_formula_like
from desktop.exports.files import Recording, write_atomically

SHEET_TITLE_LIMIT = 31  # Excel's limit on sheet names
INVALID_SHEET_CHARACTERS = set('[]:*?/\\')

#: Sheets with more columns than this are printed landscape.
PORTRAIT_COLUMNS = 5
A4 = 9  # Excel's paper size code


@dataclass(frozen=True)
class Formatted:
    """A number with the Excel number format it is shown in (e.g. ``#,##0``, ``0.0%``)."""

    value: int | float | None
    number_format: str


Cell = str | int | float | Formatted | None


@dataclass(frozen=True)
class Sheet:
    title: str
    headers: Sequence[str]  # empty: no header row (nothing frozen, nothing repeated on printed pages)
    rows: Iterable[Sequence[Cell]]
    right_to_left: bool = True
    column_widths: Sequence[float] | None = None


#: Left-to-right and right-to-left marks: they order a name inside a sentence (desktop/reports/language.py); a
#: sheet's tab shows one name alone, where they would only count against its 31 characters.
_DIRECTION_MARKS = frozenset("\u200e\u200f")


def sheet_title(text: str) -> str:
    clean = "".join("-" if ch in INVALID_SHEET_CHARACTERS else ch for ch in text
                    if ch not in _DIRECTION_MARKS).strip() or "Sheet"
    # a title cut at Excel's limit (or written so) must not end in a dangling dash
    return clean[:SHEET_TITLE_LIMIT].rstrip(" -\u2013\u2014_:") or "Sheet"


def write_workbook(path: Path, sheets: Sequence[Sheet], record: Recording | None = None) -> Path:
    """Write `sheets` to `path` (.xlsx) atomically; return the path. ``record``: see :func:`write_atomically`."""

    def produce() -> bytes:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font

        workbook = Workbook(write_only=True)
        for sheet in sheets:
            _write_sheet(workbook, sheet, Alignment, Font)
        buffer = io.BytesIO()
        workbook.save(buffer)
        return buffer.getvalue()

    return write_atomically(Path(path), produce, record)


def _write_sheet(workbook, sheet: Sheet, alignment, font) -> None:
    rows = list(sheet.rows)  # materialised first: a failing source must not leave a half-written sheet
    worksheet = workbook.create_sheet(sheet_title(sheet.title))
    worksheet.sheet_view.rightToLeft = sheet.right_to_left
    columns = max([len(sheet.headers), *(len(row) for row in rows)])
    widths = sheet.column_widths or [max(12.0, min(60.0, len(h) * 1.6)) for h in sheet.headers]
    for index, width in enumerate(widths, start=1):
        worksheet.column_dimensions[_column_letter(index)].width = width
    _print_setup(worksheet, landscape=columns > PORTRAIT_COLUMNS, header=bool(sheet.headers))
    if sheet.headers:
        worksheet.freeze_panes = "A2"
        header_cells = []
        for text in sheet.headers:
            cell = _write_cell(worksheet, text)
            cell.font = font(bold=True)
            cell.alignment = alignment(horizontal="center", vertical="center", wrap_text=True)
            header_cells.append(cell)
        worksheet.append(header_cells)
    for row in rows:
        worksheet.append([_write_cell(worksheet, value) for value in row])


def _print_setup(worksheet, *, landscape: bool, header: bool) -> None:
    setup = worksheet.page_setup
    setup.paperSize = A4
    setup.orientation = "landscape" if landscape else "portrait"
    setup.fitToWidth, setup.fitToHeight = 1, 0  # as many pages down as needed, never cut across
    worksheet.sheet_properties.pageSetUpPr.fitToPage = True
    if header:
        worksheet.print_title_rows = "1:1"


def _write_cell(worksheet, value: Cell):
    """The one place a cell is made (a header, a text, a number with its format)."""
    from openpyxl.cell import WriteOnlyCell

    number_format = None
    if isinstance(value, Formatted):
        value, number_format = value.value, value.number_format
    if isinstance(value, float) and value != value:  # NaN is not a number a reader can use
        value = None
    cell = WriteOnlyCell(worksheet, value=value)
    if is_formula_like(value):  # a CMS name such as =HYPERLINK(...): inert text (desktop/exports/cells.py)
        cell.data_type, cell.quotePrefix = "s", True
    if number_format and value is not None:
        cell.number_format = number_format
    return cell


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)
