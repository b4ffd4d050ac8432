"""The national report's milestones, progress and driver projects are the dashboard progress page's figures (one
computation, desktop/center/plan_overview.py) on the report's date, for every province — equal to each province's
own overview — with the figures its chief justice approved beside them where the half-year is approved."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.approvals.service import ApprovalService
from desktop.center import cli
from desktop.center.dashboard.progress import national_progress
from desktop.center.report import service as national_report
from desktop.center.report.data import MilestoneFigures, NationalData
from desktop.center.staff import StaffContext, StaffRole
from desktop.clock import FixedClock
from desktop.domain.access import Principal
from desktop.domain.milestones import ComplianceStatus
from desktop.planning.dashboard import DashboardService
from desktop.planning.views import HomeSummary
from desktop.store.models import Activity, ProgressUpdate
from tests.center.national_support import NOW, PERIOD, TODAY, feed_center, make_province

ADMIN = StaffContext(account_id=1, user_name="ستاد", display_name="ستاد", role=StaffRole.admin, provinces=None,
                     session_id="s", csrf_token="t")
#: Registered, but no plan data reached the center (KRM sent nothing; ILM's bundles were held or refused).
SILENT = ("ILM", "KRM")
APPROVED_EARLY = date(2026, 9, 1)  # 10 Shahrivar 1405: inside 1405-H1, which ends on 31 Shahrivar


@pytest.fixture(scope="module")
def center(national_center):
    return national_center


@pytest.fixture(scope="module")
def data(center) -> NationalData:
    service, _provinces = center
    return national_report.gather(service.engine, PERIOD, NOW)


def _own(database, on: date) -> HomeSummary:
    """The province's own overview on ``on`` (its home page's code over its own database)."""
    return DashboardService(database, FixedClock(on)).home_summary(on)


def _page(engine, on: date) -> dict[str, HomeSummary | None]:
    """The dashboard progress page's overview of each province, as the page computes it on ``on``."""
    with Session(engine) as session:
        result = national_progress(session, ADMIN, datetime.combine(on, time(12), UTC), 14)
    return {view.code: view.summary for view in result.provinces}


def test_every_provinces_milestones_equal_the_progress_pages_and_its_own_overview_approved_or_not(
        center, data: NationalData) -> None:
    service, provinces = center
    assert data.as_of == PERIOD.end  # 1405-H1 is over: the report describes its last day
    page = _page(service.engine, data.as_of)
    lines = {(line.province, line.key): line for line in data.milestones}
    for code, province in provinces.items():  # QOM approved the half-year, SMN and YZD did not
        own = _own(province.database, data.as_of)
        assert page[code] is not None and page[code].milestones == own.milestones
        for row in own.milestones:
            line = lines[(code, f"{row.term.value}-{row.year}")]
            assert line.live == MilestoneFigures.of(row), (code, row.term, row.year)
            assert line.is_approved is province.approved
    for code in SILENT:
        assert all(line.live is None and not line.is_approved for line in data.milestones if line.province == code)


def test_each_provinces_progress_and_driver_projects_are_the_progress_pages_on_the_report_date(
        center, data: NationalData) -> None:
    service, provinces = center
    page = _page(service.engine, data.as_of)
    progress = {line.code: line for line in data.progress}
    for code, province in provinces.items():
        own = _own(province.database, data.as_of)
        assert (progress[code].planned, progress[code].actual) == pytest.approx(
            (own.overall.planned, own.overall.actual))
        assert (progress[code].planned, progress[code].actual) == (page[code].overall.planned,
                                                                   page[code].overall.actual)
        drivers = [(d.number, d.planned, d.actual) for d in data.drivers if d.province == code]
        assert drivers == [(d.code, d.progress.planned, d.progress.actual) for d in own.driver_projects]
        assert drivers
    for code in SILENT:
        assert (progress[code].planned, progress[code].actual) == (None, None)


def test_the_report_describes_the_half_years_last_day_not_today(center, data: NationalData) -> None:
    """Progress reported after the half-year ended (the demo provinces report until 2 Azar 1405) does not count in
    1405-H1's report, while it does on today's progress page; a half-year under way is reported as of today."""
    service, provinces = center
    today = _page(service.engine, TODAY)
    progress = {line.code: line for line in data.progress}
    assert any(progress[code].actual != today[code].overall.actual for code in provinces)
    running = national_report.gather(service.engine, PERIOD.next(), NOW)
    assert running.as_of == TODAY
    for code, province in provinces.items():
        line = next(line for line in running.progress if line.code == code)
        assert line.actual == today[code].overall.actual == pytest.approx(_own(province.database, TODAY).overall.actual)


def test_national_milestone_compliance_counts_the_provinces_own_statuses_and_silent_ones_as_no_data(
        center, data: NationalData) -> None:
    service, provinces = center
    owns = [_own(province.database, data.as_of) for province in provinces.values()]
    with Session(service.engine) as session:
        page = national_progress(session, ADMIN, datetime.combine(data.as_of, time(12), UTC), 14)
    assert len(data.compliance) == len(page.milestones) == 3
    for index, target in enumerate(data.compliance):
        statuses = [own.milestones[index].status for own in owns]
        for status in ComplianceStatus:
            expected = statuses.count(status.value) + (len(SILENT) if status is ComplianceStatus.NO_DATA else 0)
            assert target.by_status[status.value] == expected, (target.term, target.year, status)
        assert target.provinces == len(data.provinces) == 5
        assert target.share(ComplianceStatus.MET) == pytest.approx(
            100 * statuses.count(ComplianceStatus.MET.value) / 5)
        assert target.by_status == page.milestones[index].by_status
        assert target.mean_value == page.milestones[index].mean_value


def test_the_workbook_marks_unapproved_provinces_and_gives_their_figures_as_now_reported(
        center, data: NationalData, tmp_path: Path) -> None:
    service, provinces = center
    out = tmp_path / "national.xlsx"
    assert cli.main(["report", "--db", str(service.engine.url), "--period", "1405-H1", "--out", str(out),
                     "--lang", "en"]) == 0
    sheet = load_workbook(out)["Milestones by province"]
    header = [cell.value for cell in sheet[1]]
    rows = [dict(zip(header, row, strict=True)) for row in sheet.iter_rows(min_row=2, values_only=True)]
    names = {code: p.name for code, p in provinces.items()}
    own = _own(provinces["SMN"].database, data.as_of)
    smn = [row for row in rows if row["Province"] == names["SMN"]]
    assert [row["Approved status"] for row in smn] == ["not approved"] * 3
    assert [row["Approved value"] for row in smn] == [None] * 3
    assert [row["Value as now reported"] for row in smn] == pytest.approx(
        [m.value / 100 if m.value is not None else None for m in own.milestones], abs=1e-4)  # to the shown 0.1 %
    qom = [row for row in rows if row["Province"] == names["QOM"]]
    assert all(row["Approved status"] not in ("not approved", None) for row in qom)
    assert all(row["Status as now reported"] for row in rows)  # never blank


# an approved province whose data changed after approval ---------------------------------------------------------


@pytest.fixture(scope="module")
def changed(tmp_path_factory):
    """A center whose QOM approved 1405-H1 and then reported more progress dated before the end of 1403 (its
    milestones move), and whose SMN approved 1405-H1 while it was under way."""
    from desktop.center.service import CenterService
    from desktop.sync.keys import generate_private_key

    folder = tmp_path_factory.mktemp("changed")
    province = make_province(folder, "QOM", "قم", 1403, approve=True)
    frozen = ApprovalService(province.database, FixedClock(TODAY), principal=Principal.system()).frozen_figures(PERIOD)
    parents = select(Activity.parent_id).where(Activity.parent_id.is_not(None))
    with province.database.session(user_name="دبیر") as session:
        for activity_id in session.scalars(select(Activity.id).where(Activity.id.not_in(parents))):
            session.add(ProgressUpdate(activity_id=activity_id, reported_on=date(2025, 3, 1), percent=100.0))
    early = make_province(folder, "SMN", "سمنان", 11, approve=True, approved_on=APPROVED_EARLY)
    service = CenterService(f"sqlite:///{folder / 'center.db'}", generate_private_key(), clock=lambda: NOW)
    feed_center(service, [province, early])
    yield service, province, frozen
    service.close()


def test_an_approved_province_whose_data_changed_since_shows_the_approved_and_the_live_figures(
        changed, tmp_path: Path) -> None:
    service, province, frozen = changed
    data = national_report.gather(service.engine, PERIOD, NOW)
    own = _own(province.database, data.as_of)
    lines = {line.key: line for line in data.milestones if line.province == "QOM"}
    for key, values in frozen.figures["plan"]["milestones"].items():
        line = lines[key]
        assert line.approved == MilestoneFigures(values["status"], values["value"], values["projected"],
                                                 values["solutions_meeting"], values["solutions_total"])
        assert line.live == MilestoneFigures.of(next(m for m in own.milestones
                                                     if f"{m.term.value}-{m.year}" == key))
    assert any(line.differs for line in lines.values())
    qom = data.progress[0]
    assert qom.approved_actual == frozen.figures["plan"]["overall"]["actual"]
    assert qom.actual == pytest.approx(own.overall.actual) and qom.actual != pytest.approx(qom.approved_actual)

    out = tmp_path / "changed.xlsx"
    assert cli.main(["report", "--db", str(service.engine.url), "--period", "1405-H1", "--out", str(out),
                     "--lang", "en"]) == 0
    sheet = load_workbook(out)["Milestones by province"]
    header = [cell.value for cell in sheet[1]]
    rows = [dict(zip(header, row, strict=True)) for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert len(rows) == len(data.milestones)  # one row per line, in order
    for row, line in zip(rows, data.milestones, strict=True):
        if line.province != "QOM":
            continue
        assert row["Approved value"] == pytest.approx(line.approved.value / 100, abs=1e-4)
        if line.differs:
            assert row["Value as now reported"] == pytest.approx(line.live.value / 100, abs=1e-4)
        else:
            assert (row["Value as now reported"], row["Status as now reported"]) == (None, "as approved")


def test_a_half_year_approved_while_under_way_says_its_approved_figures_describe_the_day_of_approval(
        changed) -> None:
    from desktop.reports.language import ReportLanguage
    from desktop.translations import Language, translate

    service, _province, _frozen = changed
    data = national_report.gather(service.engine, PERIOD, NOW)
    approvals = {line.code: line for line in data.approvals}
    assert approvals["SMN"].snapshot.as_of == APPROVED_EARLY and approvals["QOM"].snapshot.as_of == data.as_of
    lang = ReportLanguage(lambda context, text, **params: translate(Language.ENGLISH, context, text, **params),
                          rtl=False)
    report = national_report.build(data, lang, NOW)
    section = next(s for s in report.sections if s.title == "Milestone compliance")
    notes = [block.text for block in section.blocks if getattr(block, "text", "").startswith("Approved before")]
    assert len(notes) == 1 and "سمنان" in notes[0] and lang.cells.date(APPROVED_EARLY) in notes[0]
    assert "قم" not in notes[0]
