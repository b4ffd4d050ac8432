"""Reports and bundles of an approved period use the frozen figures and say so, even when today's data differ —
here because the database was edited outside Rasad, or because a plan change outside the period moved a
province-wide roll-up (issue 11, What to build 1)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from desktop.clock import FixedClock
from desktop.context import AppServices
from desktop.reports.district_data import gather_district
from desktop.reports.language import ReportLanguage
from desktop.reports.service import ReportKind, ReportRequest, ReportService
from desktop.tasks import NO_PROGRESS
from tests.approvals.conftest import ABAN, Province

LANG = ReportLanguage(rtl=False)


def _edit_outside_rasad(province: Province, sql: str) -> None:
    """Derived figures changed behind Rasad's back - the branch rows and, as a rebuild writes them together,
    the district and province roll-ups made from them."""
    from desktop.indicators.rollup import rebuild_rollups

    connection = sqlite3.connect(province.services.database.path)
    with connection:
        connection.execute(sql)
    connection.close()
    with province.services.database.engine.begin() as engine_connection:
        rebuild_rollups(engine_connection)


def _district_values(data) -> dict[str, float | None]:
    return {block.district.name: block.district.values.get("incoming") for block in data.districts}


def test_the_district_report_of_an_approved_month_shows_the_approved_figures(services, tmp_path: Path) -> None:
    province = Province(services, tmp_path)
    province.approve()
    _edit_outside_rasad(province, "UPDATE indicator_month SET incoming = incoming + 7")
    data = gather_district(services.database, ABAN, None, services.clock.today(), NO_PROGRESS)
    assert data.approval is not None and data.approval.approved_by == "رئیس کل"
    frozen = province.approvals().frozen_figures(ABAN).figures["indicators"]["incoming"]["district"]
    assert sorted(_district_values(data).values()) == sorted(u["value"] for u in frozen.values())
    report = ReportService(services.database, services.clock).build(ReportRequest(ReportKind.DISTRICT, ABAN), LANG)
    assert any("approved by رئیس کل" in line for line in report.cover_lines)
    changed = province.approvals().figure_changes(ABAN)
    assert "indicators/incoming/district/01" in {d.key for d in changed.differences}


def test_a_month_not_approved_shows_todays_figures_without_the_line(services, tmp_path: Path) -> None:
    Province(services, tmp_path)
    data = gather_district(services.database, ABAN, None, services.clock.today(), NO_PROGRESS)
    assert data.approval is None
    report = ReportService(services.database, services.clock).build(ReportRequest(ReportKind.DISTRICT, ABAN), LANG)
    assert not any("approved by" in line for line in report.cover_lines)


def test_a_bundle_cut_after_an_approval_carries_the_frozen_figures_and_the_center_checks_them(
        services, tmp_path: Path) -> None:
    import json

    import pytest

    from desktop.center.service import parse_progress
    from desktop.store.changelog import changes_since
    from desktop.sync import canonical
    from desktop.sync.errors import BadPartError
    from desktop.sync.payload import SNAPSHOTS_PART, build_progress_parts

    province = Province(services, tmp_path)
    province.approve()
    frozen = province.approvals().frozen_figures(ABAN)
    with services.database.session() as session:
        payload = build_progress_parts(session, changes_since(session, 0), evidence_store=None)
    parts = {name: data for name, data, _compress in payload.parts}
    carried = json.loads(parts[SNAPSHOTS_PART])["snapshots"]
    assert [(s["period"], s["sha256"], s["approved_by"]) for s in carried] == [
        ("1405-08", frozen.sha256, "رئیس کل")]
    assert carried[0]["figures"] == frozen.figures
    assert parse_progress(parts).snapshots == carried
    carried[0]["figures"]["resolutions"]["total"] += 1  # figures changed on the way
    parts[SNAPSHOTS_PART] = canonical.dumps({"snapshots": carried})
    with pytest.raises(BadPartError):
        parse_progress(parts)


def test_the_status_report_of_an_approved_half_year_shows_the_approved_roll_up(services, tmp_path: Path) -> None:
    from desktop.domain.jalali import JalaliPeriod
    from desktop.reports.status_data import gather_status

    half = JalaliPeriod.parse("1405-H2")
    services = AppServices(services.database, FixedClock(date(2027, 3, 21)))  # H2 is submitted once it is over
    province = Province(services, tmp_path)
    province.approve(half)
    frozen = province.approvals().frozen_figures(half).figures
    # Allowed while H2 is approved (wholly in 1406), yet it lowers the province's planned value of every day:
    services.plans.create_activity(province.activity_form.__class__(
        province.program, "9", "فعالیت سال بعد", 5, date(2027, 4, 1), date(2027, 6, 1)))
    _edit_outside_rasad(province, "UPDATE indicator_month SET disposed = disposed + 3")
    data = gather_status(services.database, half, services.clock.today(), NO_PROGRESS)
    overall = data.summary.overall
    assert (overall.planned, overall.actual, overall.spi) == tuple(
        frozen["plan"]["overall"][k] for k in ("planned", "actual", "spi"))
    assert data.approval is not None and data.approval.approved_by == "رئیس کل"
    values = {line.code: line.value for line in data.indicators}
    assert values["clearance_rate"] == frozen["indicators"]["clearance_rate"]["province"]["QOM"]["value"]
    changed = {d.key for d in province.approvals().figure_changes(half).differences}
    assert {"plan/overall/planned", "indicators/clearance_rate/province/QOM"} <= changed
    other = gather_status(services.database, JalaliPeriod.parse("1405-H1"), services.clock.today(), NO_PROGRESS)
    assert other.approval is None
    report = ReportService(services.database, services.clock).build(ReportRequest(ReportKind.STATUS, half), LANG)
    assert any("approved by رئیس کل" in line for line in report.cover_lines)
    ReportService(services.database, services.clock).write(report, tmp_path / "status.pdf", LANG)


def _carry_101002(value: str) -> str:
    return (f"UPDATE indicator_month SET source = '{value}' WHERE case_type = '' AND branch_id ="
            " (SELECT id FROM branch WHERE code = '101002')")


def _overview_and_notes(services) -> tuple[list[str], str]:
    from desktop.reports.document import Paragraph, Table

    report = ReportService(services.database, services.clock).build(ReportRequest(ReportKind.DISTRICT, ABAN), LANG)
    overview = next(section for section in report.sections if section.title == "The districts at a glance")
    table = next(block for block in overview.blocks if isinstance(block, Table))
    notes = " ".join(block.text for section in report.sections for block in section.blocks
                     if isinstance(block, Paragraph))
    return [row[0] for row in table.rows], notes


def test_an_approved_month_marks_the_units_incomplete_when_approved_though_complete_today(
        services, tmp_path: Path) -> None:
    """101002's Aban was carried forward when the chief justice approved; today it is its own again."""
    from desktop.indicators.service import IndicatorService

    province = Province(services, tmp_path)
    _edit_outside_rasad(province, _carry_101002("carried"))
    province.approve()
    _edit_outside_rasad(province, _carry_101002("monthly"))
    assert all(row.complete for row in IndicatorService(services.database).table("backlog", "district", ABAN).rows)
    data = gather_district(services.database, ABAN, None, services.clock.today(), NO_PROGRESS)
    first, second = data.districts
    assert (first.district.complete, second.district.complete, data.province.complete) == (False, True, False)
    late = [branch for branch in first.branches if not branch.complete]
    assert len(late) == 1 and late[0].rank is None  # never ranked on the figures it was approved with
    names, notes = _overview_and_notes(services)
    assert names == [f"{first.district.name} (incomplete data)", second.district.name,
                     "Province (incomplete data)"]
    # the Persian name ends with a left-to-right mark in an English sentence (desktop/reports/language.py)
    assert (f"Incomplete data: {first.district.name}\u200e (1 of 2 branches complete), Province (2 of 3 "
            "branches complete).") in notes


def test_an_approved_month_shows_no_mark_where_the_units_were_complete_when_approved(
        services, tmp_path: Path) -> None:
    """Every branch's Aban was its own when approved; today 101002's is carried forward (edited outside Rasad)."""
    province = Province(services, tmp_path)
    province.approve()
    _edit_outside_rasad(province, _carry_101002("carried"))
    names, notes = _overview_and_notes(services)
    assert not any("incomplete data" in name for name in names)
    assert "Incomplete data:" not in notes and "incomplete data" not in notes
    data = gather_district(services.database, ABAN, None, services.clock.today(), NO_PROGRESS)
    assert all(branch.rank is not None for block in data.districts for branch in block.branches)


def test_an_approved_month_of_a_version_1_snapshot_says_its_completeness_is_not_known() -> None:
    from datetime import datetime

    from desktop.approvals.service import FrozenFigures
    from desktop.reports.district_data import _frozen_completeness

    unit = {"name": "x", "value": 1.0}
    figures = {"version": 1, "indicators": {code: {"province": {"QOM": unit}, "district": {"01": unit},
                                                   "branch": {"101001": unit}} for code in ("backlog", "satisfaction")}}
    frozen = FrozenFigures(ABAN, figures, "0" * 64, "رئیس کل", datetime(2026, 11, 22))
    incomplete, _coverage, _codes, unknown = _frozen_completeness(frozen, {1: "101001"}, {1: "01"}, {1: 1}, 1)
    assert incomplete == unknown == {("branch", 1), ("district", 1), ("province", 1)}


def test_the_snapshot_records_a_satisfaction_some_branch_did_not_answer_as_incomplete(tmp_path: Path) -> None:
    """Tir 1403 of the partial province: every case statistic complete, the survey answered by two of three."""
    from desktop.approvals.snapshot import SNAPSHOT_VERSION, build_figures
    from tests.imports.conftest import TODAY
    from tests.reports.partial_province import QOM, TIR, partial_province

    database = partial_province(tmp_path)
    figures = build_figures(database, TIR, TODAY)
    database.close()
    assert figures["version"] == SNAPSHOT_VERSION >= 3
    by_name = {level: {unit["name"]: unit["complete"] for unit in figures["indicators"]["satisfaction"][level].values()}
               for level in ("district", "province")}
    assert by_name["district"][QOM] is False and by_name["province"] == {"قم": False}
    assert all(unit["complete"] for unit in figures["indicators"]["backlog"]["district"].values())


def test_a_version_2_snapshots_satisfaction_is_not_known_to_be_complete() -> None:
    """Version 2 judged satisfaction by the case statistics alone: whether the survey was complete is unknown."""
    from datetime import datetime

    from desktop.approvals.service import FrozenFigures
    from desktop.reports.approved import unit_completeness, units

    unit = {"name": "حوزه قضایی قم", "value": 90.0, "complete": True}

    def frozen(version: int) -> FrozenFigures:
        figures = {"version": version, "indicators": {code: {"district": {"01": unit}}
                                                      for code in ("satisfaction", "backlog")}}
        return FrozenFigures(ABAN, figures, "0" * 64, "رئیس کل", datetime(2026, 11, 22))

    assert unit_completeness(frozen(2), "satisfaction", "district", "01") is None
    assert units(frozen(2), "satisfaction", "district")[0][3] is False
    assert unit_completeness(frozen(2), "backlog", "district", "01") is True
    assert unit_completeness(frozen(3), "satisfaction", "district", "01") is True
