"""Starting the app: the self-test, the first-run wizard, and refusing a database it must not open."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from sqlalchemy import func, select

from desktop.clock import FixedClock
from desktop.context import AppServices
from desktop.domain.access import Role
from desktop.store.database import open_database
from desktop.store.models import District, Plan, Solution

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "باغ انار ۱۴۰۵ سبز"


def _fill_account(wizard, again: str = PASSWORD) -> None:
    wizard.login.setText("dabir")
    wizard.password.setText(PASSWORD)
    wizard.password_again.setText(again)


def _filled_wizard(qtbot, services: AppServices, districts=(("01", "حوزه قضایی قم"),), again: str = PASSWORD):
    """The first-run wizard over ``services``, every page filled in for the province of Qom."""
    from desktop.ui.setup_wizard import SetupWizard

    wizard = SetupWizard(services)
    qtbot.addWidget(wizard)
    wizard.province_code.setText("QOM")
    wizard.province_name.setText("قم")
    wizard.user_name.setText("دبیر شورا")
    _fill_account(wizard, again)
    wizard.districts_page.set_rows(list(districts))
    return wizard


def test_the_first_run_wizard_refuses_passwords_that_differ_or_break_the_policy(qtbot, tmp_path: Path) -> None:
    from desktop.ui.setup_wizard import SetupWizard

    database = open_database(tmp_path / "new.sqlite3")
    services = AppServices(database, FixedClock(date(2026, 11, 23)))
    wizard = _filled_wizard(qtbot, services, again="something else entirely")
    wizard.accept()
    assert wizard.result() != SetupWizard.DialogCode.Accepted
    assert wizard.findChild(QLabel, "error-password_again").text()
    wizard.password.setText("short")
    wizard.password_again.setText("short")
    wizard.accept()
    assert wizard.findChild(QLabel, "error-password").text()
    assert not services.profile().is_set_up and not services.accounts.has_accounts()
    database.close()


def _run_app(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RASAD_DATA_DIR": str(data_dir), "RASAD_LANG": "en"}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=180)


def test_selftest_opens_the_demo_database_and_renders_the_home_page(tmp_path: Path) -> None:
    picture = tmp_path / "home.png"
    result = _run_app("run", "--demo", "--selftest", "--screenshot", str(picture), data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "selftest: ok" in result.stdout
    assert (tmp_path / "demo" / "rasad-demo.sqlite3").exists()
    assert picture.stat().st_size > 10_000


def test_a_database_from_a_newer_version_is_refused_with_a_message(qtbot, tmp_path: Path, monkeypatch) -> None:
    from desktop.ui.startup import DatabaseOpener

    path = tmp_path / "newer.sqlite3"
    open_database(path).close()
    import sqlite3

    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    assert DatabaseOpener(path, demo=False).open_interactively() is None
    assert shown and ("9999" in shown[0] or "۹۹۹۹" in shown[0])  # the revision, in Persian digits
    assert path.read_bytes() == before


def test_the_first_run_wizard_sets_up_the_province_and_its_plans(qtbot, tmp_path: Path) -> None:
    from desktop.ui.setup_wizard import SetupWizard

    database = open_database(tmp_path / "new.sqlite3")
    services = AppServices(database, FixedClock(date(2026, 11, 23)))
    wizard = _filled_wizard(qtbot, services, [("01", "حوزه قضایی قم"), ("02", "حوزه قضایی کهک")])
    wizard.branches_page.set_rows([("101001", "شعبه ۱۰۱ دادگاه عمومی حقوقی قم", "01", "دادگاه عمومی حقوقی")])
    wizard.accept()
    assert wizard.result() == SetupWizard.DialogCode.Accepted
    profile = services.profile()
    assert (profile.province_name, profile.user_name, profile.is_set_up) == ("قم", "دبیر شورا", True)
    assert wizard.principal is not None and wizard.principal.role is Role.SECRETARY
    assert services.accounts.sign_in("dabir", PASSWORD).user_name == "دبیر شورا"
    assert not wizard.password.text()
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(District)) == 2
        assert session.scalar(select(func.count()).select_from(Plan)) == 2
        assert session.scalar(select(func.count()).select_from(Solution)) > 30
    database.close()


def test_the_first_run_wizard_refuses_a_duplicate_code_and_writes_nothing(qtbot, tmp_path: Path) -> None:
    from desktop.ui.setup_wizard import SetupWizard

    database = open_database(tmp_path / "new.sqlite3")
    services = AppServices(database, FixedClock(date(2026, 11, 23)))
    wizard = _filled_wizard(qtbot, services, [("01", "حوزه قضایی قم"), ("01", "حوزه قضایی کهک")])
    wizard.accept()
    assert wizard.result() != SetupWizard.DialogCode.Accepted
    assert wizard.districts_page.error.text()
    assert not services.profile().is_set_up
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(District)) == 0
        assert session.scalar(select(func.count()).select_from(Plan)) == 0
    database.close()


@pytest.mark.parametrize("content", [b"this is not a database at all" * 100, b""])
def test_the_command_line_refuses_a_file_that_is_not_a_rasad_database(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "junk.sqlite3"
    path.write_bytes(content)
    result = _run_app("db", "--db", str(path), data_dir=tmp_path)
    if content:
        assert result.returncode != 0
        assert "Traceback" not in result.stderr
        assert result.stderr.strip()


def test_selftest_on_a_new_database_does_not_wait_for_the_setup_wizard(tmp_path: Path) -> None:
    result = _run_app("run", "--selftest", "--db", str(tmp_path / "new.sqlite3"), data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "selftest: ok" in result.stdout


def test_selftest_on_a_damaged_file_fails_with_the_reason_and_no_traceback(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4096)
    result = _run_app("run", "--selftest", "--db", str(path), data_dir=tmp_path)
    assert result.returncode != 0
    assert str(path) in result.stderr
    assert "Traceback" not in result.stderr


def test_opening_an_older_file_says_it_is_checked_then_upgraded(qtbot, tmp_path: Path, monkeypatch) -> None:
    """A file of an older Rasad is checked in full and then migrated, seconds each on a province's file (0017
    rewrites the derived tables); the dialog says which, not only "opening"."""
    from alembic import command
    from PySide6.QtWidgets import QProgressDialog
    from sqlalchemy import create_engine

    from desktop.store.migrate import alembic_config
    from desktop.ui.startup import DatabaseOpener

    path = tmp_path / "older.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0016")
    engine.dispose()
    labels: list[str] = []
    set_label = QProgressDialog.setLabelText
    monkeypatch.setattr(QProgressDialog, "setLabelText",
                        lambda dialog, text: (labels.append(text), set_label(dialog, text))[1])
    DatabaseOpener(path, demo=False)._open().close()
    shown = [label for n, label in enumerate(labels) if n == 0 or labels[n - 1] != label]
    assert shown == ["پیش از ارتقا به این نسخهٔ رصد، پایگاه داده بررسی می‌شود…",
                     "پایگاه داده به این نسخهٔ رصد ارتقا می‌یابد…"]


#: `run --screenshot` on the audit page, its trail read slowly: records whether its rows were shown before the
#: picture was taken.
_SLOW_AUDIT_SCREENSHOT = """
import sys, time
from desktop.audit.service import AuditService
from desktop.cli.main import main
from desktop.ui import main_window
from desktop.ui.pages import audit

happened = []
read_entries = AuditService.entries
AuditService.entries = lambda self, *args: (time.sleep(1.0), read_entries(self, *args))[1]
show_entries = audit.AuditPage._show_entries
audit.AuditPage._show_entries = lambda self, entries: (happened.append("rows shown"), show_entries(self, entries))
grab = main_window.MainWindow.grab
main_window.MainWindow.grab = lambda self, *args: (happened.append("picture taken"), grab(self, *args))[1]
try:
    code = main(sys.argv[1:])
finally:
    print("happened", ",".join(happened))
raise SystemExit(code)
"""


def test_a_screenshot_of_a_page_that_loads_in_the_background_waits_for_its_rows(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RASAD_DATA_DIR": str(tmp_path), "RASAD_LANG": "en"}
    picture = tmp_path / "audit.png"
    result = subprocess.run([sys.executable, "-c", _SLOW_AUDIT_SCREENSHOT, "run", "--demo", "--page", "audit",
                             "--screenshot", str(picture)], capture_output=True, text=True, env=env, cwd=ROOT,
                            timeout=180)
    assert result.returncode == 0, result.stderr[-3000:]
    happened = next(line for line in result.stdout.splitlines() if line.startswith("happened "))
    assert happened.split(" ", 1)[1].startswith("rows shown")  # not an empty table
    assert "picture taken" in happened and picture.stat().st_size > 10_000


def test_two_windows_setting_up_one_new_database_the_second_is_told_and_signs_in_instead(
        qtbot, tmp_path: Path, monkeypatch) -> None:
    """The secretary started Rasad twice on a new computer and filled both wizards in: the second one's Finish
    used to end in a traceback ("already set up" escaped the wizard) after checking outside the write lock."""
    from desktop.ui.setup_wizard import SetupWizard

    path = tmp_path / "new.sqlite3"
    first = AppServices(open_database(path), FixedClock(date(2026, 11, 23)))
    second = AppServices(open_database(path), FixedClock(date(2026, 11, 23)))
    wizards = [_filled_wizard(qtbot, first), _filled_wizard(qtbot, second)]
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    wizards[0].accept()
    wizards[1].accept()
    assert [w.result() for w in wizards] == [SetupWizard.DialogCode.Accepted] * 2
    assert wizards[1].principal is None and len(told) == 1 and not wizards[1].password.text()
    with first.database.reading() as session:
        assert session.scalar(select(func.count()).select_from(District)) == 1  # set up once
    first.close()
    second.close()


def test_the_setup_checks_again_under_the_write_lock_that_nobody_finished_first(tmp_path: Path) -> None:
    """Both wizards past the first check, the later write is refused inside its own transaction (nothing written)."""
    from desktop.organisation.service import AlreadySetUp, DistrictDraft, SetupForm

    path = tmp_path / "new.sqlite3"
    form = SetupForm("QOM", "قم", "دبیر شورا", (DistrictDraft("01", "حوزه قضایی قم", ()),))
    with open_database(path) as first, open_database(path) as second:
        late = AppServices(second, FixedClock(date(2026, 11, 23))).organisation
        looked_before = late.profile()  # its first look, before the other window finished
        late.profile = lambda: looked_before  # type: ignore[method-assign]
        AppServices(first, FixedClock(date(2026, 11, 23))).organisation.complete_setup(form)
        with pytest.raises(AlreadySetUp):
            late.complete_setup(form)
        with second.reading() as session:
            assert session.scalar(select(func.count()).select_from(District)) == 1


def test_a_province_is_never_set_up_without_its_secretarys_account(qtbot, tmp_path: Path, monkeypatch) -> None:
    """The province and its first account are one transaction: the database busy when the account is written
    (another program's change) leaves nothing set up - before, the province stood with nobody to sign in, and
    the next start opened it unguarded - and the wizard stays for Finish again."""
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    from desktop.store.busy import DatabaseBusyError
    from desktop.store.models import Account, Province
    from desktop.ui.setup_wizard import SetupWizard
    from desktop.ui.widgets import errors

    database = open_database(tmp_path / "new.sqlite3")
    services = AppServices(database, FixedClock(date(2026, 11, 23)))
    wizard = _filled_wizard(qtbot, services)

    def busy_when_the_account_is_written(session, _context, _instances) -> None:
        if any(isinstance(row, Account) for row in session.new):
            raise DatabaseBusyError(database.path, 5.0, None)

    shown: list[str] = []
    monkeypatch.setattr(errors, "show_error", lambda _parent, _title, error: shown.append(error.english()))
    event.listen(Session, "before_flush", busy_when_the_account_is_written)
    try:
        wizard.accept()
    finally:
        event.remove(Session, "before_flush", busy_when_the_account_is_written)
    assert wizard.result() != SetupWizard.DialogCode.Accepted and wizard.principal is None
    assert shown and shown[0].startswith("The database is busy")
    assert not services.profile().is_set_up and not services.accounts.has_accounts()
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Province)) == 0
    wizard.accept()  # the other program done
    assert wizard.result() == SetupWizard.DialogCode.Accepted
    assert services.accounts.sign_in("dabir", PASSWORD).user_name == "دبیر شورا"
    database.close()
