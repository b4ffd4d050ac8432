"""After a restore and a resync, the center ends with the province's (restored) rows, not with the changes the
restore lost (desktop/sync/corrections.py): the resync writes a correction for every row the taken-back bundles
touched that the center holds otherwise, and the next signed bundle carries it; the center recomputes its
national figures as for any bundle. A real center, in process."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.center.app import create_app
from desktop.center.dashboard.replay import current_rows
from desktop.center.models import CenterFlag, NationalActivity
from desktop.center.plan_overview import province_overview
from desktop.center.report.plan_lines import progress_line
from desktop.center.service import CenterService
from desktop.planning.reference_seed import seed_reference_plans
from desktop.store.backup import create_backup, restore_backup
from desktop.store.database import Database, open_database
from desktop.store.models import Activity, ChangeLog, Meeting, ProgressUpdate
from desktop.store.settings import set_setting
from desktop.sync.keys import export_public
from desktop.sync.outbox import Outbox
from desktop.sync.resync import ResyncResult, apply_center_chain, fetch_center_chain
from desktop.sync.sender import Sender

PROVINCE = "QOM"
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
URL = "http://127.0.0.1"
REPORT_DAY = date(2026, 11, 23)


@pytest.fixture
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture
def center(tmp_path: Path, key):
    service = CenterService(f"sqlite:///{tmp_path / 'center.sqlite3'}", Ed25519PrivateKey.generate(), lambda: NOW)
    service.register_province(PROVINCE, "قم", export_public(key.public_key()))
    yield service
    service.close()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """A province with the reference plans (no progress yet)."""
    path = tmp_path / "rasad.sqlite3"
    with open_database(path) as database, database.session() as session:
        set_setting(session, "province.code", PROVINCE)
        seed_reference_plans(session, 1405)
    return path


def _activities(database: Database) -> tuple[int, int]:
    with database.reading() as session:
        first, second = session.scalars(select(Activity.id).order_by(Activity.id).limit(2))
    return first, second


def _report(database: Database, activity_id: int, percent: float, day: date) -> int:
    with database.session() as session:
        update = ProgressUpdate(activity_id=activity_id, reported_on=day, percent=percent)
        session.add(update)
        session.flush()
        return update.id


def _send(database: Database, key, center: CenterService) -> None:
    outbox = Outbox(database, lambda: NOW)
    outbox.cut_all(key, PROVINCE, "1.0")
    report = Sender(outbox, TestClient(create_app(center), base_url=URL), URL, center.public_key, PROVINCE,
                    lambda: NOW).send_due()
    assert report.failed == 0 and report.rejected == 0, report.error


def _restore(path: Path, backup: Path) -> Database:
    restore_backup(backup, path)
    return open_database(path)


def _resync(database: Database, key, center: CenterService) -> ResyncResult:
    client = TestClient(create_app(center), base_url=URL)
    items = fetch_center_chain(client, URL, PROVINCE, key, lambda: NOW)
    return apply_center_chain(database, items, center.public_key, PROVINCE, lambda: NOW)


def _center_percent(center: CenterService, activity_id: int) -> float | None:
    with Session(center.engine) as session:
        return session.scalar(select(NationalActivity.percent).where(
            NationalActivity.province == PROVINCE, NationalActivity.activity_id == activity_id))


def _center_rows(center: CenterService, table: str) -> dict[int, dict]:
    with Session(center.engine) as session:
        return current_rows(session, PROVINCE, [table])[table]


def _province_rows(database: Database) -> dict[int, tuple[int, float]]:
    with database.reading() as session:
        return {row.id: (row.activity_id, row.percent) for row in session.scalars(select(ProgressUpdate))}


def _reported_in_report(center: CenterService) -> int:
    with Session(center.engine) as session:
        overview = province_overview(session, PROVINCE, "قم", REPORT_DAY)
        return progress_line(PROVINCE, "قم", overview, None, False).reported


def test_a_progress_report_the_restore_lost_is_taken_out_of_the_centers_figures(path, tmp_path, key, center) -> None:
    database = open_database(path)
    first, _ = _activities(database)
    _send(database, key, center)
    backup = create_backup(path, tmp_path / "backups", now=NOW).path
    lost = _report(database, first, 3.0, date(2026, 11, 20))
    _send(database, key, center)
    assert _center_percent(center, first) == 3.0 and _reported_in_report(center) == 1
    database.close()

    database = _restore(path, backup)
    try:
        result = _resync(database, key, center)
        assert (result.taken_back, result.corrected) == (1, 1)
        _send(database, key, center)
        assert lost not in _province_rows(database)
        assert lost not in _center_rows(center, "progress_update")  # deleted at the center too
        assert _center_percent(center, first) is None  # the province has no report of it: nor has the center
        assert _reported_in_report(center) == 0
        with Session(center.engine) as session:
            assert session.scalar(select(CenterFlag.id).limit(1)) is None  # no fork, no refusal
    finally:
        database.close()


def test_the_center_falls_back_to_the_report_the_province_still_has(path, tmp_path, key, center) -> None:
    database = open_database(path)
    first, _ = _activities(database)
    _report(database, first, 10.0, date(2026, 11, 1))
    _send(database, key, center)
    backup = create_backup(path, tmp_path / "backups", now=NOW).path
    _report(database, first, 30.0, date(2026, 11, 20))
    _send(database, key, center)
    assert _center_percent(center, first) == 30.0
    database.close()

    database = _restore(path, backup)
    try:
        _resync(database, key, center)
        _send(database, key, center)
        assert _center_percent(center, first) == 10.0
        assert {row_id: (values["activity_id"], values["percent"]) for row_id, values
                in _center_rows(center, "progress_update").items()} == _province_rows(database)
    finally:
        database.close()


def test_a_row_the_restore_deleted_is_deleted_at_the_center(path, tmp_path, key, center) -> None:
    database = open_database(path)
    _send(database, key, center)
    backup = create_backup(path, tmp_path / "backups", now=NOW).path
    with database.session() as session:
        meeting = Meeting(number=7, held_on=date(2026, 11, 1), title="جلسه ۷", location="تالار")
        session.add(meeting)
        session.flush()
        lost = meeting.id
    _send(database, key, center)
    assert lost in _center_rows(center, "meeting")
    database.close()

    database = _restore(path, backup)
    try:
        assert _resync(database, key, center).corrected == 1
        _send(database, key, center)
        assert lost not in _center_rows(center, "meeting")
    finally:
        database.close()


def test_a_row_id_reused_after_the_restore_ends_with_the_provinces_record(path, tmp_path, key, center) -> None:
    database = open_database(path)
    first, second = _activities(database)
    _send(database, key, center)
    backup = create_backup(path, tmp_path / "backups", now=NOW).path
    lost = _report(database, first, 3.0, date(2026, 11, 20))
    _send(database, key, center)
    database.close()

    database = _restore(path, backup)
    try:
        reused = _report(database, second, 5.0, date(2026, 11, 21))  # another report, the same row id
        assert reused == lost
        with database.reading() as session:
            logged = session.scalar(select(ChangeLog.id).order_by(ChangeLog.id.desc()).limit(1))
        assert _resync(database, key, center).corrected == 1
        with database.reading() as session:  # the report's own insert, sent anyway, is the correction
            assert session.scalar(select(ChangeLog.id).order_by(ChangeLog.id.desc()).limit(1)) == logged
        _send(database, key, center)
        row = _center_rows(center, "progress_update")[reused]
        assert (row["activity_id"], row["percent"]) == (second, 5.0)
        assert _center_percent(center, first) is None and _center_percent(center, second) == 5.0
        assert _reported_in_report(center) == 1
    finally:
        database.close()


def test_nothing_is_corrected_when_the_province_still_has_the_taken_back_rows(path, tmp_path, key, center) -> None:
    database = open_database(path)
    first, _ = _activities(database)
    _send(database, key, center)
    _report(database, first, 3.0, date(2026, 11, 20))
    backup = create_backup(path, tmp_path / "backups", now=NOW).path  # after the report, before its bundle
    _send(database, key, center)
    database.close()

    database = _restore(path, backup)
    try:
        with database.reading() as session:
            logged = session.scalar(select(ChangeLog.id).order_by(ChangeLog.id.desc()).limit(1))
        result = _resync(database, key, center)
        assert (result.taken_back, result.corrected) == (1, 0)
        with database.reading() as session:
            assert session.scalar(select(ChangeLog.id).order_by(ChangeLog.id.desc()).limit(1)) == logged
        assert not Outbox(database, lambda: NOW).has_unsent_changes()
        assert _center_percent(center, first) == 3.0
    finally:
        database.close()


def test_a_bundle_deleting_a_progress_report_moves_the_national_percent_back(path, key, center) -> None:
    database = open_database(path)
    try:
        first, _ = _activities(database)
        _report(database, first, 10.0, date(2026, 11, 1))
        later = _report(database, first, 30.0, date(2026, 11, 20))
        _send(database, key, center)
        with database.session() as session:
            session.delete(session.get(ProgressUpdate, later))
        _send(database, key, center)
        assert _center_percent(center, first) == 10.0
    finally:
        database.close()
