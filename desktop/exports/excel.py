"""Write a table to an Excel workbook: right-to-left sheet, numbers as numbers, Jalali dates as text, formula-like
text inert (desktop/exports/cells.py).

Written to a temporary name in the target folder and renamed, so a failed export leaves no partial file.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.exports.cells import excel_cell, is_formula_like
from desktop.exports.files import write_atomically

SHEET_TITLE_LIMIT = 31  # Excel's limit on sheet names
INVALID_SHEET_CHARACTERS = set('[]:*?/\\')

Cell = str | int | float | None


@dataclass(frozen=True)
class Sheet:
    title: str
    headers: Sequence[str]
    rows: Iterable[Sequence[Cell]]
    right_to_left: bool = True
    column_widths: Sequence[float] | None = None


def sheet_title(text: str) -> str:
    clean = "".join("-" if ch in INVALID_SHEET_CHARACTERS else ch for ch in text).strip() or "Sheet"
    return clean[:SHEET_TITLE_LIMIT]


def write_workbook(path: Path, sheets: Sequence[Sheet]) -> Path:
    """Write `sheets` to `path` (.xlsx) atomically; return the path."""

    def produce() -> bytes:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font

        workbook = Workbook(write_only=True)
        for sheet in sheets:
            _write_sheet(workbook, sheet, Alignment, Font)
        buffer = io.BytesIO()
        workbook.save(buffer)
        return buffer.getvalue()

    return write_atomically(Path(path), produce)


def _write_sheet(workbook, sheet: Sheet, alignment, font) -> None:
    from openpyxl.cell import WriteOnlyCell

    rows = list(sheet.rows)  # materialised first: a failing source must not leave a half-written sheet
    worksheet = workbook.create_sheet(sheet_title(sheet.title))
    worksheet.sheet_view.rightToLeft = sheet.right_to_left
    widths = sheet.column_widths or [max(12.0, min(60.0, len(h) * 1.6)) for h in sheet.headers]
    for index, width in enumerate(widths, start=1):
        worksheet.column_dimensions[_column_letter(index)].width = width
    worksheet.freeze_panes = "A2"
    header_cells = []
    for text in sheet.headers:
        cell = WriteOnlyCell(worksheet, value=text)
        if is_formula_like(text):
            cell.data_type, cell.quotePrefix = "s", True
        cell.font = font(bold=True)
        cell.alignment = alignment(horizontal="center", vertical="center", wrap_text=True)
        header_cells.append(cell)
    worksheet.append(header_cells)
    for row in rows:
        worksheet.append([excel_cell(worksheet, _cell_value(value)) for value in row])


def _cell_value(value: Cell) -> Cell:
    if isinstance(value, float) and value != value:  # NaN is not a number a reader can use
        return None
    return value


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)
