""""Changed since approval" by figure, with its causes, on the command line (`approval changes`) and on the
Approval page (issue 11, What to build 1)."""

from __future__ import annotations

import csv
import io
import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.approvals.conftest import ABAN, Province, province  # noqa: E402, F401 (fixture)
from tests.cli_support import english, qt_language_restored, run_cli  # noqa: E402, F401


def _moved_after_reopening(province: Province) -> str:  # noqa: F811
    province.approve()
    province.reopen()
    province.services.imports.import_file(province.registry_moving_101001_to_02(), "branches")
    return str(province.services.database.path)


def test_approval_changes_prints_each_differing_figure_with_who_changed_what(province: Province) -> None:  # noqa: F811
    db = _moved_after_reopening(province)
    who = province.services.principal.user_name
    code, out, err = run_cli("approval", "changes", "--period", ABAN.code, "--db", db, "--format", "json")
    assert code == 0, err
    changed = json.loads(out)
    assert changed["period"] == ABAN.code and changed["state"] == "reopened" and len(changed["sha256"]) == 64
    moved = {d["key"]: (d["approved"], d["now"]) for d in changed["differences"]}
    assert moved["indicators/incoming/district/01"] == (80, 30)
    assert any(c["table"] == "branch" and c["operation"] == "update" and c["user_name"] == who
               for c in changed["causes"]["indicators"])

    code, out, err = run_cli("approval", "changes", "--period", ABAN.code, "--db", db)
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    figures = {r["figure"]: (float(r["approved"]), float(r["now"])) for r in rows if r["kind"] == "figure"}
    assert figures["indicators/incoming/district/01"] == (80, 30)
    causes = [(r["section"], r["table"], r["operation"], r["user_name"]) for r in rows if r["kind"] == "cause"]
    assert ("indicators", "branch", "update", who) in causes

    code, out, err = run_cli("approval", "changes", "--period", ABAN.code, "--db", db, "--log", "--format", "json")
    assert code == 0 and any(e["table_name"] == "branch" for e in json.loads(out)), err


def test_an_approved_period_without_changes_prints_no_differing_figure(province: Province) -> None:  # noqa: F811
    province.approve()
    db = str(province.services.database.path)
    code, out, err = run_cli("approval", "changes", "--period", ABAN.code, "--db", db)
    assert code == 0, err
    assert out.splitlines() == [",".join(("kind", "section", "figure", "approved", "now", "changed_at", "user_name",
                                          "user_login", "table", "row_id", "operation", "detail"))]



def test_the_change_log_since_approval_lists_a_meeting_title_and_attendee_edit_in_the_approved_month(
        province: Province) -> None:  # noqa: F811
    from dataclasses import replace

    province.approve()
    meetings = province.services.meetings
    form = meetings.meeting(province.meeting).form
    # allowed in an approved month (docs/access.md: a meeting's title moves no figure), so it must be listed
    meetings.update_meeting(province.meeting, replace(form, title="جلسه آبان (اصلاح)", attendees=(("رئیس", ""),)))
    db = str(province.services.database.path)
    code, out, err = run_cli("approval", "changes", "--period", ABAN.code, "--db", db, "--log", "--format", "json")
    assert code == 0, err
    entries = json.loads(out)
    assert {(e["table_name"], e["operation"]) for e in entries} == {("meeting", "update"), ("meeting_attendee", "insert")}
    title = next(e for e in entries if e["table_name"] == "meeting")
    assert title["new_values"] == {"title": "جلسه آبان (اصلاح)"} and title["row_id"] == province.meeting
    assert province.approvals().status(ABAN).changes_since_approval == len(entries)  # the count says the same
