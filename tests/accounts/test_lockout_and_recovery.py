"""Unknown and known names behave the same under repeated failures, across restarts; a locked-out sole secretary
recovers with the one-time recovery code and nothing else; the data files are the owner's only (issue 11,
What to build 7)."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.accounts.errors import TryLater, WrongCredentials
from desktop.accounts.service import AccountService
from desktop.backups.service import BackupService
from desktop.domain.access import Role
from desktop.store.database import open_database
from desktop.store.models import LoginFailure
from tests.accounts.conftest import PASSWORD

NEW_PASSWORD = "کوه دماوند ۱۴۰۵ سپید"


def _answer(service: AccountService, name: str) -> tuple[str, bool, int]:
    try:
        service.sign_in(name, "wrong password")
    except TryLater as refused:
        return ("try later", refused.locked, int(refused.wait.total_seconds()))
    except WrongCredentials:
        return ("wrong", False, 0)
    raise AssertionError("signed in with a wrong password")


def test_unknown_and_known_names_get_the_same_answers_even_across_restarts(database, clock, hashing) -> None:
    AccountService(database, clock, hashing=hashing).create_first_secretary("dabir", "دبیر شورا", PASSWORD)
    answers: dict[str, list[tuple[str, bool, int]]] = {"dabir": [], "nobody": []}
    for _attempt in range(10):
        clock.advance(seconds=61)  # past every slow-down: only the lock stops an attempt
        for name in answers:  # a new service each time: the app (or the command) was started again
            answers[name].append(_answer(AccountService(database, clock, hashing=hashing), name))
    assert answers["dabir"] == answers["nobody"]
    assert answers["nobody"][-1][:2] == ("try later", True)
    with database.session() as session:
        keys = list(session.scalars(select(LoginFailure.key)))
    assert keys and "nobody" not in " ".join(keys)  # remembered by a hash, not by what was typed


def test_a_locked_out_sole_secretary_recovers_with_the_recovery_code_once(database, clock, hashing) -> None:
    accounts = AccountService(database, clock, hashing=hashing)
    admin = accounts.create_first_secretary("dabir", "دبیر شورا", PASSWORD)
    code = accounts.issue_recovery_code(admin)
    for _ in range(8):
        clock.advance(seconds=61)
        _answer(accounts, "dabir")
    with pytest.raises(TryLater):
        accounts.sign_in("dabir", PASSWORD)  # locked out, even with the right password
    restored = accounts.recover_secretary("dabir", code.lower(), NEW_PASSWORD)
    assert restored.role is Role.SECRETARY
    assert accounts.sign_in("dabir", NEW_PASSWORD).login == "dabir"
    with pytest.raises(WrongCredentials):  # used once
        accounts.recover_secretary("dabir", code, "یک رمز دیگر ۱۴۰۵ تازه")
    assert [e.kind for e in accounts.events(restored)][:2] == ["signed_in", "password_reset"]


def test_wrong_recovery_codes_lock_like_sign_ins_and_survive_a_restart(database, clock, hashing) -> None:
    accounts = AccountService(database, clock, hashing=hashing)
    admin = accounts.create_first_secretary("dabir", "دبیر شورا", PASSWORD)
    code = accounts.issue_recovery_code(admin)
    for _ in range(8):
        clock.advance(seconds=61)
        with pytest.raises((WrongCredentials, TryLater)):
            AccountService(database, clock, hashing=hashing).recover_secretary("dabir", "AAAAA-AAAAA", NEW_PASSWORD)
    with pytest.raises(TryLater) as locked:  # even the right code waits now
        AccountService(database, clock, hashing=hashing).recover_secretary("dabir", code, NEW_PASSWORD)
    assert locked.value.locked
    clock.advance(minutes=16)
    assert accounts.recover_secretary("dabir", code, NEW_PASSWORD).login == "dabir"


def test_the_recovery_code_opens_no_other_account(database, clock, hashing) -> None:
    from desktop.accounts.views import AccountForm

    accounts = AccountService(database, clock, hashing=hashing)
    admin = accounts.create_first_secretary("dabir", "دبیر شورا", PASSWORD)
    accounts.create_account(admin, AccountForm("viewer1", "بیننده", Role.VIEWER), PASSWORD)
    code = accounts.issue_recovery_code(admin)
    with pytest.raises(WrongCredentials):
        accounts.recover_secretary("viewer1", code, NEW_PASSWORD)
    assert accounts.sign_in("viewer1", PASSWORD).login == "viewer1"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_database_its_backups_and_evidence_are_readable_by_the_owner_only(tmp_path: Path) -> None:
    from tests.accounts.conftest import MovableClock

    path = tmp_path / "data" / "rasad.sqlite3"
    with open_database(path) as database:
        evidence = tmp_path / "note.txt"
        evidence.write_text("گزارش")
        stored = database.evidence_store().add(evidence)
        backup = BackupService(database, MovableClock()).back_up_now()
        wal = Path(f"{path}-wal")
        modes = {"database": _mode(path), "wal": _mode(wal) if wal.exists() else 0o600,
                 "backup": _mode(backup.path), "backups folder": _mode(backup.path.parent),
                 "evidence": _mode(database.evidence_store().path_for(stored.sha256)),
                 "evidence folder": _mode(database.evidence_dir)}
    assert modes == {"database": 0o600, "wal": 0o600, "backup": 0o600, "backups folder": 0o700,
                     "evidence": 0o600, "evidence folder": 0o700}
