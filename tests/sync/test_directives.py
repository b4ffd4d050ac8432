"""Directive bundles from the center at the province: verified with the pinned key, in order, once."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.planning.reference_seed import seed_reference_plans
from desktop.store.database import open_database
from desktop.store.models import (
    Activity,
    CenterDeadline,
    DirectiveBundle,
    IndicatorTarget,
    OperationalProgram,
)
from desktop.sync import canonical, directive_content, frame
from desktop.sync.directives import DirectiveForkError, DirectiveInbox, Outcome, in_sequence_order
from desktop.sync.errors import BadPartError, BundleError, UnknownKeyError, WrongPayloadTypeError
from desktop.sync.keys import generate_private_key

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
PROVINCE = "QOM"


@pytest.fixture
def database(tmp_path: Path):
    db = open_database(tmp_path / "p.sqlite3")
    with db.session() as session:
        seed_reference_plans(session, 1405)
    yield db
    db.close()


@pytest.fixture
def center_key():
    return generate_private_key()


@pytest.fixture
def inbox(database) -> DirectiveInbox:
    return DirectiveInbox(database, lambda: NOW)


def _content(program: str = "TD-P900", deadline: str = "D-1", *, solution: str = "TD-S01") -> dict:
    return {
        "note": "ابلاغ مرکز",
        "programs": [{"code": program, "solution_code": solution, "title": "برنامه ابلاغی", "expected_results": "",
                      "owner": "معاونت", "weight": 2, "activities": [
                          {"code": "A1", "title": "اقدام یکم", "planned_start": "2026-03-21",
                           "planned_finish": "2026-09-21", "weight": 1, "owner": ""}]}],
        "indicator_targets": [{"indicator": "clearance_rate", "period": "", "target": 1.05, "note": ""}],
        "deadlines": [{"code": deadline, "title": "گزارش شش‌ماهه", "due_on": "2026-12-20", "note": ""}],
    }


class Center:
    """Issues a directive chain for one province, as desktop/center/directives.py does."""

    def __init__(self, key, province: str = PROVINCE) -> None:
        self.key, self.province, self.sequence, self.previous = key, province, 0, frame.GENESIS_HASH

    def directive(self, content: dict | None = None, *, payload_type: str = "directive", **overrides) -> bytes:
        self.sequence += 1
        body = canonical.dumps(content or _content(program=f"TD-P9{self.sequence:02d}", deadline=f"D-{self.sequence}"))
        data = frame.encode({
            "payload_type": payload_type, "bundle_id": frame.new_bundle_id(), "province": self.province,
            "sequence": self.sequence, "previous_hash": self.previous, "created_at": frame.utc_timestamp(NOW),
            "app_version": "0.1.0", "schema_version": "directive-1", **overrides,
        }, [(directive_content.DIRECTIVES_PART, body, True)], self.key)
        self.previous = frame.file_hash(data)
        return data


def _count(database, model) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_a_directive_approves_programs_and_sets_targets_and_deadlines(database, inbox, center_key) -> None:
    result = inbox.receive(Center(center_key).directive(_content()), center_key.public_key(), PROVINCE)
    assert result.outcome is Outcome.APPLIED and result.applied_sequences == (1,) and result.notes == ()
    with database.session() as session:
        program = session.scalar(select(OperationalProgram).where(OperationalProgram.code == "TD-P900"))
        assert program.title == "برنامه ابلاغی" and program.weight == 2
        activity = session.scalar(select(Activity).where(Activity.program_id == program.id))
        assert (activity.code, activity.planned_finish) == ("A1", date(2026, 9, 21))
        target = session.scalar(select(IndicatorTarget))
        assert (target.indicator, target.period, target.target) == ("clearance_rate", "", 1.05)
        assert session.scalar(select(CenterDeadline.due_on)) == date(2026, 12, 20)


def test_the_same_directive_twice_is_applied_once(database, inbox, center_key) -> None:
    data = Center(center_key).directive()
    inbox.receive(data, center_key.public_key(), PROVINCE)
    programs = _count(database, OperationalProgram)
    again = inbox.receive(data, center_key.public_key(), PROVINCE)
    assert again.outcome is Outcome.DUPLICATE
    assert _count(database, OperationalProgram) == programs and _count(database, DirectiveBundle) == 1


def test_directives_out_of_order_are_held_then_applied_in_order(database, inbox, center_key) -> None:
    center = Center(center_key)
    first, second, third = center.directive(), center.directive(), center.directive()
    assert inbox.receive(third, center_key.public_key(), PROVINCE).outcome is Outcome.HELD
    assert inbox.receive(second, center_key.public_key(), PROVINCE).outcome is Outcome.HELD
    assert _count(database, CenterDeadline) == 0  # nothing held is applied
    result = inbox.receive(first, center_key.public_key(), PROVINCE)
    assert result.applied_sequences == (1, 2, 3)
    assert [v.state for v in inbox.directives()] == ["applied", "applied", "applied"]
    assert _count(database, CenterDeadline) == 3 and inbox.head()[0] == 3


def test_a_directive_signed_by_another_key_is_refused_and_nothing_applied(database, inbox, center_key) -> None:
    forged = Center(generate_private_key()).directive()
    with pytest.raises(UnknownKeyError):
        inbox.receive(forged, center_key.public_key(), PROVINCE)
    assert _count(database, DirectiveBundle) == 0 and _count(database, CenterDeadline) == 0


def test_a_directive_for_another_province_is_refused(inbox, center_key) -> None:
    with pytest.raises(BundleError):
        inbox.receive(Center(center_key, "THR").directive(), center_key.public_key(), PROVINCE)


def test_a_progress_bundle_posing_as_a_directive_is_refused(inbox, center_key) -> None:
    with pytest.raises(WrongPayloadTypeError):
        inbox.receive(Center(center_key).directive(payload_type="progress"), center_key.public_key(), PROVINCE)


def test_a_fork_or_rollback_of_the_directive_chain_is_refused(database, inbox, center_key) -> None:
    center = Center(center_key)
    first, second = center.directive(), center.directive()
    inbox.receive(first, center_key.public_key(), PROVINCE)
    inbox.receive(second, center_key.public_key(), PROVINCE)
    other = Center(center_key)
    other.sequence, other.previous = 1, frame.file_hash(first)
    with pytest.raises(DirectiveForkError):  # sequence 2 again, other bytes
        inbox.receive(other.directive(_content(deadline="X")), center_key.public_key(), PROVINCE)
    stale = Center(center_key)
    with pytest.raises(DirectiveForkError):  # sequence 1 again, other bytes
        inbox.receive(stale.directive(_content(deadline="Y")), center_key.public_key(), PROVINCE)
    assert _count(database, DirectiveBundle) == 2 and _count(database, CenterDeadline) == 2


def test_a_next_directive_that_does_not_chain_is_refused(database, inbox, center_key) -> None:
    center = Center(center_key)
    inbox.receive(center.directive(), center_key.public_key(), PROVINCE)
    center.previous = "f" * 64
    with pytest.raises(DirectiveForkError):
        inbox.receive(center.directive(), center_key.public_key(), PROVINCE)
    assert _count(database, DirectiveBundle) == 1


@pytest.mark.parametrize("mutate", [
    lambda c: c["programs"][0].pop("title"),
    lambda c: c["programs"][0]["activities"][0].update(planned_finish="2025-01-01"),
    lambda c: c["indicator_targets"][0].update(indicator="no_such_indicator"),
    lambda c: c["deadlines"][0].update(due_on="1404/09/01"),
    lambda c: c.update(extra=1),
])
def test_a_malformed_directive_is_refused_whole(database, inbox, center_key, mutate) -> None:
    content = _content()
    mutate(content)
    with pytest.raises(BadPartError):
        inbox.receive(Center(center_key).directive(content), center_key.public_key(), PROVINCE)
    assert _count(database, DirectiveBundle) == 0 and _count(database, OperationalProgram) > 0
    assert _count(database, CenterDeadline) == 0


def test_an_item_that_cannot_apply_here_is_noted_and_does_not_block_the_chain(database, inbox, center_key) -> None:
    center = Center(center_key)
    result = inbox.receive(center.directive(_content(solution="NO-SUCH")), center_key.public_key(), PROVINCE)
    assert result.outcome is Outcome.APPLIED
    assert [note.english() for note in result.notes] == [
        "Program TD-P900: solution NO-SUCH is not in this province's plan."]
    assert inbox.directives()[0].notes == result.notes  # kept with the directive, shown translated
    assert _count(database, CenterDeadline) == 1
    assert inbox.receive(center.directive(), center_key.public_key(), PROVINCE).outcome is Outcome.APPLIED


def test_a_note_naming_a_period_keeps_both_languages_when_stored() -> None:
    import json

    from desktop.domain.jalali import JalaliPeriod
    from desktop.sync.directives import PERIOD_APPROVED, DirectiveNote, read_notes

    note = DirectiveNote(PERIOD_APPROVED, {"program": "TD-P1", "activity": "A1",
                                           "period": JalaliPeriod.parse("1405-07").message_label})
    (stored,) = read_notes(json.dumps([note.as_json()], ensure_ascii=False))
    assert stored == note and "Mehr 1405" in stored.english() and stored.params["period"] == "مهر ۱۴۰۵"
    assert read_notes(json.dumps([{"text": "{period}", "params": {"period": "مهر ۱۴۰۵"}}]))[0].english() \
        == "مهر ۱۴۰۵"  # a note stored before: its one name, as it was


def test_directive_files_are_taken_in_the_order_of_the_sequence_in_their_names() -> None:
    names = ["QOM-directive-000010.rasad-directive", "QOM-directive-9.rasad-directive",
             "QOM-directive-000002.rasad-directive", "notes.rasad-directive"]
    assert [p.name for p in sorted(map(Path, names), key=in_sequence_order)] == [
        "notes.rasad-directive", "QOM-directive-000002.rasad-directive", "QOM-directive-9.rasad-directive",
        "QOM-directive-000010.rasad-directive"]
