"""The dashboard's pages and the national report agree on the same figures for the same province (issue 16 review):
which provinces a person sees, each province's last bundle and stale state, its indicator values and ranks, its
weighted progress — over the real signed bundles of tests/center/dashboard/conftest.py."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.center.dashboard.indicators import indicator_ranking
from desktop.center.dashboard.progress import national_progress
from desktop.center.national import national
from desktop.center.overview import province_overview
from desktop.center.report.data import gather_national
from desktop.center.staff import StaffRole, visible_provinces
from desktop.domain.indicators.definitions import INDICATORS
from desktop.domain.jalali import JalaliPeriod
from tests.center.dashboard.conftest import NOW, SILENT, staff

STALE_DAYS = 14
HALF_YEAR = "1405-H1"
PEOPLE = {"admin": staff(), "analyst": staff(StaffRole.analyst),
          "liaison of Qom": staff(StaffRole.liaison, frozenset({"QOM"})),
          "liaison of Qom and the silent one": staff(StaffRole.liaison, frozenset({"QOM", SILENT[0]})),
          "liaison of none": staff(StaffRole.liaison, frozenset())}


def _report(session, person, now=NOW):  # noqa: ANN001, ANN202 - as /dashboard/report gathers it for the person
    return gather_national(session, JalaliPeriod.parse(HALF_YEAR), now, STALE_DAYS, visible_provinces(person))


@pytest.mark.parametrize("who", PEOPLE)
def test_every_page_and_the_report_list_the_same_provinces_for_a_person(seeded, who) -> None:
    person = PEOPLE[who]
    with seeded.center._sessions() as session:
        pages = {
            "provinces": {row.code for row in province_overview(session, person, NOW, STALE_DAYS)},
            "progress": {view.code for view in national_progress(session, person, NOW, STALE_DAYS).provinces},
            "indicators": {unit.key for unit in indicator_ranking(session, person, INDICATORS[0].code,
                                                                  HALF_YEAR).units},
            "report": {code for code, _ in _report(session, person).provinces},
            "report's stale list": {line.code for line in _report(session, person).stale},
        }
    assert len({frozenset(codes) for codes in pages.values()}) == 1, pages
    expected = visible_provinces(person)
    assert pages["provinces"] == (expected if expected is not None else {"ISF", "QOM", SILENT[0]})


@pytest.mark.parametrize("days_later", [0, STALE_DAYS + 1])
def test_the_provinces_page_progress_page_and_report_agree_on_each_provinces_last_bundle_and_staleness(
        seeded, days_later) -> None:
    now = NOW + timedelta(days=days_later)
    with seeded.center._sessions() as session:
        overview = {row.code: (row.last_received, row.days_since, row.stale)
                    for row in province_overview(session, staff(), now, STALE_DAYS)}
        progress = {view.code: view for view in national_progress(session, staff(), now, STALE_DAYS).provinces}
        report = {line.code: (line.last_received, line.days_since, line.stale) for line in _report(session, staff(), now).stale}
    assert overview == report
    assert {code: (view.last_received, view.stale) for code, view in progress.items()} == {
        code: (received, stale) for code, (received, _, stale) in overview.items()}
    if days_later:  # every province that sent something is stale by now
        assert {code for code, (_, _, stale) in overview.items() if stale} >= {"ISF", "QOM"}


def test_the_indicators_page_and_the_report_give_each_province_the_same_value_and_rank(seeded) -> None:
    with seeded.center._sessions() as session:
        report = {ranking.definition.code: ranking for ranking in _report(session, staff()).rankings}
        for code, ranking in report.items():
            page = indicator_ranking(session, staff(), code, HALF_YEAR)
            shown = {unit.key: (unit.value, unit.rank) for unit in page.units}
            written = {line.code: (line.value, line.rank) for line in ranking.ranked + ranking.insufficient}
            assert shown.keys() == written.keys(), code
            for province, (value, rank) in shown.items():
                assert written[province][1] == rank, (code, province)
                assert written[province][0] == pytest.approx(value), (code, province)


def test_the_progress_page_and_the_report_give_each_province_the_same_weighted_progress(seeded) -> None:
    """The progress page shows the province's own overview (what its chief justice sees at home); the report's
    weighted progress of the half-year under way (reported as of today) must be that same figure."""
    period = JalaliPeriod.parse("1405-H2")
    assert period.start <= NOW.date() <= period.end
    with seeded.center._sessions() as session:
        now = NOW
        report = {line.code: line.weighted_percent
                  for line in gather_national(session, period, now, STALE_DAYS).progress}
        page = {view.code: view.summary.overall.actual if view.summary else None
                for view in national_progress(session, staff(), now, STALE_DAYS).provinces}
    assert report.keys() == page.keys()
    for code, actual in page.items():
        assert report[code] == pytest.approx(actual, abs=0.05) if actual is not None else report[code] is None, code


@pytest.mark.parametrize("who", PEOPLE)
def test_the_progress_page_the_report_and_the_national_view_give_the_same_national_and_province_figures(
        seeded, who) -> None:
    """One national figure (the mean of the provinces' own) on the page and in the report, for everyone (a liaison's
    over his provinces), and the same province figure in ``python -m desktop.center national`` / ``/national``'s
    ``weighted_percent``."""
    person = PEOPLE[who]
    period = JalaliPeriod.parse("1405-H2")
    with seeded.center._sessions() as session:
        data = gather_national(session, period, NOW, STALE_DAYS, visible_provinces(person))
        page = national_progress(session, person, NOW, STALE_DAYS)
        view = {row.code: row.weighted_percent for row in national(session, NOW, STALE_DAYS)
                if row.code in {code for code, _ in data.provinces}}
    if page.provinces_with_value == 0:
        assert data.national_weighted_percent is None and page.overall.actual is None
    else:
        assert data.national_weighted_percent == pytest.approx(page.overall.actual)
    assert data.national_planned_percent == pytest.approx(page.overall.planned)
    assert data.overall.provinces_with_value == page.provinces_with_value
    shown = {v.code: v.summary.overall.actual if v.summary else None for v in page.provinces}
    assert view.keys() == shown.keys()
    for code, actual in shown.items():
        assert view[code] == pytest.approx(actual) if actual is not None else view[code] is None, code
