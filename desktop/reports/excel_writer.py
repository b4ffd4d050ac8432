"""Write a :class:`Report` as an Excel workbook: a summary sheet, then one right-to-left sheet per table
(numbers as numbers with their number format — thousands separators, decimals, percents as Excel percents,
changes with their sign —, Jalali dates as text). Written atomically by desktop/exports/excel.py."""

from __future__ import annotations

import math
from pathlib import Path

from desktop.domain.indicators.basis import is_unbounded
from desktop.exports.excel import Cell as ExcelCell
from desktop.exports.excel import Formatted, Sheet, sheet_title, write_workbook
from desktop.exports.files import Recording
from desktop.reports.document import Cell, Figures, JalaliDate, Number, NumberKind, Paragraph, Report, Table
from desktop.reports.formatting import CellFormat


def excel_value(cell: Cell, cells: CellFormat) -> ExcelCell:
    if isinstance(cell, Number):
        if cell.value is None:
            return None
        if not math.isfinite(cell.value):  # a workbook holds no infinity: the text the PDF shows («بدون مختومه»)
            return cells.unbounded if is_unbounded(cell.value) and not cell.signed else None
        if cell.kind is NumberKind.PERCENT:  # an Excel percent: 0.589 shown as 58.9%
            return Formatted(round(float(cell.value) / 100, cell.decimals + 4), number_format(cell))
        return Formatted(round(float(cell.value), cell.decimals + 2), number_format(cell))
    if isinstance(cell, int) and not isinstance(cell, bool):
        return Formatted(cell, "#,##0")
    if isinstance(cell, JalaliDate):
        return cells.date(cell.value) if cell.value is not None else None
    return cell


def number_format(cell: Number) -> str:
    """Thousands separators for counts and days, the cell's decimals, ``%`` for percents, a sign for changes."""
    decimals = "." + "0" * cell.decimals if cell.decimals else ""
    if cell.kind is NumberKind.PERCENT:
        shown = f"0{decimals}%"
    elif cell.kind is NumberKind.RATIO:
        shown = f"0{decimals}"
    else:
        shown = f"#,##0{decimals}"
    return f"+{shown};-{shown};{shown}" if cell.signed else shown


def workbook_sheets(report: Report, summary_title: str) -> list[Sheet]:
    cells = CellFormat(persian_digits=report.rtl, unbounded=report.chrome.unbounded)
    summary: list[tuple[ExcelCell, ExcelCell]] = [(report.title, None), (report.province, None),
                                                  (report.period_label, None), (cells.date(report.as_of), None)]
    for section in report.sections:
        summary.append((None, None))
        summary.append((section.title, None))
        for block in section.blocks:
            if isinstance(block, Figures):
                summary.extend((label, excel_value(value, cells)) for label, value in block.items)
            elif isinstance(block, Paragraph):
                summary.append((block.text, None))
            elif isinstance(block, Table) and not block.rows:
                summary.append((block.empty_text or report.chrome.no_data, None))
    sheets = [Sheet(summary_title, (), summary, report.rtl, (90.0, 24.0))]  # no header row: nothing to freeze
    used = {sheet_title(summary_title)}
    for _section, table in report.tables():
        if not table.rows:
            continue
        title = _unique(sheet_title(table.sheet), used)
        widths = [max(10.0, min(70.0, column.width * 14)) for column in table.columns]
        sheets.append(Sheet(title, [c.title for c in table.columns],
                            [[excel_value(cell, cells) for cell in row] for row in table.rows], report.rtl, widths))
    return sheets


def _unique(title: str, used: set[str]) -> str:
    candidate, number = title, 2
    while candidate in used:
        suffix = f" ({number})"
        candidate = title[: 31 - len(suffix)] + suffix
        number += 1
    used.add(candidate)
    return candidate


def write_excel(report: Report, path: Path, summary_title: str, record: Recording | None = None) -> Path:
    return write_workbook(Path(path), workbook_sheets(report, summary_title), record)
