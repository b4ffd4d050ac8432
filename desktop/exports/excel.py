"""Write a table to an Excel workbook: right-to-left sheet, numbers as numbers, Jalali dates as text.

Written to a temporary name in the target folder and renamed, so a failed export leaves no partial file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError

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


class ExportError(DomainError):
    def __init__(self, path: Path, reason: str):
        super().__init__("Export", QT_TRANSLATE_NOOP("Export", "The file {path} could not be written: {reason}"),
                         {"path": str(path), "reason": reason})


def sheet_title(text: str) -> str:
    clean = "".join("-" if ch in INVALID_SHEET_CHARACTERS else ch for ch in text).strip() or "Sheet"
    return clean[:SHEET_TITLE_LIMIT]


def write_workbook(path: Path, sheets: Sequence[Sheet]) -> Path:
    """Write `sheets` to `path` (.xlsx) atomically; return the path."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    path = Path(path)
    try:  # claim a temporary name first: an unwritable folder fails before any row is read
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".xlsx.part", dir=path.parent)
        os.close(descriptor)
    except OSError as error:
        raise ExportError(path, error.strerror or str(error)) from error
    temporary = Path(name)
    workbook = Workbook(write_only=True)
    try:
        for sheet in sheets:
            _write_sheet(workbook, sheet, Alignment, Font)
        workbook.save(temporary)
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temporary, path)
    except OSError as error:
        raise ExportError(path, error.strerror or str(error)) from error
    finally:
        temporary.unlink(missing_ok=True)
    return path


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
        cell.font = font(bold=True)
        cell.alignment = alignment(horizontal="center", vertical="center", wrap_text=True)
        header_cells.append(cell)
    worksheet.append(header_cells)
    for row in rows:
        worksheet.append([_cell_value(value) for value in row])


def _cell_value(value: Cell) -> Cell:
    if isinstance(value, float) and value != value:  # NaN is not a number a reader can use
        return None
    return value


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)
