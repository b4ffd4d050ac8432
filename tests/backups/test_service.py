"""The backup use cases: who may back up and restore, the schedule, restoring through the service."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.backups.service import BackupService
from desktop.domain.access import PermissionDenied, Principal, Role
from desktop.domain.backups import BackupSchedule
from desktop.store.database import open_database
from desktop.store.models import Province
from tests.accounts.conftest import MovableClock

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture
def database(tmp_path: Path):
    db = open_database(tmp_path / "rasad.sqlite3")
    with db.session() as session:
        session.add(Province(code="QOM", name="قم"))
    yield db
    db.close()


def _principal(role: Role) -> Principal:
    return Principal("u", role, 1 if role is Role.DISTRICT_HEAD else None)


@pytest.mark.parametrize("role", list(Role))
def test_backing_up_is_for_the_secretary_and_the_chief_justice(database, tmp_path: Path, role: Role) -> None:
    service = BackupService(database, MovableClock(NOW), principal=_principal(role))
    if role in (Role.SECRETARY, Role.CHIEF_JUSTICE):
        assert service.back_up_now().path.parent == tmp_path / "backups"
    else:
        with pytest.raises(PermissionDenied):
            service.back_up_now()
        with pytest.raises(PermissionDenied):  # nor the list: the Backups page is hidden from them
            service.backups()


@pytest.mark.parametrize("role", [Role.CHIEF_JUSTICE, Role.DISTRICT_HEAD, Role.VIEWER])
def test_only_the_secretary_restores(database, role: Role) -> None:
    backup = BackupService(database, MovableClock(NOW)).back_up_now()
    service = BackupService(database, MovableClock(NOW), principal=_principal(role))
    with pytest.raises(PermissionDenied):
        service.restore(backup.path)
    with database.session() as session:  # still open: nothing was touched
        assert session.scalar(select(Province.code)) == "QOM"


def test_the_scheduled_backup_runs_when_the_newest_is_a_day_old(database) -> None:
    clock = MovableClock(NOW)
    service = BackupService(database, clock, schedule=BackupSchedule(timedelta(days=1)), keep=2)
    assert service.back_up_if_due() is not None
    clock.advance(hours=23)
    assert service.back_up_if_due() is None
    clock.advance(hours=1)
    assert service.back_up_if_due() is not None
    clock.advance(days=3)
    service.back_up_if_due()
    assert len(service.backups()) == 2


def test_restoring_through_the_service_closes_the_database_and_swaps_the_file(database) -> None:
    service = BackupService(database, MovableClock(NOW))
    backup = service.back_up_now()
    with database.session() as session:
        session.add(Province(code="TEH", name="تهران"))
    kept = service.restore(backup.path).kept
    assert kept is not None and kept.exists()
    with pytest.raises(RuntimeError):
        database.session().__enter__()
    with open_database(database.path, create=False) as reopened, reopened.session() as session:
        assert list(session.scalars(select(Province.code))) == ["QOM"]


def test_the_schedule_is_due_at_once_without_any_backup() -> None:
    assert BackupSchedule().is_due(None, NOW)
    assert not BackupSchedule(timedelta(hours=6)).is_due(NOW, NOW + timedelta(hours=5))


def test_a_bad_backup_is_refused_before_the_database_is_closed(database, tmp_path: Path) -> None:
    from desktop.store.backup_refusals import BackupError

    with pytest.raises(BackupError):
        BackupService(database, MovableClock(NOW)).restore(tmp_path / "missing.sqlite3")
    with database.session() as session:
        assert session.scalar(select(Province.code)) == "QOM"


def _scribble_over_a_province_page(path: Path) -> None:
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        page = connection.execute("SELECT pageno FROM dbstat WHERE name = 'province'").fetchone()[0]
    finally:
        connection.close()
    with path.open("r+b") as file:
        file.seek((page - 1) * page_size)
        file.write(bytes(range(256)) * (page_size // 256))


def test_a_backup_of_a_damaged_database_runs_the_full_check_and_is_refused(tmp_path: Path) -> None:
    """The check runs before every backup even though opening no longer does: the damage is found, no
    backup is kept, and the open database refuses writes from then on."""
    from desktop.store.backup_refusals import BackupError
    from desktop.store.health import DatabaseDamagedError, HealthStatus

    path = tmp_path / "rasad.sqlite3"
    with open_database(path) as db, db.session() as session:
        session.add(Province(code="QOM", name="قم"))
    _scribble_over_a_province_page(path)
    with open_database(path, create=False) as db:
        assert db.health.report.status is HealthStatus.UNCHECKED
        service = BackupService(db, MovableClock(NOW))
        with pytest.raises(BackupError) as raised:
            service.back_up_now()
        assert raised.value.problems
        assert service.backups() == []
        assert db.health.report.status is HealthStatus.DAMAGED
        with pytest.raises(DatabaseDamagedError), db.session() as session:
            session.add(Province(code="TEH", name="تهران"))


def test_a_damaged_backup_is_refused_by_the_full_check_before_the_database_is_closed(database, tmp_path: Path) -> None:
    from desktop.store.backup_refusals import BackupError

    service = BackupService(database, MovableClock(NOW))
    backup = service.back_up_now()
    _scribble_over_a_province_page(backup.path)
    with pytest.raises(BackupError) as raised:
        service.restore(backup.path)
    assert "cannot be restored" in raised.value.english()
    with database.session() as session:  # still open, untouched
        assert session.scalar(select(Province.code)) == "QOM"
