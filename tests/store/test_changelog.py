"""The change log records every insert, update and delete, in the same transaction, with who did it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from desktop.store.changelog import ChangeEntry, changes_since, history_of
from desktop.store.models import ChangeLog, Meeting, OrgUnit, Resolution, Solution
from desktop.store.settings import set_setting

from .conftest import one_of_each


def _add_meeting(db, **values) -> int:
    with db.session() as session:
        meeting = Meeting(number=1, held_on=date(2024, 5, 1), title="جلسه", location="تالار", **values)
        session.add(meeting)
        session.flush()
        return meeting.id


def _log(db) -> list[ChangeEntry]:
    with db.session() as session:
        return changes_since(session, 0)


def test_an_insert_is_logged_with_the_whole_new_row_and_the_user(db) -> None:
    before = datetime.now(UTC)
    meeting_id = _add_meeting(db)
    [entry] = _log(db)
    assert (entry.table_name, entry.row_id, entry.operation) == ("meeting", meeting_id, "insert")
    assert entry.user_name == "tester"
    assert entry.old_values is None
    assert entry.new_values == {
        "id": meeting_id,
        "number": 1,
        "held_on": "2024-05-01",
        "title": "جلسه",
        "location": "تالار",
    }
    assert before - timedelta(seconds=1) <= entry.changed_at <= datetime.now(UTC)


def test_an_update_is_logged_with_only_the_changed_columns_old_and_new(db) -> None:
    meeting_id = _add_meeting(db)
    with db.session(user_name="دبیر") as session:
        meeting = session.get(Meeting, meeting_id)
        meeting.title = "جلسه دوم"
        meeting.held_on = date(2024, 5, 2)
        meeting.location = "تالار"  # unchanged value: not logged
    entry = _log(db)[-1]
    assert entry.operation == "update"
    assert entry.user_name == "دبیر"
    assert entry.old_values == {"title": "جلسه", "held_on": "2024-05-01"}
    assert entry.new_values == {"title": "جلسه دوم", "held_on": "2024-05-02"}


def test_an_update_of_a_never_loaded_column_logs_its_stored_old_value(db) -> None:
    meeting_id = _add_meeting(db)
    with db.session() as session:
        meeting = session.get(Meeting, meeting_id)
        session.expire(meeting, ["title"])
        meeting.title = "بی‌خبر"
    entry = _log(db)[-1]
    assert (entry.old_values, entry.new_values) == ({"title": "جلسه"}, {"title": "بی‌خبر"})


def test_a_delete_is_logged_with_the_whole_old_row(db) -> None:
    meeting_id = _add_meeting(db)
    with db.session() as session:
        session.delete(session.get(Meeting, meeting_id))
    entry = _log(db)[-1]
    assert (entry.operation, entry.row_id, entry.new_values) == ("delete", meeting_id, None)
    assert entry.old_values == {
        "id": meeting_id,
        "number": 1,
        "held_on": "2024-05-01",
        "title": "جلسه",
        "location": "تالار",
    }


def test_a_rolled_back_transaction_leaves_no_change_log_rows(db) -> None:
    with pytest.raises(RuntimeError), db.session() as session:
        one_of_each(session)
        assert session.scalar(select(func.count()).select_from(ChangeLog)) > 0  # written, in the transaction
        raise RuntimeError("abandon")
    assert _log(db) == []


def test_deleting_a_meeting_logs_the_delete_of_each_resolution_and_other_child(db) -> None:
    with db.session() as session:
        rows = one_of_each(session)
        meeting_id, resolution_id = rows["meeting"].id, rows["resolution"].id
        session.add(Resolution(meeting_id=meeting_id, number=2, text="دوم", deadline=date(2024, 7, 1)))
    last = _log(db)[-1].id
    with db.session() as session:
        session.delete(session.get(Meeting, meeting_id))
    with db.session() as session:
        deletes = changes_since(session, last)
    logged = {(entry.table_name, entry.operation) for entry in deletes}
    assert logged == {
        ("meeting", "delete"),
        ("meeting_attendee", "delete"),
        ("agenda_item", "delete"),
        ("resolution", "delete"),
        ("resolution_followup", "delete"),
        ("resolution_evidence", "delete"),
    }
    resolutions = [entry for entry in deletes if entry.table_name == "resolution"]
    assert len(resolutions) == 2
    assert {entry.row_id for entry in resolutions} >= {resolution_id}
    # children are logged before their parent, so replaying the log never breaks a foreign key
    assert deletes[-1].table_name == "meeting"


def test_inserts_are_logged_parents_before_children(db) -> None:
    with db.session() as session:
        one_of_each(session)
    order = [entry.table_name for entry in _log(db)]
    assert order.index("meeting") < order.index("resolution") < order.index("resolution_followup")
    assert order.index("plan") < order.index("solution") < order.index("operational_program")


def test_the_foreign_key_changes_made_by_relationships_are_logged(db) -> None:
    with db.session() as session:
        rows = one_of_each(session)
        solution_id, project_id = rows["solution"].id, rows["driver_project"].id
    with db.session() as session:
        session.get(Solution, solution_id).driver_project = None
    entry = _log(db)[-1]
    assert (entry.table_name, entry.operation) == ("solution", "update")
    assert (entry.old_values, entry.new_values) == (
        {"driver_project_id": project_id},
        {"driver_project_id": None},
    )


def test_clearing_a_deleted_unit_from_solutions_is_logged_as_updates(db) -> None:
    with db.session() as session:
        rows = one_of_each(session)
        unit_id, solution_id = rows["org_unit"].id, rows["solution"].id
        session.delete(rows["driver_project"])  # the unit is executor of the project (RESTRICT)
    with db.session() as session:
        session.delete(session.get(OrgUnit, unit_id))
    tail = _log(db)[-2:]
    assert [(e.table_name, e.row_id, e.operation) for e in tail] == [
        ("solution", solution_id, "update"),
        ("org_unit", unit_id, "delete"),
    ]


def test_the_database_user_name_is_used_unless_the_session_names_one(db) -> None:
    db.user_name = "کاربر جدید"
    _add_meeting(db)
    assert _log(db)[-1].user_name == "کاربر جدید"


def test_settings_are_not_logged(db) -> None:
    with db.session() as session:
        set_setting(session, "theme", "dark")
    assert _log(db) == []


def test_history_of_a_row_lists_its_changes_oldest_first(db) -> None:
    meeting_id = _add_meeting(db)
    with db.session() as session:
        session.add(Meeting(number=2, held_on=date(2024, 6, 1), title="دیگر"))
        session.get(Meeting, meeting_id).title = "ویرایش"
    with db.session() as session:
        history = history_of(session, "meeting", meeting_id)
    assert [entry.operation for entry in history] == ["insert", "update"]
    assert all(entry.row_id == meeting_id for entry in history)


def test_changes_since_returns_only_later_changes_in_order(db) -> None:
    _add_meeting(db)
    first = _log(db)[0].id
    with db.session() as session:
        session.add(Meeting(number=2, held_on=date(2024, 6, 1), title="دیگر"))
        session.add(Meeting(number=3, held_on=date(2024, 7, 1), title="سوم"))
    with db.session() as session:
        later = changes_since(session, first)
        limited = changes_since(session, first, limit=1)
    assert [entry.new_values["number"] for entry in later] == [2, 3]
    assert [entry.id for entry in limited] == [later[0].id]
