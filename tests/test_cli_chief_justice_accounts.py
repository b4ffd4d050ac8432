"""On the command line too, the secretary can never make, take over or give a chief justice's power
(docs/access.md): `accounts add|change|reset-password|enable|disable` refused with exit 3, a refusal event, nothing
written; a chief justice manages the chief justices' accounts."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from desktop.accounts.passwords import TEST_PARAMETERS, PasswordHashing  # noqa: E402
from desktop.accounts.service import AccountService  # noqa: E402
from desktop.accounts.views import AccountForm  # noqa: E402
from desktop.clock import SystemClock  # noqa: E402
from desktop.domain.access import Role  # noqa: E402
from desktop.organisation.service import OrganisationService  # noqa: E402
from desktop.store.database import open_database  # noqa: E402
from desktop.store.models import Account, AccountEvent  # noqa: E402
from desktop.store.models.audit import AuditEvent  # noqa: E402
from tests.cli_support import english, qt_language_restored, run_cli  # noqa: E402, F401
from tests.services.conftest import setup_form  # noqa: E402

PASSWORD = "باغ انار ۱۴۰۵ سبز"
NEW_PASSWORD = "کوه دماوند 5671 بلند"
REFUSAL = "Only a chief justice may add a chief justice's account"


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A province with its secretary, its (first) chief justice, a disabled second chief justice and a viewer."""
    path = tmp_path / "rasad.sqlite3"
    with open_database(path) as database:
        OrganisationService(database).complete_setup(setup_form())
        accounts = AccountService(database, SystemClock(), hashing=PasswordHashing(TEST_PARAMETERS))
        secretary = accounts.create_first_secretary("dabir", "دبیر شورا", PASSWORD)
        accounts.create_account(secretary, AccountForm("chief", "رئیس کل", Role.CHIEF_JUSTICE), PASSWORD)
        with database.session() as session:  # as a chief justice adds it (written directly: any version)
            first = session.scalar(select(Account).where(Account.login == "chief"))
            session.add(Account(login="chief2", display_name="رئیس کل دوم", role=Role.CHIEF_JUSTICE.value,
                                password_hash=first.password_hash, active=False, failed_attempts=0,
                                created_at=first.created_at, password_changed_at=first.created_at))
        accounts.create_account(secretary, AccountForm("viewr", "بیننده", Role.VIEWER), PASSWORD)
    monkeypatch.setenv("RASAD_PASSWORD", PASSWORD)
    monkeypatch.setenv("RASAD_NEW_PASSWORD", NEW_PASSWORD)
    return path


def _state(path: Path) -> tuple[list[tuple], int, int]:
    with open_database(path) as database, database.reading() as session:
        rows = [(a.login, a.display_name, a.role, a.active, a.password_hash)
                for a in session.scalars(select(Account).order_by(Account.id))]
        refused = session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.kind == "refused"))
        return rows, session.scalar(select(func.count()).select_from(AccountEvent)), refused


@pytest.mark.parametrize("command", [
    ("add", "chief3", "--name", "رئیس کل.", "--role", "chief_justice"),
    ("reset-password", "chief"),
    ("enable", "chief2"),
    ("disable", "chief"),
    ("change", "viewr", "--role", "chief_justice"),
    ("change", "chief", "--name", "رئیس کل تازه"),
], ids=["add", "reset-password", "enable", "disable", "change-to-chief", "change-a-chief"])
def test_the_secretary_is_refused_every_chief_justice_account_command(db: Path, command: tuple[str, ...]) -> None:
    assert run_cli("accounts", "list", "--db", str(db), "--user", "dabir")[0] == 0  # his hash upgraded on sign-in
    rows, events, refused = _state(db)
    code, out, err = run_cli("accounts", *command, "--db", str(db), "--user", "dabir")
    assert code == 3, err
    assert REFUSAL in err and "Traceback" not in err and out == ""
    assert _state(db) == (rows, events + 1, refused + 1)  # only his sign-in and the refusal are recorded


def test_the_refusal_is_in_persian(db: Path) -> None:
    code, _, err = run_cli("--lang", "fa", "accounts", "reset-password", "chief", "--db", str(db), "--user", "dabir")
    assert code == 3
    assert "فقط رئیس کل دادگستری" in err


def test_the_secretary_cannot_sign_in_as_the_chief_justice_after_trying(db: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    run_cli("accounts", "reset-password", "chief", "--db", str(db), "--user", "dabir")
    monkeypatch.setenv("RASAD_PASSWORD", NEW_PASSWORD)
    code, _, err = run_cli("approval", "status", "--db", str(db), "--period", "1405-08", "--user", "chief")
    assert code == 2, err


def test_a_chief_justice_manages_the_chief_justices_accounts_on_the_command_line(db: Path) -> None:
    as_chief = ("--db", str(db), "--user", "chief")
    assert run_cli("accounts", "add", "chief3", "--name", "رئیس کل سوم", "--role", "chief_justice", *as_chief)[0] == 0
    assert run_cli("accounts", "enable", "chief2", *as_chief)[0] == 0
    assert run_cli("accounts", "reset-password", "chief2", *as_chief)[0] == 0
    assert run_cli("accounts", "disable", "chief3", *as_chief)[0] == 0
    code, out, _ = run_cli("accounts", "list", *as_chief)
    assert code == 0 and "chief3" in out
    code, _, err = run_cli("accounts", "reset-password", "viewr", *as_chief)
    assert code == 3 and "Only the secretary manages user accounts." in err


def test_the_secretary_changes_an_account_as_on_the_users_page(db: Path) -> None:
    as_secretary = ("--db", str(db), "--user", "dabir")
    code, out, err = run_cli("accounts", "change", "viewr", "--role", "district_head", "--district", "02",
                             "--new-login", "head2", *as_secretary)
    assert code == 0 and out.strip() == "Account head2 changed.", err
    code, out, _ = run_cli("accounts", "list", *as_secretary)
    [line] = [line for line in out.splitlines() if line.startswith("head2\t")]
    assert line.split("\t")[1:4] == ["بیننده", "District head", "حوزه قضایی جعفریه"]  # the name not given: kept
    with open_database(db) as database, database.reading() as session:
        assert session.scalar(select(func.count()).select_from(AccountEvent).where(AccountEvent.kind == "changed")) == 1
    code, _, err = run_cli("accounts", "change", "dabir", "--role", "viewer", *as_secretary)
    assert code == 1 and err.strip() == "This is the last active secretary account; add another secretary first."


def test_any_signed_in_user_changes_his_own_password_on_the_command_line(db: Path, monkeypatch) -> None:
    code, out, err = run_cli("accounts", "password", "--db", str(db), "--user", "viewr")
    assert code == 0 and out.strip() == "The password of viewr is changed; sign in with the new one from now on.", err
    monkeypatch.setenv("RASAD_PASSWORD", NEW_PASSWORD)
    assert run_cli("accounts", "password", "--db", str(db), "--user", "viewr")[0] == 0  # the new one signs in
    monkeypatch.setenv("RASAD_PASSWORD", PASSWORD)
    code, _, err = run_cli("accounts", "password", "--db", str(db), "--user", "viewr")
    assert code == 2 and err.strip() == "The user name or the password is wrong."  # the old one no longer
