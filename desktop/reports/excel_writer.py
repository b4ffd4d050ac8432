"""Write a :class:`Report` as an Excel workbook: a summary sheet, then one right-to-left sheet per table
(numbers as numbers, Jalali dates as text). Written atomically by desktop/exports/excel.py."""

from __future__ import annotations

from pathlib import Path

from desktop.exports.excel import Cell as ExcelCell
from desktop.exports.excel import Sheet, sheet_title, write_workbook
from desktop.reports.document import Cell, Figures, JalaliDate, Number, Paragraph, Report, Table
from desktop.reports.formatting import CellFormat


def excel_value(cell: Cell, cells: CellFormat) -> ExcelCell:
    if isinstance(cell, Number):
        return None if cell.value is None else round(float(cell.value), cell.decimals + 2)
    if isinstance(cell, JalaliDate):
        return cells.date(cell.value) if cell.value is not None else None
    return cell


def workbook_sheets(report: Report, summary_title: str) -> list[Sheet]:
    cells = CellFormat(persian_digits=report.rtl)
    summary: list[tuple[ExcelCell, ExcelCell]] = [(report.title, ""), (report.province, ""),
                                                  (report.period_label, ""), ("", cells.date(report.as_of))]
    for section in report.sections:
        summary.append(("", ""))
        summary.append((section.title, ""))
        for block in section.blocks:
            if isinstance(block, Figures):
                summary.extend((label, value) for label, value in block.items)
            elif isinstance(block, Paragraph):
                summary.append((block.text, ""))
            elif isinstance(block, Table) and not block.rows:
                summary.append((block.empty_text or report.chrome.no_data, ""))
    sheets = [Sheet(summary_title, ("", ""), summary, report.rtl, (90.0, 24.0))]
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


def write_excel(report: Report, path: Path, summary_title: str) -> Path:
    return write_workbook(Path(path), workbook_sheets(report, summary_title))
