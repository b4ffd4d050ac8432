"""The command line acts for `--user`: required once accounts exist; a district head gets his district only."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.accounts.passwords import TEST_PARAMETERS, PasswordHashing  # noqa: E402
from desktop.accounts.service import AccountService  # noqa: E402
from desktop.accounts.views import AccountForm  # noqa: E402
from desktop.clock import SystemClock  # noqa: E402
from desktop.domain.access import Role  # noqa: E402
from desktop.indicators.rollup import rebuild_rollups
from desktop.store.database import open_database  # noqa: E402
from tests.cli_support import english, qt_language_restored, run_cli  # noqa: E402, F401

PASSWORD = "باغ انار ۱۴۰۵ سبز"


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two districts with statistics for Farvardin 1403; a secretary and the head of district 02."""
    path = tmp_path / "rasad.sqlite3"
    with open_database(path) as db:
        with db.engine.begin() as connection:
            run = connection.exec_driver_sql
            run("INSERT INTO province (id, code, name) VALUES (1, 'P', 'استان')")
            run("INSERT INTO district (id, province_id, code, name) VALUES (1, 1, '01', 'حوزه ۱'), "
                "(2, 1, '02', 'حوزه ۲')")
            run("INSERT INTO branch (id, district_id, code, name, unit_type) VALUES (1, 1, 'B1', 'شعبه ۱', ''),"
                " (2, 1, 'B2', 'شعبه ۲', ''), (3, 2, 'B3', 'شعبه ۳', '')")
            run("INSERT INTO indicator_month (branch_id, month_index, case_type, incoming, disposed, pending_end,"
                " source) VALUES (?, 16836, 'حقوقی', ?, ?, ?, 'cases')", [(1, 10, 5, 40), (2, 30, 30, 12),
                                                                           (3, 20, 25, 7)])
            rebuild_rollups(connection)  # as a rebuild does after writing the branch rows
        accounts = AccountService(db, SystemClock(), hashing=PasswordHashing(TEST_PARAMETERS))
        secretary = accounts.create_first_secretary("dabir", "دبیر شورا", PASSWORD)
        accounts.create_account(secretary, AccountForm("head2", "رئیس حوزه ۲", Role.DISTRICT_HEAD, 2), PASSWORD)
    monkeypatch.setenv("RASAD_PASSWORD", PASSWORD)
    return path


def _indicators(db_path: Path, *extra: str) -> tuple[int, str, str]:
    return run_cli("indicators", "--db", str(db_path), "--indicator", "incoming", "--period", "1403-01",
                   "--format", "json", *extra)


def test_without_user_a_database_with_accounts_is_refused(db_path: Path) -> None:
    code, out, err = _indicators(db_path, "--level", "branch")
    assert code == 2 and "--user" in err and out == ""


def test_a_district_head_gets_only_his_branches_on_the_command_line(db_path: Path) -> None:
    code, out, _ = _indicators(db_path, "--level", "branch", "--user", "head2")
    assert code == 0 and "شعبه ۳" in out
    assert "شعبه ۱" not in out and "شعبه ۲" not in out
    code, out, err = _indicators(db_path, "--level", "branch", "--district", "01", "--user", "head2")
    assert "شعبه ۱" not in out and "شعبه ۲" not in out  # another district: nothing
    code, out, err = _indicators(db_path, "--level", "province", "--user", "head2")
    assert "استان" not in out


def test_a_district_head_writes_only_his_district_report(db_path: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "d.xlsx"
    base = ("report", "district", "--db", str(db_path), "--period", "1403-01", "--out", str(out_file),
            "--as-of", "2024-05-01", "--user", "head2")
    code, _, err = run_cli(*base, "--district", "01")
    assert code == 3 and not out_file.exists()  # refused: exit code 3
    code, _, err = run_cli(*base)
    assert code == 0, err
    from openpyxl import load_workbook

    text = " ".join(str(c.value) for ws in load_workbook(out_file) for row in ws.iter_rows() for c in row
                    if c.value is not None)
    assert "شعبه ۳" in text and "شعبه ۱" not in text
    code, _, _ = run_cli("report", "status", "--db", str(db_path), "--period", "1403-H1", "--out",
                         str(tmp_path / "s.pdf"), "--user", "head2")
    assert code == 3


def test_a_wrong_password_and_an_unknown_user_get_the_same_answer(db_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASAD_PASSWORD", "not the password at all")
    wrong = _indicators(db_path, "--level", "branch", "--user", "head2")
    unknown = _indicators(db_path, "--level", "branch", "--user", "nobody")
    assert wrong[0] == unknown[0] == 2 and wrong[2] == unknown[2]


def test_a_disabled_account_is_told_so_on_the_command_line_only_with_its_right_password(
        db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run_cli("accounts", "disable", "head2", "--db", str(db_path), "--user", "dabir")[0] == 0
    code, _, err = _indicators(db_path, "--level", "branch", "--user", "head2")
    assert code == 2 and "disabled" in err and "secretary" in err and "wrong" not in err
    code, _, err = _indicators(db_path, "--level", "branch", "--user", "head2", "--lang", "fa")
    assert code == 2 and "غیرفعال" in err and "دبیر" in err
    monkeypatch.setenv("RASAD_PASSWORD", "not the password at all")
    code, _, err = _indicators(db_path, "--level", "branch", "--user", "head2")
    assert code == 2 and "wrong" in err and "disabled" not in err


def test_the_secretary_backs_up_with_user(db_path: Path) -> None:
    code, out, err = run_cli("backup", "create", "--db", str(db_path), "--user", "dabir")
    assert code == 0, err
    code, _, err = run_cli("backup", "create", "--db", str(db_path))
    assert code == 2


def test_only_the_secretary_sends_from_the_command_line(db_path: Path, tmp_path: Path) -> None:
    export = ["bundle", "export", "--db", str(db_path), "--out", str(tmp_path / "usb"),
              "--key-file", str(tmp_path / "k.key")]
    code, _, err = run_cli(*export)
    assert code == 2 and "--user" in err
    code, _, err = run_cli(*export, "--user", "head2")
    assert code == 3 and "Only the secretary sends to the follow-up center." in err
    assert not (tmp_path / "usb").exists()
    code, _, err = run_cli(*export, "--user", "dabir")  # signed in and allowed: on to the next check
    assert code == 1 and "province code" in err


def test_a_district_head_comments_on_his_own_district_only_on_the_command_line(db_path: Path) -> None:
    base = ["--db", str(db_path), "--period", "1403-01", "--user", "head2"]
    code, out, err = run_cli("comment", "add", "--district", "02", "--text", "ورودی زیاد بود", *base)
    assert (code, err) == (0, ""), err
    assert out.startswith("Comment recorded: ")
    code, _, err = run_cli("comment", "add", "--district", "01", "--text", "حوزه دیگر", *base)
    assert code == 3 and "Traceback" not in err and err.strip()
    code, out, _ = run_cli("comment", "list", "--district", "02", "--db", str(db_path), "--user", "head2")
    assert code == 0 and "ورودی زیاد بود" in out and "رئیس حوزه" in out
    code, out, _ = run_cli("comment", "list", "--district", "01", "--db", str(db_path), "--user", "head2")
    assert code == 3 and out == ""
