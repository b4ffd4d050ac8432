"""The reports name best and worst by the one ranking rule: a branch with a single case is never the best, a
branch that disposed of nothing is the worst on disposition time, and its value reads «بدون مختومه» in the PDF
and as text in the workbook (which holds no infinity)."""

from __future__ import annotations

import math
from pathlib import Path

from desktop.domain.access import Principal
from desktop.domain.jalali import JalaliPeriod
from desktop.reports.document import Number, NumberKind
from desktop.reports.excel_writer import excel_value
from desktop.reports.formatting import CellFormat
from desktop.reports.indicator_values import best_and_worst, indicator_values
from desktop.reports.language import ReportLanguage
from desktop.reports.status import indicator_number
from tests.services.volume_province import FARVARDIN, volume_province


def test_the_reports_best_and_worst_follow_the_minimum_and_the_unbounded_value(tmp_path: Path) -> None:
    database = volume_province(tmp_path / "volume.sqlite3")
    try:
        values = indicator_values(database, ("disposition_time", "avg_time_to_disposition"), "branch",
                                  JalaliPeriod.parse(FARVARDIN), principal=Principal.system())
    finally:
        database.close()
    best, worst = best_and_worst("disposition_time", values["disposition_time"])
    # the province's branches: D2 (31 days) best, not B1 (0 days on one case); G1 worst, not E1 (172 days)
    assert (best.name, worst.name, worst.value) == ("شعبه د", "شعبه ز بی‌مختومه", math.inf)  # type: ignore[union-attr]
    best, worst = best_and_worst("avg_time_to_disposition", values["avg_time_to_disposition"])
    assert best is not None and best.name == "شعبه د"  # not B1's single case of 5 days


def test_an_unbounded_value_is_a_text_in_the_pdf_and_the_workbook_never_a_number() -> None:
    cell = indicator_number("disposition_time", math.inf)
    persian = ReportLanguage(lambda context, text, **params: {"No disposals": "بدون مختومه"}.get(text, text),
                             rtl=True)
    assert persian.cells.text(cell) == "بدون مختومه"
    assert ReportLanguage().cells.text(cell) == "No disposals"
    assert excel_value(cell, CellFormat(unbounded="بدون مختومه")) == "بدون مختومه"
    change = Number(math.inf, NumberKind.DAYS, 1, True)  # a change to an unbounded value has no number
    assert CellFormat().text(change) == "—" and excel_value(change, CellFormat()) is None
