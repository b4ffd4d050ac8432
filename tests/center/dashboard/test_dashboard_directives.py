"""Directives from the dashboard: the form makes the signed bundle the province applies, and its application,
reported back in the province's next bundle, shows as the acknowledgement."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.center.dashboard.directives import (
    APPLIED,
    NOT_YET,
    PARTLY,
    CenterKeyLockedError,
    DirectiveFormError,
    directive_statuses,
    directives_from_form,
    issue,
)
from desktop.center.staff import Refused, StaffRole
from desktop.store.models import CenterDeadline, Solution
from desktop.sync.directives import DirectiveInbox, Outcome
from desktop.sync.errors import BadPartError
from desktop.sync.outbox import Outbox
from desktop.sync.receipts import Verdict, read_receipt
from tests.center.dashboard.conftest import NOW, audited, staff

ANALYST = staff(StaffRole.analyst, user="تحلیلگر")


def _form(seeded, *, solution: str | None = None, deadline: str = "D-WEB-1") -> dict[str, list[str]]:
    if solution is None:
        with seeded.provinces["ISF"].session() as session:
            solution = session.scalars(select(Solution.code).order_by(Solution.code)).first()
    return {"note": ["ابلاغ از داشبورد"],
            "deadline_code": [deadline, ""], "deadline_title": ["گزارش شش‌ماهه", ""],
            "deadline_due": ["۱۴۰۵/۰۹/۳۰", ""], "deadline_note": ["", ""],
            "target_indicator": ["clearance_rate"], "target_period": ["1405-H2"], "target_value": ["۱۰۰"],
            "target_note": [""],
            "program_code": ["WEB-P1"], "program_solution": [solution], "program_title": ["برنامه ابلاغی"],
            "program_owner": ["دبیرخانه"], "program_weight": ["1"], "program_results": [""],
            "program_activities": ["A1 | آموزش | 1405/09/01 | 1405/12/29 | 1 | دبیرخانه"]}


def _deliver(seeded, data: bytes) -> None:
    """The province applies the bundle and its next progress bundle reaches the center."""
    database = seeded.provinces["ISF"]
    result = DirectiveInbox(database, lambda: NOW).receive(data, seeded.center.public_key, "ISF")
    assert result.outcome is Outcome.APPLIED
    outbox = Outbox(database, seeded.clock.tick)
    entry = outbox.cut(seeded.keys["ISF"], "ISF", "0.1.0")
    receipt = read_receipt(seeded.center.ingest(outbox.data(entry.id)), seeded.center.public_key, "ISF")
    assert receipt.verdict is Verdict.ACCEPTED


def _status(seeded, sequence: int):
    with seeded.center._sessions() as session:
        return next(s for s in directive_statuses(session, staff()) if s.province == "ISF" and s.sequence == sequence)


def test_a_directive_issued_from_the_form_is_applied_by_the_province_and_shows_as_acknowledged(seeded):
    directives = directives_from_form(_form(seeded))
    assert directives.deadlines[0].due_on.isoformat() == "2026-12-21"  # 30 Azar 1405, typed in Persian digits
    with seeded.center._sessions.begin() as session:
        (issued,) = issue(session, ANALYST, seeded.center.center_key, ["ISF"], directives, seeded.clock.tick())
    assert issued.sequence == 1 and _status(seeded, 1).state == NOT_YET
    data = seeded.center.directive_bundle("ISF", 1)  # the bundle the province fetches, as `directive` stores it
    _deliver(seeded, data)
    with seeded.provinces["ISF"].session() as session:
        assert session.scalar(select(CenterDeadline.title).where(CenterDeadline.code == "D-WEB-1")) == "گزارش شش‌ماهه"
    status = _status(seeded, 1)
    assert (status.state, status.items, status.seen) == (APPLIED, 3, 3)
    assert ("تحلیلگر", "issue_directive", "ISF#1", "allowed") in audited(seeded)


def test_an_item_the_province_cannot_apply_leaves_the_directive_partly_applied(seeded):
    directives = directives_from_form(_form(seeded, solution="NOT-IN-PLAN", deadline="D-WEB-2"))
    with seeded.center._sessions.begin() as session:
        (issued,) = issue(session, ANALYST, seeded.center.center_key, ["ISF"], directives, seeded.clock.tick())
    _deliver(seeded, seeded.center.directive_bundle("ISF", issued.sequence))
    status = _status(seeded, issued.sequence)
    assert (status.state, status.seen, status.items) == (PARTLY, 2, 3)


@pytest.mark.parametrize("role", [StaffRole.viewer, StaffRole.liaison])
def test_a_viewer_or_liaison_may_not_issue(seeded, role):
    directives = directives_from_form(_form(seeded))
    with seeded.center._sessions.begin() as session, pytest.raises(Refused):
        issue(session, staff(role, frozenset({"ISF"}), user=f"u-{role}"), seeded.center.center_key, ["ISF"],
              directives, NOW)


def test_without_the_unlocked_center_key_nothing_is_issued(seeded):
    directives = directives_from_form(_form(seeded))
    with seeded.center._sessions.begin() as session:
        before = len(directive_statuses(session, staff()))
        with pytest.raises(CenterKeyLockedError):
            issue(session, ANALYST, None, ["ISF"], directives, NOW)
    with seeded.center._sessions() as session:
        assert len(directive_statuses(session, staff())) == before


def test_a_liaison_sees_only_his_provinces_directives(seeded):
    with seeded.center._sessions() as session:
        assert directive_statuses(session, staff(StaffRole.liaison, frozenset({"QOM"}))) == []


@pytest.mark.parametrize(("field", "value", "error"), [
    ("deadline_due", ["۱۴۰۵/۱۳/۰۱", ""], DirectiveFormError),
    ("target_value", ["صد"], DirectiveFormError),
    ("program_activities", ["A1 | فقط عنوان"], DirectiveFormError),
    ("target_indicator", ["no_such_indicator"], BadPartError),
])
def test_a_bad_form_row_is_refused_with_its_reason(seeded, field, value, error):
    form = _form(seeded)
    form[field] = value
    with pytest.raises(error):
        directives_from_form(form)


def test_an_empty_form_is_refused():
    with pytest.raises(BadPartError):
        directives_from_form({"note": ["فقط یادداشت"]})
