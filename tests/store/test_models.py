"""Every table stores and returns its values; constraints and cascades mirror the rules."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import func, inspect, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.store.models import (
    Activity,
    Base,
    ChangeLog,
    DriverProject,
    EvidenceFile,
    Meeting,
    OperationalProgram,
    OrgUnit,
    Plan,
    ProgressUpdate,
    Resolution,
    Solution,
)

from .conftest import one_of_each


def _columns(row: Base) -> dict[str, Any]:
    mapper = inspect(type(row))
    return {attr.key: getattr(row, attr.key) for attr in mapper.column_attrs}


def test_every_table_round_trips_a_row(db) -> None:
    with db.session() as session:
        rows = one_of_each(session)
        expected = {name: (type(row), inspect(row).identity, _columns(row)) for name, row in rows.items()}

    assert set(expected) | {ChangeLog.__tablename__} == set(Base.metadata.tables)
    with db.session() as session:
        for name, (cls, identity, values) in expected.items():
            reloaded = session.get(cls, identity)
            assert reloaded is not None, name
            assert _columns(reloaded) == values, name
        logged = session.scalars(select(ChangeLog)).all()
        assert logged and all(isinstance(entry.changed_at, datetime) for entry in logged)


def test_timestamps_come_back_timezone_aware_in_utc(db) -> None:
    with db.session() as session:
        update_id = one_of_each(session)["progress_update"].id
    with db.session() as session:
        recorded_at = session.get(ProgressUpdate, update_id).recorded_at
    assert recorded_at == datetime(2024, 4, 1, 8, 30, tzinfo=UTC)
    assert recorded_at.tzinfo is UTC


def test_a_naive_timestamp_is_refused(db) -> None:
    with pytest.raises(Exception, match="timezone-aware"), db.session() as session:
        session.add(
            EvidenceFile(sha256="cd" * 32, original_name="a.txt", size_bytes=1, added_at=datetime(2024, 1, 1))
        )


def _fails(session: Session, row: Base) -> None:
    """Adding ``row`` is refused by the database; the session goes on (the savepoint is rolled back).

    Rows are built with foreign-key ids, not relationships, so a refused row is not left in a collection."""
    with pytest.raises(IntegrityError), session.begin_nested():
        session.add(row)
        session.flush()


def test_a_row_pointing_at_a_missing_parent_is_rejected(db) -> None:
    with db.session() as session:
        _fails(session, Resolution(meeting_id=999, number=1, text="x", deadline=date(2024, 1, 1)))


def test_check_constraints_reject_zero_weight_percent_over_100_and_finish_before_start(db) -> None:
    with db.session() as session:
        rows = one_of_each(session)
        program = rows["operational_program"]
        activity = rows["activity"]

        def activity_with(**changes: Any) -> Activity:
            values: dict[str, Any] = dict(
                program_id=program.id,
                code="X",
                title="t",
                weight=1.0,
                planned_start=date(2024, 1, 1),
                planned_finish=date(2024, 1, 2),
            )
            values.update(changes)
            return Activity(**values)

        _fails(session, activity_with(weight=0))
        _fails(session, activity_with(planned_finish=date(2023, 12, 31)))
        _fails(session, ProgressUpdate(activity_id=activity.id, reported_on=date(2024, 1, 1), percent=101))
        _fails(session, ProgressUpdate(activity_id=activity.id, reported_on=date(2024, 1, 1), percent=-1))
        _fails(session, Plan(code="Z", title="t", kind="transformation", weight=0))
        session.add(activity_with(code="ok", planned_finish=date(2024, 1, 1)))  # same-day finish is fine
        session.add(ProgressUpdate(activity=activity, reported_on=date(2024, 1, 1), percent=100))


def test_check_constraints_reject_values_outside_their_sets(db) -> None:
    with db.session() as session:
        rows = one_of_each(session)
        _fails(session, Plan(code="Z", title="t", kind="other", weight=1))
        _fails(session, Solution(plan_id=rows["plan"].id, code="Z", title="t", term="forever"))
        _fails(
            session,
            Resolution(
                meeting_id=rows["meeting"].id, number=9, text="t", deadline=date(2024, 1, 1), status="x"
            ),
        )
        session.add(Solution(plan=rows["plan"], code="no-term", title="t", term=None))


def test_unique_codes_are_enforced(db) -> None:
    with db.session() as session:
        rows = one_of_each(session)
        _fails(session, Plan(code="T", title="again", kind="transformation", weight=1))
        _fails(
            session,
            DriverProject(
                plan_id=rows["plan"].id, number=3, title="dup", executor_unit_id=rows["org_unit"].id
            ),
        )


def test_a_progress_update_cannot_be_changed_afterwards(db) -> None:
    with db.session() as session:
        update = one_of_each(session)["progress_update"]
        with pytest.raises(IntegrityError, match="history"), session.begin_nested():
            update.percent = 50
            session.flush()


def test_deleting_a_program_deletes_its_activity_tree_and_progress(db) -> None:
    with db.session() as session:
        program_id = one_of_each(session)["operational_program"].id
    with db.session() as session:
        session.delete(session.get(OperationalProgram, program_id))
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Activity)) == 0
        assert session.scalar(select(func.count()).select_from(ProgressUpdate)) == 0


def test_deleting_a_parent_activity_deletes_its_children(db) -> None:
    with db.session() as session:
        child = one_of_each(session)["activity"]
        root_id, child_id = child.parent_id, child.id
    with db.session() as session:
        session.delete(session.get(Activity, root_id))
    with db.session() as session:
        assert session.get(Activity, child_id) is None


def test_a_plan_with_solutions_cannot_be_deleted(db) -> None:
    with db.session() as session:
        plan_id = one_of_each(session)["plan"].id
    with pytest.raises(IntegrityError), db.session() as session:
        session.delete(session.get(Plan, plan_id))
    with db.session() as session:
        assert session.get(Plan, plan_id) is not None


def test_deleting_a_responsible_unit_clears_it_on_solutions(db) -> None:
    with db.session() as session:
        rows = one_of_each(session)
        other = OrgUnit(name="واحد دیگر")
        rows["solution"].responsible_unit = other
        session.flush()
        other_id, solution_id = other.id, rows["solution"].id
    with db.session() as session:
        session.delete(session.get(OrgUnit, other_id))
    with db.session() as session:
        assert session.get(Solution, solution_id).responsible_unit_id is None


def test_deleting_a_meeting_deletes_its_attendees_agenda_and_resolutions(db) -> None:
    with db.session() as session:
        meeting_id = one_of_each(session)["meeting"].id
    with db.session() as session:
        session.delete(session.get(Meeting, meeting_id))
    with db.session() as session:
        for table in (
            "meeting_attendee",
            "agenda_item",
            "resolution",
            "resolution_followup",
            "resolution_evidence",
        ):
            model = Base.metadata.tables[table]
            assert session.scalar(select(func.count()).select_from(model)) == 0, table
        assert session.scalar(select(func.count()).select_from(EvidenceFile)) == 1  # files outlive links
