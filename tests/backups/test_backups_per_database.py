"""Two databases in one folder share its ``backups`` folder: each lists and rotates only its own backups, named
after its file, and a backup of another province is restored only when asked for by name."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.backups.service import BackupService
from desktop.organisation.service import PROVINCE_CODE, PROVINCE_NAME
from desktop.store.database import Database, open_database
from desktop.store.models import Province
from desktop.store.settings import get_setting, set_setting
from tests.accounts.conftest import MovableClock

NOW = datetime(2026, 12, 4, 20, 6, tzinfo=UTC)


def _province(path: Path, code: str, name: str) -> Path:
    with open_database(path) as database, database.session() as session:
        session.add(Province(code=code, name=name))
        set_setting(session, PROVINCE_CODE, code)
        set_setting(session, PROVINCE_NAME, name)
    return path


@pytest.fixture
def two(tmp_path: Path) -> tuple[Path, Path]:
    """Qom's database and Isfahan's, side by side in one folder (their backups both in ``two/backups``)."""
    folder = tmp_path / "two"
    return _province(folder / "one.sqlite3", "QOM", "قم"), _province(folder / "isf.sqlite3", "ISF", "اصفهان")


def _back_up(path: Path, clock: MovableClock, keep: int = 2) -> Path:
    with open_database(path, create=False) as database:
        made = BackupService(database, clock, keep=keep).back_up_now().path
    clock.advance(minutes=1)
    return made


def _listed(path: Path) -> list[Path]:
    with open_database(path, create=False) as database:
        return [backup.path for backup in BackupService(database, MovableClock(NOW)).backups()]


def _province_of(database: Database) -> str:
    with database.reading() as session:
        return get_setting(session, PROVINCE_CODE)


def test_one_databases_rotation_never_removes_another_databases_backups_in_the_same_folder(two) -> None:
    qom, isfahan = two
    clock = MovableClock(NOW)
    _back_up(qom, clock)
    isfahans = _back_up(isfahan, clock)
    newest_of_qom = [_back_up(qom, clock) for _ in range(3)][-2:]
    assert isfahans.exists()
    assert _listed(isfahan) == [isfahans]
    assert _listed(qom) == newest_of_qom[::-1]
    assert isfahans.name.startswith("isf-") and all(path.name.startswith("one-") for path in newest_of_qom)


def test_a_renamed_database_still_lists_its_backups_and_its_rotation_keeps_the_old_names(two) -> None:
    """Its identity is inside its backups: renamed, it still finds them. Its rotation removes only backups named
    after its file: a copy of the file (same identity, another name) keeps its own."""
    qom, _isfahan = two
    clock = MovableClock(NOW)
    before = _back_up(qom, clock)
    renamed = qom.rename(qom.with_name("qom.sqlite3"))
    after = [_back_up(renamed, clock, keep=1) for _ in range(2)]
    assert not after[0].exists()
    assert _listed(renamed) == [after[1], before]


def test_a_backup_of_an_earlier_version_is_listed_for_its_province_only_and_never_rotated(two) -> None:
    qom, isfahan = two
    earlier = qom.parent / "backups" / "rasad-20261101-090000.sqlite3"  # no identity inside: before this version
    earlier.parent.mkdir()
    shutil.copyfile(qom, earlier)
    clock = MovableClock(NOW)
    for _ in range(3):
        _back_up(qom, clock, keep=1)
    with open_database(qom, create=False) as database:
        listed = BackupService(database, clock).backups()
    assert [(backup.path == earlier, backup.earlier) for backup in listed] == [(False, False), (True, True)]
    assert _listed(isfahan) == []


def test_a_restore_keeps_the_databases_identity_and_with_it_its_backups(two) -> None:
    qom, isfahan = two
    clock = MovableClock(NOW)
    first = _back_up(qom, clock)
    _back_up(isfahan, clock)  # beside them: never Qom's
    with open_database(qom, create=False) as database:
        BackupService(database, clock).restore(first)
    second = _back_up(qom, clock)
    assert _listed(qom) == [second, first]


def test_a_backup_of_another_province_is_refused_naming_both_and_the_file(two) -> None:
    from desktop.backups.restore_consent import RestoreConsent, RestoreNeedsConsent

    qom, isfahan = two
    of_qom = _back_up(qom, MovableClock(NOW))
    with open_database(isfahan, create=False) as database:
        service = BackupService(database, MovableClock(NOW))
        assert service.restore_question(of_qom).consent is RestoreConsent.ANOTHER_PROVINCE
        with pytest.raises(RestoreNeedsConsent) as refused:
            service.restore(of_qom)
        assert refused.value.english() == (
            f"The backup “{of_qom}” is of the province قم, and this database is اصفهان's: restored, it would put "
            "قم's data, province and name in place of اصفهان's.")
        assert _province_of(database) == "ISF"  # refused before the database was closed
    with open_database(isfahan, create=False) as database:
        BackupService(database, MovableClock(NOW)).restore(of_qom, consent=[RestoreConsent.ANOTHER_PROVINCE])
    with open_database(isfahan, create=False) as database:
        assert _province_of(database) == "QOM"


def test_a_backup_of_its_own_province_asks_nothing(two) -> None:
    qom, _isfahan = two
    own = _back_up(qom, MovableClock(NOW))
    with open_database(qom, create=False) as database:
        service = BackupService(database, MovableClock(NOW))
        assert service.restore_question(own) is None
        service.restore(own)


def _accounts(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT count(*) FROM account").fetchone()[0]


def _with_a_secretary(path: Path) -> None:
    from desktop.accounts.service import AccountService

    with open_database(path, create=False) as database:
        accounts = AccountService(database, MovableClock(NOW))
        accounts.create_first_secretary("isec", "دبیر اصفهان", "Tabriz-Qom-1405")


def test_a_backup_without_accounts_keeps_the_accounts_of_the_database_it_replaces(two) -> None:
    _qom, isfahan = two
    without = _back_up(isfahan, MovableClock(NOW))
    _with_a_secretary(isfahan)
    with open_database(isfahan, create=False) as database:
        BackupService(database, MovableClock(NOW)).restore(without)
    assert _accounts(isfahan) == 1  # carried in: still nobody opens it without signing in


def test_a_restore_that_would_leave_no_account_where_there_were_accounts_needs_consent(
        two, monkeypatch: pytest.MonkeyPatch) -> None:
    """The accounts cannot be carried from a database that cannot be read: restored, a backup without accounts
    would let anyone act as the secretary."""
    from desktop.backups.restore_consent import RestoreConsent, RestoreNeedsConsent

    _qom, isfahan = two
    without = _back_up(isfahan, MovableClock(NOW))
    _with_a_secretary(isfahan)
    monkeypatch.setattr("desktop.store.restore_ledger._unreadable", lambda _path: True)
    with open_database(isfahan, create=False) as database:
        with pytest.raises(RestoreNeedsConsent) as refused:
            BackupService(database, MovableClock(NOW)).restore(without)
        assert refused.value.consent is RestoreConsent.WITHOUT_ACCOUNTS
    assert _accounts(isfahan) == 1
    with open_database(isfahan, create=False) as database:
        BackupService(database, MovableClock(NOW)).restore(without, consent=[RestoreConsent.WITHOUT_ACCOUNTS])
    assert _accounts(isfahan) == 0


def test_a_backup_cut_short_by_a_full_disk_leaves_nothing_behind(two, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.store import backup as backup_module
    from desktop.store.backup_refusals import BackupError

    qom, _isfahan = two

    def disk_full(_source: str, destination: Path) -> None:  # what SQLite leaves when the disk fills midway
        destination.write_bytes(b"partial")
        Path(f"{destination}-journal").write_bytes(b"journal")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup_module, "copy_database", disk_full)
    with open_database(qom, create=False) as database, pytest.raises(BackupError):
        BackupService(database, MovableClock(NOW)).back_up_now()
    assert list((qom.parent / "backups").iterdir()) == []


def test_the_province_of_a_database_known_by_its_row_alone_counts(tmp_path: Path) -> None:
    """A province set up before the settings named it: its row says which it is."""
    from desktop.store.backup_origin import origin_of

    path = tmp_path / "old.sqlite3"
    with open_database(path) as database, database.session() as session:
        session.add(Province(code="QOM", name="قم"))
    origin = origin_of(path)
    assert origin is not None and (origin.province_code, origin.province, origin.database_id) == ("QOM", "قم", None)
