"""The account tables: one district for (only) a district head, history that cannot be rewritten."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from desktop.store.models import Account, AccountEvent, ChangeLog, District, Province

HASH = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA"


def _district(session) -> District:
    district = District(province=Province(code="QOM", name="قم"), code="01", name="قم")
    session.add(district)
    session.flush()
    return district


def test_a_district_head_must_have_a_district_and_no_one_else_may(db) -> None:
    with pytest.raises(IntegrityError), db.session() as session:
        session.add(Account(login="head", display_name="رئیس حوزه", role="district_head", password_hash=HASH))
    with pytest.raises(IntegrityError), db.session() as session:
        district = _district(session)
        session.add(Account(login="v", display_name="ناظر", role="viewer", district_id=district.id,
                            password_hash=HASH))


def test_an_unknown_role_and_a_repeated_login_are_refused(db) -> None:
    with pytest.raises(IntegrityError), db.session() as session:
        session.add(Account(login="x", display_name="x", role="admin", password_hash=HASH))
    with pytest.raises(IntegrityError), db.session() as session:
        session.add_all([Account(login="a", display_name="a", role="viewer", password_hash=HASH),
                         Account(login="a", display_name="b", role="viewer", password_hash=HASH)])


def test_accounts_never_reach_the_change_log(db) -> None:
    with db.session() as session:
        session.add(Account(login="a", display_name="a", role="viewer", password_hash=HASH))
    with db.session() as session:
        account = session.scalar(select(Account))
        account.failed_attempts = 3
    with db.session() as session:
        assert session.scalars(select(ChangeLog)).all() == []


@pytest.mark.parametrize("statement", [
    "UPDATE account_event SET kind = 'created'",
    "DELETE FROM account_event",
    "UPDATE change_log SET user_name = 'someone else'",
    "DELETE FROM change_log",
])
def test_account_events_and_the_change_log_cannot_be_rewritten(db, statement: str) -> None:
    with db.session() as session:
        session.add(AccountEvent(happened_at=datetime(2026, 1, 1, tzinfo=UTC), account_id=1, login="a",
                                 actor="a", kind="created"))
        session.add(Province(code="QOM", name="قم"))  # writes a change_log row
    with pytest.raises(DBAPIError, match="history"), db.session() as session:
        session.execute(text(statement))
