"""The Plans and Meetings pages' editors on the command line: `plans solution|program|activity ...` and
`meetings add|edit|delete|show`, `meetings resolution ...` (refusals - role, approved month, busy, bad path - are
swept with every command in tests/test_cli_no_traceback.py)."""

from __future__ import annotations

import json
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from tests.cli_support import english, qt_language_restored, run_cli  # noqa: E402, F401
from tests.demo_support import copy_demo  # noqa: E402


@pytest.fixture
def db(demo_province: Path, tmp_path: Path) -> str:
    return str(copy_demo(demo_province, tmp_path / "demo"))


def _ok(*args: str) -> str:
    code, out, err = run_cli(*args)
    assert code == 0, err
    return out


def _shown(*args: str) -> dict:
    return json.loads(_ok(*args))


def _new_id(out: str) -> int:
    return int(out.split()[-2])  # "Solution 48 added."


def _listed(db: str) -> dict[tuple[str, int], dict]:
    return {(row["kind"], row["id"]): row for row in json.loads(_ok("plans", "list", "--db", db, "--format", "json"))}


def test_a_solution_program_and_activities_are_added_edited_and_deleted_as_on_the_plans_page(db: str) -> None:
    solution = _new_id(_ok("plans", "solution", "add", "--db", db, "--plan", "1", "--code", "TD-S99", "--title",
                           "راهکار آزمایشی", "--term", "short", "--unit", "معاونت حقوقی و امور مجلس"))
    program = _new_id(_ok("plans", "program", "add", "--db", db, "--solution", str(solution), "--code", "TD-S99-P1",
                          "--title", "برنامهٔ آزمایشی", "--owner", "دبیرخانه"))
    parent = _new_id(_ok("plans", "activity", "add", "--db", db, "--program", str(program), "--code", "1", "--title",
                         "فعالیت یک", "--weight", "2", "--start", "1405-09-01", "--finish", "1405-12-29"))
    child = _new_id(_ok("plans", "activity", "add", "--db", db, "--program", str(program), "--code", "2", "--title",
                        "زیرفعالیت", "--weight", "1", "--start", "1405-09-10", "--finish", "1405-10-30",
                        "--parent", str(parent)))
    listed = _listed(db)
    assert listed[("solution", solution)]["code"] == "TD-S99" and listed[("program", program)]["parent"] == "TD-S99"
    assert listed[("activity", child)]["depth"] == listed[("activity", parent)]["depth"] + 1  # under its parent

    # edit changes what it is given and keeps the rest; `none` clears a link
    assert _ok("plans", "activity", "edit", str(child), "--db", db, "--finish", "1405-11-15",
               "--parent", "none") == f"Activity {child} changed.\n"
    form = _shown("plans", "activity", "show", str(child), "--db", db)["form"]
    assert (form["title"], form["weight"], form["planned_start"], form["planned_finish"], form["parent_id"]) == (
        "زیرفعالیت", 1.0, "2026-12-01", "2027-02-04", None)
    _ok("plans", "solution", "edit", str(solution), "--db", db, "--term", "none", "--manager", "مدیرکل")
    shown = _shown("plans", "solution", "show", str(solution), "--db", db)
    assert (shown["id"], shown["term"], shown["executive_manager"], shown["responsible_unit"]) == (
        solution, None, "مدیرکل", "معاونت حقوقی و امور مجلس")

    assert _ok("plans", "solution", "delete", str(solution), "--db", db) == (
        f"Solution {solution} deleted, with its programs and activities.\n")
    assert not any(row["code"].startswith("TD-S99") for row in _listed(db).values())
    code, _, err = run_cli("plans", "activity", "show", str(parent), "--db", db)
    assert code == 1 and err.strip() == f"This activity no longer exists (id {parent}); it may have been deleted."


def test_an_activity_with_no_progress_report_is_listed_and_shown_with_no_actual_or_spi_and_flagged(db: str) -> None:
    """`plans list` and `plans activity show` gave "actual": 0.0, "spi": 0.0 beside "history": [] - unknown
    shown as 0. Now null, with "not_reported": true (its program and solution too: nothing under them reported)."""
    solution = _new_id(_ok("plans", "solution", "add", "--db", db, "--plan", "1", "--code", "TD-S98", "--title",
                           "راهکار بی‌گزارش", "--term", "short"))
    program = _new_id(_ok("plans", "program", "add", "--db", db, "--solution", str(solution), "--code", "TD-S98-P1",
                          "--title", "برنامهٔ بی‌گزارش"))
    activity = _new_id(_ok("plans", "activity", "add", "--db", db, "--program", str(program), "--code", "1",
                           "--title", "فعالیت بی‌گزارش", "--weight", "1", "--start", "1405-07-01",
                           "--finish", "1405-12-29"))
    shown = _shown("plans", "activity", "show", str(activity), "--db", db)
    assert shown["history"] == [] and shown["not_reported"] is True
    assert shown["progress"]["actual"] is None and shown["progress"]["spi"] is None
    assert shown["progress"]["planned"] > 0
    listed = {(row["kind"], row["id"]): row
              for row in json.loads(_ok("plans", "list", "--db", db, "--format", "json", "--as-of", "2026-11-23"))}
    for key in (("activity", activity), ("program", program), ("solution", solution)):
        row = listed[key]
        assert (row["actual_percent"], row["spi"], row["not_reported"]) == (None, None, True), key
        assert row["planned_percent"] > 0
    assert listed[("plan", 1)]["not_reported"] is False  # the plan has reports under it
    _ok("plans", "progress", "--db", db, "--activity", str(activity), "--percent", "0", "--on", "1405-08-01")
    row = {(r["kind"], r["id"]): r for r in json.loads(_ok("plans", "list", "--db", db, "--format", "json",
                                                            "--as-of", "2026-11-23"))}[("activity", activity)]
    assert (row["actual_percent"], row["spi"], row["not_reported"]) == (0.0, 0.0, False)  # a reported 0 is known


def test_a_field_the_service_refuses_is_named_and_nothing_changes(db: str) -> None:
    before = _listed(db)
    code, _, err = run_cli("plans", "activity", "add", "--db", db, "--program", "10", "--code", "9", "--title", "x",
                           "--weight", "-1", "--start", "1405-09-01", "--finish", "1405-08-01")
    assert code == 1 and "Check the weight." in err and "[" not in err
    code, _, err = run_cli("plans", "activity", "edit", "60", "--db", db, "--parent", "60")
    assert code == 1 and err.strip() == "An activity cannot be its own parent. Check the parent activity."
    code, _, err = run_cli("plans", "solution", "edit", "1", "--db", db, "--driver-project", "two")
    assert code == 2 and err.strip() == "--driver-project takes a number or none, not 'two'."
    assert _listed(db) == before


def test_the_editors_speak_persian(db: str) -> None:
    code, out, err = run_cli("--lang", "fa", "plans", "solution", "add", "--db", db, "--plan", "1", "--code",
                             "TD-S98", "--title", "راهکار فارسی")
    assert code == 0, err
    assert out.startswith("راهکار ") and "افزوده شد" in out
    code, _, err = run_cli("--lang", "fa", "meetings", "resolution", "status", "1", "done", "--db", db)
    assert code == 1 and err.strip().endswith("تاریخ انجام را بررسی کنید.") and "[" not in err, err


def test_a_meeting_and_its_resolution_are_kept_as_on_the_meetings_page(db: str, tmp_path: Path) -> None:
    meeting = _new_id(_ok("meetings", "add", "--db", db, "--held-on", "1405-09-05", "--title", "جلسهٔ آزمایشی",
                          "--attendee", "رئیس کل=رئیس جلسه", "--attendee", "دبیر", "--agenda", "بند یک",
                          "--agenda", "بند دو"))
    _ok("meetings", "edit", str(meeting), "--db", db, "--location", "تالار", "--agenda", "تنها بند")
    shown = _shown("meetings", "show", str(meeting), "--db", db)
    assert shown["form"]["attendees"] == [["رئیس کل", "رئیس جلسه"], ["دبیر", ""]]  # not given: kept
    assert (shown["form"]["location"], shown["form"]["agenda"], shown["form"]["held_on"]) == (
        "تالار", ["تنها بند"], "2026-11-26")

    resolution = _new_id(_ok("meetings", "resolution", "add", "--db", db, "--meeting", str(meeting), "--text",
                             "مصوبهٔ آزمایشی", "--owner", "دادگستری", "--deadline", "1405-10-30"))
    _ok("meetings", "resolution", "status", str(resolution), "done", "--completed-on", "1405-09-10", "--db", db)
    evidence = tmp_path / "صورتجلسه.pdf"
    evidence.write_bytes(b"%PDF-1.4 minutes")
    _ok("meetings", "resolution", "note", str(resolution), "--db", db, "--text", "انجام شد", "--on", "1405-09-10",
        "--evidence", str(evidence))
    assert _ok("meetings", "resolution", "attach", str(resolution), str(evidence), "--db", db) == (
        f"Evidence files attached to resolution {resolution}: 1.\n")
    _ok("meetings", "resolution", "edit", str(resolution), "--db", db, "--status", "in_progress")
    shown = _shown("meetings", "resolution", "show", str(resolution), "--db", db)
    assert (shown["row"]["status"], shown["row"]["completed_on"], shown["row"]["text"]) == (
        "in_progress", None, "مصوبهٔ آزمایشی")  # no longer done: no day it was done
    assert [note["note"] for note in shown["follow_ups"]] == ["انجام شد"]
    [kept] = shown["evidence"]  # once, however often given
    assert kept["original_name"] == "صورتجلسه.pdf" and kept["present"]
    assert Path(kept["stored_at"]).read_bytes() == evidence.read_bytes()  # the copy in the evidence folder

    _ok("meetings", "delete", str(meeting), "--db", db)
    assert all(row["id"] != meeting for row in json.loads(_ok("meetings", "list", "--db", db, "--format", "json")))
    code, _, _ = run_cli("meetings", "resolution", "show", str(resolution), "--db", db)
    assert code == 1


def test_a_new_activity_comes_after_its_last_sibling(db: str) -> None:
    """Positions need not start at 0 (the demo's start at 1): a count of the siblings put the new one level with
    the last, in no sure order."""
    program = next(row for row in json.loads(_ok("plans", "list", "--db", db, "--format", "json"))
                   if row["kind"] == "program")
    new = _new_id(_ok("plans", "activity", "add", "--db", db, "--program", str(program["id"]), "--code", "99",
                      "--title", "آخرین فعالیت", "--weight", "1", "--start", "1405-09-01", "--finish", "1405-12-01"))
    import sqlite3

    with sqlite3.connect(db) as connection:
        positions = dict(connection.execute(
            "SELECT id, position FROM activity WHERE program_id = ? AND parent_id IS NULL", (program["id"],)))
    assert positions[new] > max(position for activity, position in positions.items() if activity != new)


def test_an_empty_evidence_file_is_refused_naming_it_and_nothing_is_attached(db: str, tmp_path: Path) -> None:
    """A file of 0 bytes (an export that failed, a download cut short) was kept as evidence like any other."""
    meeting = _new_id(_ok("meetings", "add", "--db", db, "--held-on", "1405-09-05", "--title", "جلسهٔ آزمایشی"))
    resolution = _new_id(_ok("meetings", "resolution", "add", "--db", db, "--meeting", str(meeting), "--text",
                             "مصوبهٔ آزمایشی", "--owner", "دادگستری", "--deadline", "1405-10-30"))
    empty = tmp_path / "صورتجلسه.pdf"
    empty.write_bytes(b"")
    code, out, err = run_cli("meetings", "resolution", "attach", str(resolution), str(empty), "--db", db,
                             "--lang", "fa")
    assert code == 1 and out == ""
    assert "فایل «صورتجلسه.pdf» خالی است (۰ بایت)" in err and "Traceback" not in err
    code, _, err = run_cli("meetings", "resolution", "attach", str(resolution), str(empty), "--db", db,
                           "--lang", "en")
    assert code == 1 and "The file “صورتجلسه.pdf” is empty (0 bytes)" in err
    assert _shown("meetings", "resolution", "show", str(resolution), "--db", db)["evidence"] == []


def test_an_id_that_never_existed_is_said_to_be_none_and_a_deleted_one_to_be_gone(db: str) -> None:
    for args, said in ((("meetings", "edit", "999", "--title", "x"), "There is no meeting with id 999."),
                       (("meetings", "delete", "999"), "There is no meeting with id 999."),
                       (("meetings", "resolution", "show", "999"), "There is no resolution with id 999."),
                       (("plans", "activity", "edit", "999", "--title", "x"), "There is no activity with id 999."),
                       (("plans", "program", "delete", "999"), "There is no operational program with id 999.")):
        code, _, err = run_cli(*args, "--db", db)
        assert code == 1 and err.strip() == said, args
    code, _, err = run_cli("--lang", "fa", "meetings", "delete", "999", "--db", db)
    assert code == 1 and err.strip() == "هیچ جلسه‌ای با شناسه ۹۹۹ وجود ندارد."
    _ok("meetings", "delete", "3", "--db", db)  # the change log keeps its delete: this one did exist
    code, _, err = run_cli("meetings", "edit", "3", "--title", "x", "--db", db)
    assert code == 1 and err.strip() == "This meeting no longer exists (id 3); it may have been deleted."
