"""Partial data is normal: every figure of a report knows whether it is complete. A district or province whose
month includes a branch carried forward is marked and its coverage said, never ranked; the status report marks
the province's incomplete figures and names the branches whose months are carried forward; units at risk are not
judged on partial figures; a satisfaction figure answered by some branches only is incomplete."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.clock import FixedClock
from desktop.domain.access import Principal
from desktop.domain.jalali import JalaliPeriod
from desktop.reports.document import Paragraph, Table, Tone
from desktop.reports.indicator_values import indicator_values
from desktop.reports.language import ReportLanguage
from desktop.reports.service import ReportKind, ReportRequest, ReportService
from desktop.store.database import Database
from tests.imports.conftest import TODAY
from tests.reports.partial_province import H1, JAFARIYEH, LATE_BRANCH, QOM, SHAHRIVAR, TIR, partial_province

LANG = ReportLanguage(rtl=False)


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = partial_province(tmp_path_factory.mktemp("partial"))
    yield database
    database.close()


def _build(database: Database, kind: ReportKind, period: JalaliPeriod):
    return ReportService(database, FixedClock(TODAY)).build(ReportRequest(kind, period), LANG)


def _section(report, title: str):
    return next(section for section in report.sections if section.title == title)


def _table(section) -> Table:
    return next(block for block in section.blocks if isinstance(block, Table))


def _notes(section) -> str:
    """The section's paragraphs as read, without the marks that order a Persian name inside an English sentence
    (desktop/reports/language.py; tests/reports/test_pdf_text.py shows what they do)."""
    return " ".join(block.text for block in section.blocks if isinstance(block, Paragraph)).replace("\u200e", "")


def test_the_district_overview_marks_an_incomplete_district_and_the_province_and_says_their_coverage(
        database: Database) -> None:
    overview = _section(_build(database, ReportKind.DISTRICT, SHAHRIVAR), "The districts at a glance")
    assert [row[0] for row in _table(overview).rows] == [
        f"{QOM} (incomplete data)", JAFARIYEH, "Province (incomplete data)"]
    assert (f"Incomplete data: {QOM} (1 of 2 branches complete), Province (2 of 3 branches complete)."
            in _notes(overview))


def test_a_district_section_marks_its_incomplete_figures_and_does_not_colour_their_change(
        database: Database) -> None:
    section = _section(_build(database, ReportKind.DISTRICT, SHAHRIVAR), QOM)
    summary = _table(section)
    backlog = next(row for row in summary.rows if row[0].startswith("Backlog"))
    assert backlog[0] == "Backlog (incomplete data)"
    assert set(summary.tones) == {Tone.PLAIN}  # its backlog "grew" partly by what was not reported
    assert "Incomplete data: " + QOM + " (1 of 2 branches complete)" in _notes(section)
    complete = _section(_build(database, ReportKind.DISTRICT, SHAHRIVAR), JAFARIYEH)
    assert not any("(incomplete data)" in row[0] for row in _table(complete).rows)


def test_the_district_report_does_not_judge_a_unit_at_risk_on_partial_figures_and_says_which(
        database: Database) -> None:
    section = _section(_build(database, ReportKind.DISTRICT, SHAHRIVAR), "Units at risk")
    assert QOM not in {row[0] for row in _table(section).rows}
    assert "Not judged: 2 units" in _notes(section)
    assert f"{QOM}, {LATE_BRANCH}" in _notes(section) or f"{LATE_BRANCH}, {QOM}" in _notes(section)


def test_the_status_report_marks_the_provinces_incomplete_figures(database: Database) -> None:
    section = _section(_build(database, ReportKind.STATUS, H1), "Branch performance indicators")
    names = [row[0] for row in _table(section).rows]
    assert "Clearance rate (incomplete data)" in names and "Backlog (incomplete data)" in names
    assert 'A province figure marked "incomplete data"' in _notes(section)


def test_the_status_reports_notes_name_the_branches_whose_months_are_carried_forward(database: Database) -> None:
    notes = _notes(_section(_build(database, ReportKind.STATUS, H1), "Data-quality notes"))
    assert "1 of 3 branches have incomplete statistics in this period" in notes and LATE_BRANCH in notes
    assert "No data-quality problem" not in notes


def test_satisfaction_answered_by_some_of_a_districts_branches_is_incomplete(database: Database) -> None:
    """Tir's case statistics are complete everywhere; the survey was answered by two branches of three."""
    values = {level: {unit.name: (unit.value, unit.complete) for unit in indicator_values(
        database, ["satisfaction"], level, TIR, principal=Principal.system())["satisfaction"]}
        for level in ("district", "province")}
    assert values["district"] == {QOM: (90.0, False), JAFARIYEH: (40.0, True)}
    assert values["province"] == {"قم": (65.0, False)}
    clearance = indicator_values(database, ["clearance_rate"], "district", TIR, principal=Principal.system())
    assert all(unit.complete for unit in clearance["clearance_rate"])  # the survey alone is partial


@pytest.mark.parametrize("level", ["branch", "district", "province"])
def test_the_indicators_page_and_the_reports_judge_satisfaction_complete_by_the_same_rule(
        database: Database, level: str) -> None:
    """The window's table (the indicator service, from its roll-ups and from the branch rows) and the reports give
    every unit the same satisfaction value, completeness and coverage: Tir's survey is two branches' of three."""
    from desktop.indicators.service import IndicatorService

    def window(service: IndicatorService) -> dict:
        return {row.unit_id: (row.value, row.complete, row.complete_branches, row.branches)
                for row in service.table("satisfaction", level, TIR).rows}

    reports = {unit.unit_id: (unit.value, unit.complete, unit.complete_branches, unit.branches) for unit in
               indicator_values(database, ["satisfaction"], level, TIR, principal=Principal.system())["satisfaction"]}
    assert window(IndicatorService(database)) == reports
    assert window(IndicatorService(database, use_rollups=False)) == reports
    assert not all(complete for _value, complete, _done, _total in reports.values())  # 101002 did not answer


def test_the_indicators_page_says_a_branch_without_survey_answers_lacks_them_and_does_not_rank_it(
        database: Database) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop.indicators.service import IndicatorService
    from desktop.ui.models.indicator_ranking import data_text

    table = IndicatorService(database).table("satisfaction", "branch", TIR)
    late = next(row for row in table.rows if row.name == LATE_BRANCH)
    assert (late.complete, late.rank, late.missing_months, late.unanswered_survey_months) == (
        False, None, (), (TIR.code,))
    # In the language this test process has installed (another test may have installed Persian).
    assert data_text(late, "branch").startswith(QCoreApplication.translate(
        "IndicatorsPage", "Incomplete data: no survey answers for {months}").split("{months}")[0])
    district = next(row for row in IndicatorService(database).table("satisfaction", "district", TIR).rows
                    if row.name == QOM)
    assert (district.complete, district.rank, district.complete_branches, district.branches) == (False, None, 1, 2)
    assert data_text(district, "district").startswith(QCoreApplication.translate(
        "IndicatorsPage", "Incomplete data: {coverage}").split("{coverage}")[0])


def test_the_indicators_pages_satisfaction_trend_marks_a_month_whose_survey_some_branch_did_not_answer(
        database: Database) -> None:
    from desktop.domain.jalali import PeriodKind
    from desktop.indicators.service import IndicatorService

    service = IndicatorService(database)
    district = next(row for row in service.table("satisfaction", "district", TIR).rows if row.name == QOM)
    trend = service.trend("satisfaction", "district", district.unit_id, PeriodKind.MONTH, 6, until_month=None)
    position = [period.code for period in trend.periods].index(TIR.code)
    clearance = service.trend("clearance_rate", "district", district.unit_id, PeriodKind.MONTH, 6)
    assert clearance.series[0].is_complete(position)
    assert not trend.series[0].is_complete(position)  # the district's, then the province's
    assert not trend.series[1].is_complete(position)


def test_the_district_report_says_whose_satisfaction_is_incomplete(database: Database) -> None:
    report = _build(database, ReportKind.DISTRICT, TIR)
    overview = _section(report, "The districts at a glance")
    assert [row[0] for row in _table(overview).rows] == [QOM, JAFARIYEH, "Province"]  # cases: complete
    assert f"The satisfaction of {QOM}, Province is incomplete data" in _notes(overview)
    summary = _table(_section(report, QOM))
    assert "Satisfaction (incomplete data)" in [row[0] for row in summary.rows]


def test_an_approved_periods_province_figure_keeps_the_completeness_it_was_approved_with() -> None:
    from datetime import datetime

    from desktop.approvals.service import FrozenFigures
    from desktop.reports.status_data import IndicatorLine, _frozen_line

    def line(province: dict) -> IndicatorLine:
        figures = {"indicators": {"clearance_rate": {"province": {"QOM": province}, "district": {}, "branch": {}}}}
        frozen = FrozenFigures(H1, figures, "0" * 64, "رئیس کل", datetime(2024, 10, 1))
        return _frozen_line(IndicatorLine("clearance_rate", None, None, None, None, None, None), frozen)

    assert line({"name": "قم", "value": 80.0, "complete": True}).complete
    assert not line({"name": "قم", "value": 80.0, "complete": False}).complete
    assert not line({"name": "قم", "value": 80.0}).complete  # a version 1 snapshot: not known to be complete


def test_the_status_reports_satisfaction_trend_marks_a_month_whose_survey_some_branch_did_not_answer(
        database: Database) -> None:
    """Tir's case statistics are complete (its clearance point is full); its survey is two branches' of three."""
    from desktop.reports.status_data import gather_status
    from desktop.tasks import NO_PROGRESS

    trends = {trend.definition.code: trend for trend in gather_status(database, H1, TODAY, NO_PROGRESS).trends}
    position = [period.code for period in trends["satisfaction"].periods].index(TIR.code)
    assert trends["clearance_rate"].series[0].is_complete(position)
    assert not trends["satisfaction"].series[0].is_complete(position)


def test_the_citizens_report_marks_a_partial_satisfaction_and_says_whose_and_its_coverage(
        database: Database) -> None:
    """The quarter of Tir: the survey answered by two branches of three (and 101002's later months carried)."""
    section = _section(_build(database, ReportKind.CITIZENS, JalaliPeriod.parse("1403-Q2")), "Satisfaction survey")
    assert [row[0] for row in _table(section).rows] == [f"{QOM} (incomplete data)", JAFARIYEH]
    notes = _notes(section)
    assert "satisfied (incomplete data: 2 of 3 branches complete)." in notes
    assert f"Incomplete data: {QOM} (1 of 2 branches complete), Province (2 of 3 branches complete)." in notes
    assert "never compared" in notes


def test_a_half_year_covered_to_its_end_says_nothing_of_figures_running_through_a_month(database: Database) -> None:
    assert "run through the end of" not in _notes(_section(_build(database, ReportKind.STATUS, H1),
                                                            "Branch performance indicators"))
