"""The indicators page's table and chart: a branch that disposed of nothing reads «بدون مختومه» (never a number,
never zero) and is drawn as the longest, worst bar with that text in it; a branch with one case keeps its value,
uncoloured and unranked, its "Data" column saying "Too few cases to rank (1)"; the average time of a branch that
disposed of nothing says why it has no value."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.domain.jalali import JalaliPeriod
from desktop.indicators.service import IndicatorService
from desktop.ui.charts.ranking_chart import RankingChart
from desktop.ui.language import Language, install_language
from desktop.ui.models.indicator_ranking import IndicatorRankingModel
from tests.services.volume_province import FARVARDIN, volume_province

pytestmark = pytest.mark.gui
RANK, UNIT, VALUE, DATA = 0, 1, 3, 7


def tables(path: Path, *codes: str):
    database = volume_province(path)
    try:
        service = IndicatorService(database)
        return [service.table(code, "branch", JalaliPeriod.parse(FARVARDIN), parent=("district", 1))
                for code in codes]
    finally:
        database.close()


def shown(table) -> dict[str, tuple[str, str, str, object]]:
    model = IndicatorRankingModel(lambda: table.definition.unit, lambda: table.level, None,
                                  lambda: table.definition)
    model.set_rows(list(table.rows))

    def cell(row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
        return model.data(model.index(row, column), role)

    return {table.rows[n].code: (cell(n, RANK), cell(n, VALUE), cell(n, DATA),
                                 cell(n, VALUE, Qt.ItemDataRole.BackgroundRole)) for n in range(len(table.rows))}


@pytest.fixture
def persian(qapp):
    install_language(QApplication.instance(), Language.PERSIAN)  # the window's language, as the tests' default
    yield


def test_the_table_says_no_disposals_too_few_cases_and_why_there_is_no_value(persian, tmp_path: Path) -> None:
    disposition, average = tables(tmp_path / "volume.sqlite3", "disposition_time", "avg_time_to_disposition")
    rows = shown(disposition)
    assert rows["G1"][:3] == ("۳", "بدون مختومه", "کامل") and rows["G1"][3] is not None  # red: the worst
    assert rows["B1"][:3] == ("—", "۰٫۰ روز", "پرونده‌ها برای رتبه‌بندی کم است (۱)") and rows["B1"][3] is None
    rows = shown(average)
    assert rows["G1"][:2] == ("—", "مختومه‌ای ندارد")
    assert rows["B1"][1:3] == ("۵٫۰ روز", "پرونده‌ها برای رتبه‌بندی کم است (۱)")


def test_the_chart_draws_the_unbounded_value_as_the_longest_worst_bar(persian, qtbot, tmp_path: Path) -> None:
    (disposition,) = tables(tmp_path / "volume.sqlite3", "disposition_time")
    chart = RankingChart()
    qtbot.addWidget(chart)
    chart.resize(560, 420)
    chart.show()
    assert QTest.qWaitForWindowExposed(chart)
    chart.draw_rows(disposition.rows, disposition.definition.unit, None)
    drawn = {row.code: row for row in chart.drawn_rows() if row is not None}
    assert set(drawn) == {"F1", "E1", "G1"}  # B1, too few cases to rank, is not a bar
    widths = {code: chart.bar_rect(row).width() for code, row in drawn.items()}
    assert widths["G1"] > widths["E1"] > widths["F1"] > 0
    assert "۳. شعبه ز بی‌مختومه: بدون مختومه" in chart.text_alternative()
