"""A restore keeps the approvals and leaves a trace; it is atomic at every instant, keeps every previous state
and its leftovers are removed at the next start (issue 11, What to build 3)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.backups.service import BackupService
from desktop.clock import FixedClock
from desktop.context import AppServices
from desktop.domain.access import Principal, Role
from desktop.domain.approval import ApprovalState, PeriodLocked
from desktop.organisation.service import OrganisationService
from desktop.store.backup import create_backup, integrity_problems, remove_leftovers
from desktop.store.database import open_database
from desktop.store.models import AuditEvent, Province
from tests.approvals.conftest import ABAN, MONTHLY_HEADERS, write_csv
from tests.approvals.conftest import Province as Council
from tests.backups.test_service import NOW
from tests.services.conftest import PLANS_YEAR, TODAY, setup_form

ROOT = Path(__file__).resolve().parents[2]
SECRETARY = Principal("دبیر شورا", Role.SECRETARY, login="secretary")


@pytest.fixture
def province(tmp_path: Path):
    database = open_database(tmp_path / "council" / "rasad.sqlite3")
    OrganisationService(database).complete_setup(setup_form(), plans_year=PLANS_YEAR)
    services = AppServices(database, FixedClock(TODAY))
    yield Council(services, tmp_path)
    services.close()


def test_restoring_a_backup_taken_before_an_approval_keeps_the_approval_and_its_lock(
        province: Council, tmp_path: Path) -> None:
    services = province.services
    backup = BackupService(services.database, services.clock, principal=SECRETARY).back_up_now()
    province.approve()
    frozen = province.approvals().frozen_figures(ABAN)
    path = services.database.path
    BackupService(services.database, services.clock, principal=SECRETARY).restore(backup.path)
    restored = AppServices(open_database(path, create=False), services.clock)
    try:
        council = Council.__new__(Council)
        council.services = restored
        assert council.approvals().status(ABAN).state is ApprovalState.APPROVED
        assert council.approvals().frozen_figures(ABAN).sha256 == frozen.sha256
        again = write_csv(tmp_path / "again.csv", MONTHLY_HEADERS, (("101001", "1405", "8", "1", "1", "1", "1",
                                                                    "1", "1"),))
        with pytest.raises(PeriodLocked):
            restored.imports.import_file(again, "monthly")
        with restored.database.session() as session:
            events = [(e.kind, e.login, e.display_name) for e in session.scalars(select(AuditEvent))]
            detail = session.scalar(select(AuditEvent.detail).where(AuditEvent.kind == "restore"))
        assert ("restore", "secretary", "دبیر شورا") in events
        assert ("backup.create", "secretary", "دبیر شورا") in events
        assert backup.path.name in detail and "approvals carried: 1" in detail
    finally:
        restored.close()


def _live(tmp_path: Path) -> tuple[Path, Path]:
    """A database with one province, its backup, then a second province added (old = 2, backup = 1)."""
    path = tmp_path / "live" / "rasad.sqlite3"
    with open_database(path) as db:
        with db.session() as session:
            session.add(Province(code="QOM", name="قم"))
        backup = create_backup(path, tmp_path / "backups", now=NOW).path
        with db.session() as session:
            session.add(Province(code="TEH", name="تهران"))
    return path, backup


def _provinces(path: Path) -> int:
    connection = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)
    try:
        return connection.execute("SELECT count(*) FROM province").fetchone()[0]
    finally:
        connection.close()


def _dump(path: Path) -> list[str]:
    """The database's content as SQL (its file may differ in bytes once its write-ahead log is folded in)."""
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_every_restore_keeps_the_previous_database_under_a_new_number(tmp_path: Path) -> None:
    path, backup = _live(tmp_path)
    with open_database(path) as db:
        first = BackupService(db, _clock(), principal=SECRETARY).restore(backup).kept
    with open_database(path) as db:
        second = BackupService(db, _clock(), principal=SECRETARY).restore(backup).kept
    assert (first.name, second.name) == ("rasad.sqlite3.before-restore-1", "rasad.sqlite3.before-restore-2")
    assert (_provinces(first), _provinces(second), _provinces(path)) == (2, 1, 1)


def _clock():
    from tests.accounts.conftest import MovableClock

    return MovableClock(NOW)


def test_leftovers_of_a_killed_backup_or_restore_go_at_the_next_start(tmp_path: Path) -> None:
    path, _backup = _live(tmp_path)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = [path.parent / f".rasad.sqlite3.restore-{dead.pid}.part",
             tmp_path / "backups" / f".rasad-20261123-090000.sqlite3.{dead.pid}.part"]
    mine = path.parent / f".rasad.sqlite3.restore-{os.getpid()}.part"  # a restore still running: kept
    other = path.parent / f".notes.{dead.pid}.part"  # not ours: kept
    for leftover in (*stale, mine, other):
        leftover.write_bytes(b"partial")
    with open_database(path) as db:
        BackupService(db, _clock(), folder=tmp_path / "backups", principal=SECRETARY)
    assert [p.exists() for p in stale] == [False, False] and mine.exists() and other.exists()


_CHILD = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path
    import desktop.store.backup as backup
    backup_file, target, point = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    real_link, real_replace, real_carry = os.link, os.replace, backup.carry_ledger

    def pause(name):
        if name == point:
            print(name, flush=True)
            time.sleep(120)

    def link(*args, **kwargs):
        pause("link")
        return real_link(*args, **kwargs)

    def replace(source, destination):
        if Path(destination) == target:
            pause("replace")
            real_replace(source, destination)
            pause("after-replace")
            return
        real_replace(source, destination)

    def carry(*args):
        pause("carry")
        return real_carry(*args)

    os.link, os.replace, backup.carry_ledger = link, replace, carry
    backup.restore_backup(backup_file, target)
    print("done", flush=True)
""")


@pytest.mark.parametrize(("point", "expected"), [("carry", 2), ("link", 2), ("replace", 2), ("after-replace", 1)])
def test_a_restore_killed_at_any_point_leaves_a_complete_database_at_its_path(
        tmp_path: Path, point: str, expected: int) -> None:
    path, backup = _live(tmp_path)
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(backup), str(path), point],
                             stdout=subprocess.PIPE, text=True, env=environment, cwd=ROOT)
    try:
        assert child.stdout.readline().strip() == point
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=60)
    assert path.exists() and integrity_problems(path) == []
    assert _provinces(path) == expected  # the old database, or the new one: never none, never a mix
    removed = remove_leftovers(path)  # what the next start does
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".part")]
    assert removed or point == "after-replace"
    with open_database(path) as db:  # and a restore afterwards succeeds
        BackupService(db, _clock(), principal=SECRETARY).restore(backup)
    assert _provinces(path) == 1


def test_a_restore_brings_back_no_old_password_and_no_disabled_account(province: Council) -> None:
    from desktop.accounts.errors import AccountDisabled, WrongCredentials
    from desktop.accounts.passwords import TEST_PARAMETERS, PasswordHashing
    from desktop.accounts.service import AccountService
    from desktop.accounts.views import AccountForm

    services = province.services

    def accounts(database) -> AccountService:
        return AccountService(database, services.clock, hashing=PasswordHashing(TEST_PARAMETERS))

    old, new = "باغ انار ۱۴۰۵ سبز", "کوه دماوند ۱۴۰۵ سپید"
    admin = accounts(services.database).create_first_secretary("secretary", "دبیر شورا", old)
    viewer = accounts(services.database).create_account(admin, AccountForm("viewer1", "بیننده", Role.VIEWER), old)
    backup = BackupService(services.database, services.clock, principal=admin).back_up_now()
    accounts(services.database).update_account(admin, viewer, AccountForm("viewer1", "بیننده", Role.VIEWER,
                                                                          active=False))
    accounts(services.database).change_password(admin, old, new)
    path = services.database.path
    BackupService(services.database, services.clock, principal=admin).restore(backup.path)
    with open_database(path, create=False) as restored:
        with pytest.raises(AccountDisabled):  # still disabled, though the backup has it enabled
            accounts(restored).sign_in("viewer1", old)
        with pytest.raises(WrongCredentials):
            accounts(restored).sign_in("secretary", old)
        assert accounts(restored).sign_in("secretary", new).login == "secretary"


def test_where_hard_links_are_impossible_the_previous_database_is_kept_as_a_complete_copy(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import stat

    path, backup = _live(tmp_path)

    def no_links(*_args, **_kwargs):
        raise OSError("hard links are not supported here")

    monkeypatch.setattr(os, "link", no_links)
    with open_database(path) as db:
        kept = BackupService(db, _clock(), principal=SECRETARY).restore(backup).kept
    assert (_provinces(kept), _provinces(path)) == (2, 1)
    assert integrity_problems(kept) == []
    assert stat.S_IMODE(path.stat().st_mode) == stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".part")]


def test_the_next_start_removes_leftovers_beside_the_database(tmp_path: Path) -> None:
    from desktop.clock import FixedClock as Clock

    path, _backup = _live(tmp_path)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    leftover = path.parent / f".rasad.sqlite3.restore-{dead.pid}.part"
    leftover.write_bytes(b"partial")
    AppServices(open_database(path), Clock(TODAY)).close()
    assert not leftover.exists()


def test_a_restore_that_would_change_approved_figures_waits_until_they_are_reopened(tmp_path: Path) -> None:
    from desktop.domain.messages import DomainError

    database = open_database(tmp_path / "council" / "rasad.sqlite3")
    OrganisationService(database).complete_setup(setup_form(), plans_year=PLANS_YEAR)
    services = AppServices(database, FixedClock(TODAY))
    bare = BackupService(services.database, services.clock, principal=SECRETARY).back_up_now()  # no Aban data
    council = Council(services, tmp_path)
    council.approve()
    path = services.database.path
    before = _dump(path)
    with pytest.raises(DomainError, match="Aban 1405") as refused:
        BackupService(services.database, services.clock, principal=SECRETARY).restore(bare.path)
    assert "reopen" in refused.value.english() and refused.value.params["periods"] == "آبان ۱۴۰۵"
    # refused as a write into an approved period is: the command line's exit code 4, as documented (it was 1)
    from desktop.cli.output import ExitCode, exit_code_for

    assert isinstance(refused.value, PeriodLocked) and exit_code_for(refused.value) is ExitCode.LOCKED
    assert _dump(path) == before and not [p for p in path.parent.iterdir() if p.name.endswith(".part")]
    council.reopen()  # the refusal came before the database was closed: the app goes on as it was
    BackupService(services.database, services.clock, principal=SECRETARY).restore(bare.path)
    restored = AppServices(open_database(path, create=False), services.clock)
    try:
        council.services = restored
        assert council.approvals().status(ABAN).state is ApprovalState.REOPENED
        changed = council.approvals().figure_changes(ABAN)
        assert "indicators/incoming/district/01" in {d.key for d in changed.differences}
        assert any(c.operation == "restore" and c.user_login == "secretary" for c in changed.causes["indicators"])
    finally:
        restored.close()


def test_a_restore_keeps_what_only_the_replaced_database_knows_of_keys(tmp_path: Path) -> None:
    """The signing key and the center's pin live outside the file: a rotation not delivered yet and the center
    key followed after the backup must not go back with it (H4 M2)."""
    from desktop.store.backup import restore_backup
    from desktop.store.settings import get_setting, set_setting

    path = tmp_path / "rasad.sqlite3"
    with open_database(path) as db, db.session() as session:
        set_setting(session, "center.public_key", "old center key")
    backup = create_backup(path, tmp_path / "backups", now=NOW).path
    after = {"keys.pending_rotations": ["cmVjb3Jk"], "center.public_key": "new center key",
             "center.retired_public_keys": ["old center key"]}
    with open_database(path) as db, db.session() as session:
        for key, value in after.items():
            set_setting(session, key, value)
    restore_backup(backup, path)
    with open_database(path) as db, db.session() as session:
        assert {key: get_setting(session, key) for key in after} == after


def test_a_file_that_is_no_database_is_refused_in_the_users_words_and_nothing_changes(tmp_path: Path) -> None:
    """A bundle picked by mistake was refused with SQLite's own English: "file is not a database"."""
    from desktop.domain.messages import DomainError
    from desktop.store.backup import restore_backup

    path, _backup = _live(tmp_path)
    picked = tmp_path / "QOM-000001.rasad-bundle"
    picked.write_bytes(b"RASAD-BUNDLE\x00\x01" + os.urandom(4096))
    with pytest.raises(DomainError) as refused:
        restore_backup(picked, path)
    assert refused.value.english() == (f"The file “{picked}” is not a Rasad backup: it is not a database file. "
                                       "Nothing was restored.")
    assert _provinces(path) == 2
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".part")]


def test_a_restore_that_would_change_the_figures_of_a_submitted_period_waits_until_it_is_withdrawn(
        tmp_path: Path) -> None:
    from desktop.domain.messages import DomainError

    database = open_database(tmp_path / "council" / "rasad.sqlite3")
    OrganisationService(database).complete_setup(setup_form(), plans_year=PLANS_YEAR)
    services = AppServices(database, FixedClock(TODAY))
    bare = BackupService(services.database, services.clock, principal=SECRETARY).back_up_now()  # no Aban data
    council = Council(services, tmp_path)
    council.approvals().submit(ABAN)  # awaiting approval: no snapshot, today's figures are what is compared
    path = services.database.path
    before = _dump(path)
    with pytest.raises(DomainError, match="Aban 1405") as refused:
        BackupService(services.database, services.clock, principal=SECRETARY).restore(bare.path)
    assert refused.value.english() == (
        "This backup would change the figures of Aban 1405, which await approval and are locked; withdraw the "
        "submission, or the chief justice sends it back, before it is restored.")
    assert _dump(path) == before and not [p for p in path.parent.iterdir() if p.name.endswith(".part")]
    council.approvals().withdraw(ABAN)
    BackupService(services.database, services.clock, principal=SECRETARY).restore(bare.path)
    restored = AppServices(open_database(path, create=False), services.clock)
    try:
        council.services = restored
        assert council.approvals().status(ABAN).state is ApprovalState.RETURNED
    finally:
        restored.close()
