"""A province whose last month has not reached the center: the month is missing for it, not a month fewer to be
judged on - it is incomplete and never ranked, on the dashboard and in the national report alike - and its
backlog is the one it last sent (carried forward, as its own window carries a late branch's), never 0."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from desktop.center.dashboard.indicators import indicator_ranking
from desktop.center.models import NationalIndicator
from desktop.center.report.data import gather_national
from desktop.domain.indicators.periods import month_period
from desktop.domain.jalali import JalaliPeriod, PeriodKind
from desktop.indicators.service import IndicatorService
from tests.center.dashboard.conftest import NOW, Seeded, close, seed_real_provinces, staff

LATE = "ISF"


@pytest.fixture
def late(tmp_path: Path, dashboard_template: Path) -> Iterator[tuple[Seeded, int]]:
    """The seeded center with the late province's latest month taken away; returns it and that month."""
    seeded = seed_real_provinces(tmp_path, dashboard_template)
    with seeded.center._sessions() as session:
        latest = session.scalar(select(func.max(NationalIndicator.month_index)))
        session.execute(delete(NationalIndicator).where(NationalIndicator.province == LATE,
                                                        NationalIndicator.month_index == latest))
        session.commit()
    yield seeded, latest
    close(seeded)


def _year_of(month: int) -> JalaliPeriod:
    """The year of ``month``, which holds the month before it too (the demo's latest month is Aban)."""
    own = month_period(month)
    assert own.index > 1
    return JalaliPeriod(PeriodKind.YEAR, own.year)


def test_the_dashboard_counts_a_late_provinces_missing_month_against_it_and_keeps_its_backlog(late) -> None:
    seeded, latest = late
    with seeded.center._sessions() as session:
        backlog = {unit.key: unit for unit in indicator_ranking(session, staff(), "backlog",
                                                                _year_of(latest).code).units}
        clearance = {unit.key: unit for unit in indicator_ranking(session, staff(), "clearance_rate",
                                                                  _year_of(latest).code).units}
    (own_before,) = IndicatorService(seeded.provinces[LATE]).table(
        "backlog", "province", month_period(latest - 1)).rows
    assert backlog[LATE].value == pytest.approx(own_before.value) and backlog[LATE].value > 0
    assert not backlog[LATE].complete and backlog[LATE].rank is None
    assert not clearance[LATE].complete and clearance[LATE].rank is None
    assert clearance["QOM"].complete and clearance["QOM"].rank is not None


def test_the_national_report_judges_a_late_province_as_the_dashboard_does(late) -> None:
    seeded, latest = late
    period = _year_of(latest)
    with seeded.center._sessions() as session:
        data = gather_national(session, period, NOW, 30)
        dashboard = {unit.key: unit for unit in indicator_ranking(session, staff(), "clearance_rate",
                                                                  period.code).units}
    (clearance,) = [ranking for ranking in data.rankings if ranking.definition.code == "clearance_rate"]
    assert LATE in {line.code for line in clearance.insufficient}
    assert LATE not in {line.code for line in clearance.ranked}
    assert "QOM" in {line.code for line in clearance.ranked}
    assert {line.code for line in clearance.insufficient} == {key for key, unit in dashboard.items() if not unit.complete}
    (backlog,) = [ranking for ranking in data.rankings if ranking.definition.code == "backlog"]
    (late_backlog,) = [line for line in backlog.insufficient if line.code == LATE]
    assert late_backlog.value == pytest.approx(dashboard_backlog(seeded, period)) and late_backlog.value > 0


def dashboard_backlog(seeded: Seeded, period: JalaliPeriod) -> float:
    with seeded.center._sessions() as session:
        units = {unit.key: unit for unit in indicator_ranking(session, staff(), "backlog", period.code).units}
    return units[LATE].value


def test_the_national_report_of_a_period_still_running_says_the_month_its_figures_run_to(seeded) -> None:
    """The report's rankings note names the month the figures reach, as the provinces' own status report does;
    a half-year covered to its end says nothing of the kind."""
    from desktop.center.report import service as national_report
    from desktop.reports.document import Paragraph
    from desktop.reports.language import ReportLanguage

    with seeded.center._sessions() as session:
        latest = session.scalar(select(func.max(NationalIndicator.month_index)))
    running, whole = _year_of(latest), JalaliPeriod.parse(f"{month_period(latest).year}-H1")
    for period, expected in ((running, month_period(latest)), (whole, None)):
        data = national_report.gather(seeded.center.engine, period, NOW)
        assert data.through_month == expected, period
        report = national_report.build(data, ReportLanguage(rtl=False), NOW)
        (section,) = [s for s in report.sections if s.title == "Indicator rankings of the provinces"]
        notes = " ".join(block.text for block in section.blocks if isinstance(block, Paragraph))
        assert ("run through the end of" in notes) == (expected is not None), period
