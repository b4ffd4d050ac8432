"""Comments on a district's month: a district head comments on his own district only, a viewer reads."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.clock import FixedClock
from desktop.comments.service import CommentService
from desktop.domain.access import PermissionDenied, Principal, Role
from desktop.domain.jalali import JalaliPeriod
from desktop.domain.messages import ValidationError
from desktop.organisation.service import OrganisationService
from desktop.store.database import open_database
from desktop.store.models import ChangeLog, District
from tests.services.conftest import setup_form

CLOCK = FixedClock(date(2026, 11, 23))
MONTH = JalaliPeriod.parse("1405-08")


@pytest.fixture
def db(tmp_path: Path):
    database = open_database(tmp_path / "rasad.sqlite3")
    OrganisationService(database).complete_setup(setup_form())
    yield database
    database.close()


def _districts(db) -> list[District]:
    with db.session() as session:
        return list(session.scalars(select(District).order_by(District.code)))


def test_a_district_head_comments_on_his_own_district_only(db) -> None:
    own, other = _districts(db)[:2]
    head = Principal("رئیس حوزه", Role.DISTRICT_HEAD, own.id)
    service = CommentService(db, CLOCK, principal=head)
    saved = service.add(own.code, MONTH, "  کاهش ورودی به‌دلیل تعطیلات  ")
    assert (saved.text, saved.author, saved.period) == ("کاهش ورودی به‌دلیل تعطیلات", "رئیس حوزه", "1405-08")
    with pytest.raises(PermissionDenied):
        service.add(other.code, MONTH, "نظر درباره حوزه دیگر")
    with pytest.raises(PermissionDenied):
        service.comments(other.code)
    assert [c.text for c in service.comments(own.code, MONTH)] == ["کاهش ورودی به‌دلیل تعطیلات"]


def test_a_viewer_reads_comments_but_cannot_write_one(db) -> None:
    district = _districts(db)[0]
    CommentService(db, CLOCK).add(district.code, MONTH, "نظر دبیر")
    viewer = CommentService(db, CLOCK, principal=Principal("ناظر", Role.VIEWER))
    assert len(viewer.comments(district.code)) == 1
    with pytest.raises(PermissionDenied):
        viewer.add(district.code, MONTH, "نظر ناظر")


@pytest.mark.parametrize(("text", "period", "field"), [
    ("   ", "1405-08", "text"), ("ا" * 4001, "1405-08", "text"), ("نظر", "1405-H1", "period")])
def test_bad_comments_are_refused_with_the_field_named(db, text: str, period: str, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        CommentService(db, CLOCK).add(_districts(db)[0].code, JalaliPeriod.parse(period), text)
    assert caught.value.field == field


def test_a_comment_is_in_the_change_log_under_its_author(db) -> None:
    district = _districts(db)[0]
    CommentService(db, CLOCK, principal=Principal("رئیس کل", Role.CHIEF_JUSTICE)).add(district.code, MONTH, "نظر")
    with db.session() as session:
        entry = session.scalar(select(ChangeLog).where(ChangeLog.table_name == "district_comment"))
    assert entry is not None and entry.user_name == "رئیس کل"


def test_a_refused_comment_is_recorded_in_the_audit_trail(db) -> None:
    """The district is checked before the write transaction opens, so the refusal's own short transaction can
    record it (a nested write session in one thread is refused at once)."""
    from dataclasses import replace

    from desktop.audit.service import AuditFilter, AuditService, refusal_recorder

    own, other = _districts(db)[:2]
    head = replace(Principal("رئیس حوزه", Role.DISTRICT_HEAD, own.id, login="head1"),
                   on_refusal=refusal_recorder(db))
    with pytest.raises(PermissionDenied):
        CommentService(db, CLOCK, principal=head).add(other.code, MONTH, "نظر")
    events = AuditService(db).events(AuditFilter(operation="refused"))
    assert [(e.login, e.outcome) for e in events] == [("head1", "refused")]
