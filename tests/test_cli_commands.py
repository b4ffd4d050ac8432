"""The command line mirrors the window: setup of a fresh database, accounts, approvals and the audit trail,
each through its service, each refusing what the role may not do."""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.accounts.passwords import TEST_PARAMETERS, PasswordHashing  # noqa: E402
from desktop.demo import case_files  # noqa: E402
from tests.cli_support import english, qt_language_restored, run_cli  # noqa: E402, F401

PASSWORD = "باغ انار ۱۴۰۵ سبز"
OTHER_PASSWORD = "کوه دماوند ۵۶۷۸ بلند"


@pytest.fixture(autouse=True)
def cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PasswordHashing.__init__, "__defaults__", (TEST_PARAMETERS,))
    monkeypatch.setattr("sys.stdin", io.StringIO(""))


def _setup(db: Path, *extra: str) -> tuple[int, str, str]:
    return run_cli("setup", "--db", str(db), "--province-code", "QOM", "--province-name", "قم",
                   "--district", "01=حوزه یک", "--district", "02=حوزه دو", "--secretary", "dabir",
                   "--secretary-name", "دبیر شورا", *extra)


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database set up from the command line, with a chief justice and the head of district 01."""
    path = tmp_path / "rasad.sqlite3"
    monkeypatch.setenv("RASAD_PASSWORD", PASSWORD)
    monkeypatch.setenv("RASAD_NEW_PASSWORD", PASSWORD)
    assert _setup(path)[0] == 0
    for login, name, role, *district in (("raees", "رئیس کل", "chief_justice"),
                                         ("head01", "رئیس حوزه یک", "district_head", "--district", "01")):
        code, _, err = run_cli("accounts", "add", login, "--name", name, "--role", role, *district,
                               "--db", str(path), "--user", "dabir")
        assert code == 0, err
    return path


def test_setup_makes_a_fresh_database_usable_headlessly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASAD_PASSWORD", PASSWORD)
    path = tmp_path / "new" / "rasad.sqlite3"
    registry = tmp_path / "branches.csv"
    case_files.write_branches(registry, 6, 3, [f"10{n}" for n in range(6)])
    code, out, err = _setup(path, "--branches", str(registry))
    assert code == 0, err
    assert "is set up: province قم, 2 district(s), secretary dabir." in out
    assert "6 of 6 rows imported (Branch registry)" in out
    monthly = tmp_path / "monthly.csv"
    case_files.write_monthly(monthly, 12, 1, [f"10{n}" for n in range(6)], as_of=date(2026, 11, 20))
    code, out, err = run_cli("import", str(monthly), "--kind", "monthly", "--db", str(path), "--user", "dabir")
    assert code == 0 and "12 of 12 rows imported" in out, err


def test_setup_is_refused_on_a_database_already_set_up_and_without_a_password(db: Path, tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = _setup(db)
    assert code == 1 and "already set up" in err
    monkeypatch.delenv("RASAD_PASSWORD")
    fresh = tmp_path / "fresh.sqlite3"
    code, _, err = _setup(fresh)
    assert code == 2 and "RASAD_PASSWORD" in err and not fresh.exists()


def test_setup_with_a_weak_password_or_bad_districts_leaves_no_file(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASAD_PASSWORD", "short")
    fresh = tmp_path / "fresh.sqlite3"
    code, _, err = _setup(fresh)
    assert code == 1 and err.count("\n") == 1 and not fresh.exists()
    monkeypatch.setenv("RASAD_PASSWORD", PASSWORD)
    code, _, err = run_cli("setup", "--db", str(fresh), "--province-code", "QOM", "--province-name", "قم",
                           "--secretary", "dabir", "--secretary-name", "دبیر")  # no district at all
    assert code == 1 and "judicial district" in err and not fresh.exists()


def test_the_secretary_manages_accounts_from_the_command_line(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run_cli("accounts", "list", "--db", str(db), "--user", "dabir")
    assert code == 0, err
    rows = {line.split("\t")[0]: line.split("\t") for line in out.splitlines()}
    assert set(rows) == {"dabir", "raees", "head01"}
    assert rows["head01"][2:5] == ["District head", "حوزه یک", "active"]
    code, out, _ = run_cli("accounts", "disable", "head01", "--db", str(db), "--user", "dabir")
    assert code == 0 and "disabled" in out
    code, _, err = run_cli("comment", "list", "--district", "01", "--db", str(db), "--user", "head01")
    assert code == 2 and "disabled" in err and "secretary" in err  # signs in no more, and is told why
    assert run_cli("accounts", "enable", "head01", "--db", str(db), "--user", "dabir")[0] == 0
    monkeypatch.setenv("RASAD_NEW_PASSWORD", OTHER_PASSWORD)
    code, out, _ = run_cli("accounts", "reset-password", "head01", "--db", str(db), "--user", "dabir")
    assert code == 0 and "reset" in out
    monkeypatch.setenv("RASAD_PASSWORD", OTHER_PASSWORD)
    assert run_cli("comment", "list", "--district", "01", "--db", str(db), "--user", "head01")[0] == 0
    code, _, err = run_cli("accounts", "list", "--db", str(db), "--user", "head01")
    assert code == 3 and "Only the secretary manages user accounts." in err
    monkeypatch.setenv("RASAD_PASSWORD", PASSWORD)
    code, _, err = run_cli("accounts", "disable", "nobody", "--db", str(db), "--user", "dabir")
    assert code == 1 and "no account with the user name nobody" in err
    code, _, err = run_cli("accounts", "disable", "dabir", "--db", str(db), "--user", "dabir")
    assert code == 1 and "last active secretary" in err


def test_a_period_goes_through_approval_on_the_command_line(db: Path) -> None:
    base = ("--period", "1405-07", "--db", str(db))
    code, _, err = run_cli("approval", "approve", *base, "--user", "raees")
    assert code == 1 and "has not been submitted" in err
    code, _, err = run_cli("approval", "submit", *base, "--user", "raees")
    assert code == 3 and "Only the secretary submits" in err
    code, out, err = run_cli("approval", "submit", *base, "--user", "dabir")
    assert code == 0 and out.startswith("1405-07\tAwaiting approval\tدبیر شورا\t"), err
    code, out, err = run_cli("approval", "send-back", *base, "--reason", "ناقص است", "--user", "raees")
    assert code == 0 and "\tSent back\t" in out and "ناقص است" in out, err
    assert run_cli("approval", "submit", *base, "--user", "dabir")[0] == 0
    code, out, err = run_cli("approval", "approve", *base, "--user", "raees")
    assert code == 0 and "\tApproved\t" in out, err
    code, out, _ = run_cli("approval", "status", "--year", "1405", "--db", str(db), "--user", "head01")
    header, *lines = out.splitlines()
    assert header.split("\t") == ["period", "state", "submitted_by", "submitted_at", "decided_by", "decided_at",
                                   "reason", "changes_since_approval"]  # named, as the other listings' columns
    states = dict(line.split("\t")[:2] for line in lines)
    assert code == 0 and states["1405-07"] == "Approved" and states["1405-08"] == "Open" and len(states) == 14
    code, out, err = run_cli("approval", "changes", *base, "--format", "json", "--user", "dabir")
    assert code == 0 and json.loads(out)["differences"] == [], err
    code, _, err = run_cli("approval", "changes", *base, "--user", "head01")
    assert code == 3
    code, _, err = run_cli("approval", "reopen", *base, "--user", "raees")  # argparse: --reason is required
    assert code == 2
    code, out, err = run_cli("approval", "reopen", *base, "--reason", "اصلاح آمار", "--user", "raees")
    assert code == 0 and "\tReopened\t" in out, err


def test_the_audit_trail_lists_changes_as_csv_or_json_and_refuses_a_district_head(db: Path, tmp_path: Path) -> None:
    run_cli("comment", "add", "--district", "01", "--period", "1405-07", "--text", "ورودی زیاد بود", "--db", str(db),
            "--user", "head01")
    code, out, err = run_cli("audit", "list", "--db", str(db), "--table", "district_comment", "--format", "json",
                             "--user", "dabir")
    assert code == 0, err
    entries = json.loads(out)
    assert [(e["table_name"], e["operation"], e["user_name"]) for e in entries] == [
        ("district_comment", "insert", "رئیس حوزه یک")]
    assert entries[0]["new_values"]["text"] == "ورودی زیاد بود"
    target = tmp_path / "audit.csv"
    code, _, err = run_cli("audit", "list", "--db", str(db), "--by", "رئیس حوزه یک", "--out", str(target),
                           "--user", "raees")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert [r["table_name"] for r in rows] == ["district_comment"] and "ورودی زیاد بود" in rows[0]["new_values"]
    code, out, err = run_cli("audit", "list", "--db", str(db), "--user", "head01")
    assert code == 3 and out == "" and err.count("\n") == 1


def test_the_audit_events_list_refusals_by_login_and_name(db: Path) -> None:
    code, _, _ = run_cli("comment", "add", "--district", "02", "--period", "1405-07", "--text", "نظر", "--db", str(db),
                         "--user", "head01")
    assert code == 3
    code, out, err = run_cli("audit", "list", "--events", "--kind", "refused", "--format", "json", "--db", str(db),
                             "--user", "raees")
    assert code == 0, err
    refused = json.loads(out)
    assert [(e["login"], e["display_name"], e["outcome"]) for e in refused] == [
        ("head01", "رئیس حوزه یک", "refused")]
    code, out, err = run_cli("audit", "list", "--events", "--by", "رئیس حوزه یک", "--db", str(db), "--user", "dabir")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["kind"], r["login"]) for r in rows] == [("refused", "head01")]
    code, out, err = run_cli("audit", "list", "--events", "--table", "branch", "--db", str(db), "--user", "dabir")
    assert code == 2 and out == "" and err.count("\n") == 1
    code, out, err = run_cli("audit", "list", "--events", "--db", str(db), "--user", "head01")
    assert code == 3 and out == ""


def test_a_locked_out_secretary_recovers_with_the_code_issued_on_the_command_line(
        db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import select

    from desktop.store.database import open_database
    from desktop.store.models import Account

    code, _, err = run_cli("accounts", "recovery-code", "--db", str(db), "--user", "raees")
    assert code == 3 and err.count("\n") == 1
    code, out, err = run_cli("accounts", "recovery-code", "--db", str(db), "--user", "dabir")
    assert code == 0, err
    recovery = out.splitlines()[0]
    assert len(recovery) == 23 and recovery.count("-") == 3
    with open_database(db) as database, database.session() as session:  # dabir is locked out
        session.scalar(select(Account).where(Account.login == "dabir")).locked_until = (
            datetime.now(UTC) + timedelta(minutes=15))
    assert run_cli("accounts", "list", "--db", str(db), "--user", "dabir")[0] == 2
    monkeypatch.setenv("RASAD_NEW_PASSWORD", OTHER_PASSWORD)
    code, _, err = run_cli("accounts", "recover", "dabir", "--db", str(db))
    assert code == 2 and "RASAD_RECOVERY_CODE" in err and err.count("\n") == 1  # no code, no terminal
    monkeypatch.setenv("RASAD_RECOVERY_CODE", recovery.replace("A", "B").replace("2", "3") + "X")
    code, _, err = run_cli("accounts", "recover", "dabir", "--db", str(db))
    assert code == 2 and "wrong" in err  # a wrong code is a failed sign-in
    monkeypatch.setenv("RASAD_RECOVERY_CODE", recovery.lower().replace("-", " "))
    code, _, err = run_cli("accounts", "recover", "raees", "--db", str(db))
    assert code == 2 and "wrong" in err  # the code opens no other role
    code, out, err = run_cli("accounts", "recover", "dabir", "--db", str(db))
    assert code == 0 and "used up" in out, err
    monkeypatch.setenv("RASAD_PASSWORD", OTHER_PASSWORD)
    assert run_cli("accounts", "list", "--db", str(db), "--user", "dabir")[0] == 0
    code, _, err = run_cli("accounts", "recover", "dabir", "--db", str(db))
    assert code == 2 and "wrong" in err  # used once


def test_a_district_head_asking_indicators_for_the_province_is_refused_as_report_refuses_it(db: Path,
                                                                                           tmp_path: Path) -> None:
    indicators = ("indicators", "--db", str(db), "--indicator", "incoming", "--period", "1405-07",
                  "--user", "head01")
    code, out, err = run_cli(*indicators, "--level", "province")
    report = run_cli("report", "status", "--db", str(db), "--period", "1405-H1", "--out", str(tmp_path / "s.pdf"),
                     "--user", "head01")
    assert (code, out) == (3, "") and report[0] == 3
    assert err == report[2]  # the same refusal, word for word
    code, out, _ = run_cli(*indicators, "--level", "branch", "--district", "02")
    assert (code, out) == (3, "")
    code, out, err = run_cli(*indicators, "--level", "district")
    assert code == 0 and "حوزه یک" in out and "حوزه دو" not in out, err


def test_messages_follow_lang(db: Path) -> None:
    code, _, err = run_cli("accounts", "list", "--db", str(db), "--user", "head01", "--lang", "fa")
    assert code == 3 and "Only the secretary" not in err and "دبیر" in err
    code, _, err = run_cli("--lang", "en", "accounts", "list", "--db", str(db), "--user", "head01")
    assert code == 3 and "Only the secretary manages user accounts." in err


def test_lang_alone_starts_the_window_in_that_language(monkeypatch: pytest.MonkeyPatch) -> None:
    started: dict[str, object] = {}
    monkeypatch.setattr("desktop.ui.app.launch", lambda **options: started.update(options) or 0)
    assert run_cli("--lang", "en")[0] == 0
    assert started["language"] == "en"


@pytest.mark.usefixtures("english")
def test_the_letterhead_emblem_is_set_shown_and_cleared_on_the_command_line(db: Path, tmp_path: Path) -> None:
    from PIL import Image

    source = tmp_path / "emblem.png"
    Image.new("RGB", (240, 200), (29, 53, 87)).save(source)
    bad = tmp_path / "emblem-cut.png"
    bad.write_bytes(source.read_bytes()[:60])
    code, out, err = run_cli("settings", "emblem", str(bad), "--db", str(db), "--user", "dabir")
    assert code == 1 and str(bad) in err and "not a PNG or JPEG picture" in err and err.count("\n") == 1
    code, _, err = run_cli("settings", "emblem", str(source), "--db", str(db), "--user", "raees")
    assert code == 3, err  # the chief justice reads reports; the secretary sets the letterhead
    code, out, err = run_cli("settings", "emblem", str(source), "--db", str(db), "--user", "dabir")
    assert code == 0 and "emblem.png" in out, err
    source.rename(tmp_path / "moved.png")  # the database keeps its own copy
    code, out, _ = run_cli("settings", "emblem", "--show", "--db", str(db), "--user", "raees")
    assert code == 0 and "size\t240x200" in out and "format\tpng" in out
    report = tmp_path / "status.pdf"
    code, _, err = run_cli("report", "status", "--db", str(db), "--period", "1405-H1", "--out", str(report),
                           "--letterhead", "--user", "dabir")
    assert code == 0, err
    assert b"/Subtype /Image" in report.read_bytes()  # the emblem on the cover (the charts are vector drawings)
    code, out, _ = run_cli("settings", "emblem", "--clear", "--db", str(db), "--user", "dabir")
    assert code == 0
    code, out, _ = run_cli("settings", "emblem", "--show", "--db", str(db), "--user", "dabir")
    assert code == 0 and out.strip() == "The letterhead has no emblem."


def test_a_submitted_period_refuses_an_import_with_exit_4_until_the_secretary_withdraws_it(
        db: Path, tmp_path: Path) -> None:
    from tests.imports.conftest import MONTHLY_HEADERS, write_csv

    registry = tmp_path / "branches.csv"
    case_files.write_branches(registry, 2, 3, ["101", "102"])
    assert run_cli("import", "--db", str(db), "--kind", "branches", str(registry), "--user", "dabir")[0] == 0
    aban = write_csv(tmp_path / "aban.csv", MONTHLY_HEADERS, (("101", "1405", "8", "50", "40", "300", "60", "10",
                                                               "20"),))
    base = ("--period", "1405-08", "--db", str(db))
    code, out, err = run_cli("approval", "submit", *base, "--user", "dabir")
    assert code == 0 and out.startswith("1405-08\tAwaiting approval\t"), err
    code, _, err = run_cli("--lang", "en", "import", "--db", str(db), "--kind", "monthly", str(aban),
                           "--user", "dabir")
    assert code == 4 and ("Aban 1405 is awaiting approval and its data is locked; withdraw the submission, or the "
                          "chief justice sends it back, before it is changed.") in err
    code, _, err = run_cli("approval", "withdraw", *base, "--user", "raees")
    assert code == 3, err
    code, out, err = run_cli("approval", "withdraw", *base, "--user", "dabir")
    assert code == 0 and out.startswith("1405-08\tWithdrawn by the secretary\tدبیر شورا\t"), err
    code, out, err = run_cli("import", "--db", str(db), "--kind", "monthly", str(aban), "--user", "dabir")
    assert code == 0, err
    code, _, err = run_cli("--lang", "en", "approval", "withdraw", *base, "--user", "dabir")
    assert code == 1 and err.strip() == "Aban 1405 is not awaiting approval; there is no submission to withdraw."


def test_a_period_not_over_is_not_submitted_and_the_refusal_names_the_first_day(db: Path) -> None:
    base = ("--period", "1420-01", "--db", str(db), "--user", "dabir")
    code, _, err = run_cli("--lang", "en", "approval", "submit", *base)
    assert code == 1 and err.strip() == ("Farvardin 1420 is not over yet; it can be submitted for approval from "
                                         "1 Ordibehesht 1420 (2041-04-20).")
    code, _, err = run_cli("--lang", "fa", "approval", "submit", *base)
    assert code == 1 and "فروردین ۱۴۲۰" in err and "۱ اردیبهشت ۱۴۲۰" in err and "Farvardin" not in err


def test_a_refusal_names_its_period_in_the_language_of_the_command(db: Path) -> None:
    base = ("--period", "1405-07", "--db", str(db), "--user", "dabir")
    assert run_cli("approval", "submit", *base)[0] == 0
    code, _, err = run_cli("--lang", "en", "approval", "submit", *base)
    assert code == 1 and err.strip() == "Mehr 1405 is already awaiting approval or approved; it cannot be submitted again."
    code, _, err = run_cli("--lang", "fa", "approval", "submit", *base)
    assert code == 1 and "مهر ۱۴۰۵" in err and "Mehr" not in err
    code, _, err = run_cli("--lang", "en", "approval", "changes", "--period", "1405-06", "--db", str(db),
                           "--user", "dabir")
    assert code == 1 and err.strip() == "Shahrivar 1405 has never been approved."


def test_an_empty_list_says_what_is_empty(db: Path, tmp_path: Path) -> None:
    from desktop.store.database import open_database

    bare = tmp_path / "bare.sqlite3"
    open_database(bare, create=True).close()
    code, out, err = run_cli("accounts", "list", "--db", str(bare))
    assert code == 0 and out.startswith("There are no accounts: anyone who opens the database acts as"), err
    code, out, err = run_cli("comment", "list", "--district", "02", "--period", "1405-07", "--db", str(db),
                             "--user", "dabir")
    assert code == 0 and out.strip() == "There are no comments for district 02 in Mehr 1405.", err
