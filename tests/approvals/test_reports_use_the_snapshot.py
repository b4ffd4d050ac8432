"""Reports and bundles of an approved period use the frozen figures and say so, even when today's data differ —
here after a restore of a backup taken before the statistics were imported (issue 11, What to build 1)."""

from __future__ import annotations

from pathlib import Path

from desktop.backups.service import BackupService
from desktop.context import AppServices
from desktop.reports.district_data import gather_district
from desktop.reports.language import ReportLanguage
from desktop.reports.service import ReportKind, ReportRequest, ReportService
from desktop.store.database import open_database
from desktop.tasks import NO_PROGRESS
from tests.approvals.conftest import ABAN, Province

LANG = ReportLanguage(rtl=False)


def _restored_after_approval(services: AppServices, tmp_path: Path) -> tuple[AppServices, Province]:
    """Back up the bare province, then import Aban and approve it, then restore the backup: the approval (and
    its snapshot) is carried into a database without Aban's statistics."""
    backup = BackupService(services.database, services.clock).back_up_now()
    province = Province(services, tmp_path)
    province.approve()
    path = services.database.path
    BackupService(services.database, services.clock).restore(backup.path)
    restored = AppServices(open_database(path, create=False), services.clock)
    council = Province.__new__(Province)
    council.services, council.tmp_path = restored, tmp_path
    return restored, council


def _district_values(data) -> dict[str, float | None]:
    return {block.district.name: block.district.values.get("incoming") for block in data.districts}


def test_the_district_report_of_an_approved_month_shows_the_approved_figures(services, tmp_path: Path) -> None:
    restored, council = _restored_after_approval(services, tmp_path)
    try:
        data = gather_district(restored.database, ABAN, None, restored.clock.today(), NO_PROGRESS)
        assert data.approval is not None and data.approval.approved_by == "رئیس کل"
        frozen = council.approvals().frozen_figures(ABAN).figures["indicators"]["incoming"]["district"]
        assert sorted(_district_values(data).values()) == sorted(u["value"] for u in frozen.values())
        report = ReportService(restored.database, restored.clock).build(
            ReportRequest(ReportKind.DISTRICT, ABAN), LANG)
        assert any("approved by رئیس کل" in line for line in report.cover_lines)
        changed = council.approvals().figure_changes(ABAN)
        assert "indicators/incoming/district/01" in {d.key for d in changed.differences}
        assert any(c.operation == "restore" for c in changed.causes["indicators"])
    finally:
        restored.close()


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
    backup = BackupService(services.database, services.clock).back_up_now()
    province = Province(services, tmp_path)
    province.approve(half)
    frozen = province.approvals().frozen_figures(half).figures
    path = services.database.path
    BackupService(services.database, services.clock).restore(backup.path)  # without the plan and the statistics
    restored = AppServices(open_database(path, create=False), services.clock)
    try:
        data = gather_status(restored.database, half, restored.clock.today(), NO_PROGRESS)
        overall = data.summary.overall
        assert (overall.planned, overall.actual, overall.spi) == tuple(
            frozen["plan"]["overall"][k] for k in ("planned", "actual", "spi"))
        assert data.approval is not None and data.approval.approved_by == "رئیس کل"
        values = {line.code: line.value for line in data.indicators}
        assert values["clearance_rate"] == frozen["indicators"]["clearance_rate"]["province"]["QOM"]["value"]
        assert data.has_statistics  # the approved figures, though the restored database has no statistics
        other = gather_status(restored.database, JalaliPeriod.parse("1405-H1"), restored.clock.today(), NO_PROGRESS)
        assert other.approval is None
        report = ReportService(restored.database, restored.clock).build(ReportRequest(ReportKind.STATUS, half), LANG)
        assert any("approved by رئیس کل" in line for line in report.cover_lines)
        ReportService(restored.database, restored.clock).write(report, tmp_path / "status.pdf", LANG)
    finally:
        restored.close()
