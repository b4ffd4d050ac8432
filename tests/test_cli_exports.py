"""A file of the province's data written by the command line (`--out`) is an export, as the window's: the export
right (not a viewer's) checked by the service before any file is made, exit 3 and the services' own message,
and an audit event for every file written. Printing the same table stays reading. `backup list` is the backup
right's, as the Backups page (docs/access.md)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from sqlalchemy import select  # noqa: E402

from desktop.accounts.passwords import TEST_PARAMETERS, PasswordHashing  # noqa: E402
from desktop.accounts.service import AccountService  # noqa: E402
from desktop.accounts.views import AccountForm  # noqa: E402
from desktop.approvals.service import ApprovalService  # noqa: E402
from desktop.clock import FixedClock, SystemClock  # noqa: E402
from desktop.domain.access import Principal, Role  # noqa: E402
from desktop.domain.jalali import JalaliPeriod  # noqa: E402
from desktop.indicators.rollup import rebuild_rollups  # noqa: E402
from desktop.meetings.service import MeetingService  # noqa: E402
from desktop.meetings.views import MeetingForm  # noqa: E402
from desktop.store.database import open_database  # noqa: E402
from desktop.store.models import AuditEvent  # noqa: E402
from tests.cli_support import english, qt_language_restored, run_cli  # noqa: E402, F401

PASSWORD = "باغ انار ۱۴۰۵ سبز"
REFUSED_EN = "Your role does not allow exporting this."
REFUSED_FA = "نقش شما اجازهٔ خروجی گرفتن از این بخش را نمی‌دهد."
PERIOD = "1403-01"


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two districts with statistics for Farvardin 1403 (approved, so `approval changes` has something to
    compare), a meeting; a secretary, a chief justice, the head of district 02 and a viewer."""
    path = tmp_path / "rasad.sqlite3"
    with open_database(path) as db:
        with db.engine.begin() as connection:
            run = connection.exec_driver_sql
            run("INSERT INTO province (id, code, name) VALUES (1, 'P', 'استان')")
            run("INSERT INTO district (id, province_id, code, name) VALUES (1, 1, '01', 'حوزه ۱'), "
                "(2, 1, '02', 'حوزه ۲')")
            run("INSERT INTO branch (id, district_id, code, name, unit_type) VALUES (1, 1, 'B1', 'شعبه ۱', ''),"
                " (2, 2, 'B3', 'شعبه ۳', '')")
            run("INSERT INTO indicator_month (branch_id, month_index, case_type, incoming, disposed, pending_end,"
                " source) VALUES (?, 16836, 'حقوقی', ?, ?, ?, 'cases')", [(1, 10, 5, 40), (2, 20, 25, 7)])
            rebuild_rollups(connection)
        clock = FixedClock(date(2024, 6, 1))
        MeetingService(db, clock).create_meeting(MeetingForm(date(2024, 4, 10), "جلسهٔ فروردین"))
        ApprovalService(db, clock).submit(JalaliPeriod.parse(PERIOD))
        ApprovalService(db, clock, principal=Principal("رئیس کل", Role.CHIEF_JUSTICE)).approve(
            JalaliPeriod.parse(PERIOD))
        accounts = AccountService(db, SystemClock(), hashing=PasswordHashing(TEST_PARAMETERS))
        secretary = accounts.create_first_secretary("dabir", "دبیر شورا", PASSWORD)
        accounts.create_account(secretary, AccountForm("head2", "رئیس حوزه ۲", Role.DISTRICT_HEAD, 2), PASSWORD)
        accounts.create_account(secretary, AccountForm("viewer1", "بیننده", Role.VIEWER), PASSWORD)
    monkeypatch.setenv("RASAD_PASSWORD", PASSWORD)
    return path


#: Each command that writes --out, with the audit event kind its file is recorded under.
COMMANDS = {
    "indicators": (("indicators", "--indicator", "incoming", "--level", "branch", "--period", PERIOD),
                   "export.report"),
    "plans list": (("plans", "list"), "export.report"),
    "meetings list": (("meetings", "list"), "export.report"),
    "meetings resolutions": (("meetings", "resolutions"), "export.report"),
    "audit list": (("audit", "list"), "export.audit"),
    "audit list --events": (("audit", "list", "--events"), "export.audit"),
    "approval changes": (("approval", "changes", "--period", PERIOD), "export.report"),
}


def _run(db_path: Path, name: str, user: str, *extra: str) -> tuple[int, str, str]:
    command, _ = COMMANDS[name]
    return run_cli(*command, "--db", str(db_path), "--user", user, *extra)


def _events(db_path: Path) -> list[tuple[str, str, str, str]]:
    with open_database(db_path) as db, db.reading() as session:
        return [(e.login, e.kind, e.outcome, e.detail)
                for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id))]


@pytest.mark.parametrize("name", COMMANDS)
def test_a_viewer_is_refused_a_file_with_exit_3_and_nothing_written(db_path: Path, tmp_path: Path,
                                                                    name: str) -> None:
    out = tmp_path / "out" / "table.csv"
    code, stdout, err = _run(db_path, name, "viewer1", "--out", str(out))
    assert code == 3 and err.strip() == REFUSED_EN and stdout == ""
    code, _, err = _run(db_path, name, "viewer1", "--out", str(out), "--lang", "fa")
    assert code == 3 and err.strip() == REFUSED_FA
    assert not out.exists() and not out.parent.exists()  # refused before the folder is made
    events = _events(db_path)
    assert [kind for _, kind, _, _ in events] == ["refused", "refused"]  # recorded as refusals, no export
    assert all(login == "viewer1" and detail.startswith("export (") for login, _, _, detail in events)


@pytest.mark.parametrize("name", COMMANDS)
def test_a_viewer_still_prints_what_he_reads_in_the_window(db_path: Path, name: str) -> None:
    code, stdout, err = _run(db_path, name, "viewer1")
    assert code == 0, err
    assert stdout and _events(db_path) == []  # reading: printed, no event


@pytest.mark.parametrize("name", COMMANDS)
def test_a_secretarys_file_is_recorded_as_an_export(db_path: Path, tmp_path: Path, name: str) -> None:
    out = tmp_path / "out" / "table.json"
    code, stdout, err = _run(db_path, name, "dabir", "--format", "json", "--out", str(out))
    assert code == 0, err
    assert stdout == "" and out.read_text(encoding="utf-8").startswith(("[", "{"))
    [(login, kind, outcome, detail)] = _events(db_path)
    assert (login, kind, outcome) == ("dabir", COMMANDS[name][1], "done")
    assert detail.startswith(name) and detail.endswith(f"→ {out}")


def test_a_district_heads_file_of_his_district_is_recorded(db_path: Path, tmp_path: Path) -> None:
    """His export right covers his district (the table is limited to it); he had written it unrecorded."""
    out = tmp_path / "mine.csv"
    code, _, err = _run(db_path, "indicators", "head2", "--out", str(out))
    assert code == 0, err
    text = out.read_text(encoding="utf-8-sig")
    assert "شعبه ۳" in text and "شعبه ۱" not in text
    [(login, kind, outcome, detail)] = _events(db_path)
    assert (login, kind, outcome) == ("head2", "export.report", "done")
    assert detail == f"indicators incoming branch {PERIOD} → {out}"


@pytest.mark.parametrize("name", ["audit list", "approval changes"])
def test_a_district_head_is_refused_a_file_of_every_district(db_path: Path, tmp_path: Path, name: str) -> None:
    out = tmp_path / "all.csv"
    code, _, _ = _run(db_path, name, "head2", "--out", str(out))
    assert code == 3 and not out.exists()


@pytest.mark.parametrize("user", ["viewer1", "head2"])
def test_backup_list_is_refused_to_roles_the_backups_page_is_hidden_from(db_path: Path, tmp_path: Path,
                                                                         user: str) -> None:
    folder = tmp_path / "bk"
    assert run_cli("backup", "create", "--db", str(db_path), "--folder", str(folder), "--user", "dabir")[0] == 0
    code, stdout, err = run_cli("backup", "list", "--db", str(db_path), "--folder", str(folder), "--user", user)
    assert code == 3 and stdout == "" and "backup" in err
    code, stdout, _ = run_cli("backup", "list", "--db", str(db_path), "--folder", str(folder), "--user", "dabir")
    assert code == 0 and "rasad-" in stdout


def test_screenshots_are_refused_to_a_viewer_before_anything_is_drawn(db_path: Path, tmp_path: Path) -> None:
    """The pictures are every page's data in files: a viewer's `screenshots` had written them, unrecorded."""
    out = tmp_path / "shots"
    code, stdout, err = run_cli("screenshots", "--db", str(db_path), "--out", str(out), "--lang", "en",
                                "--user", "viewer1")
    assert code == 3 and err.strip() == REFUSED_EN and stdout == ""
    assert not out.exists()
    assert [kind for _, kind, _, _ in _events(db_path)] == ["refused"]
