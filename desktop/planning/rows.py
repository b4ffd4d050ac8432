"""A plan item's row found by id, or the error saying it is gone (deleted, as the change log shows) or that there
is none with that id (never was: a mistyped id)."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
from desktop.store.changelog import was_deleted

CONTEXT = "Planning"

NOT_FOUND = {
    "solution": QT_TRANSLATE_NOOP("Planning", "This solution no longer exists (id {id}); it may have been deleted."),
    "program": QT_TRANSLATE_NOOP(
        "Planning", "This operational program no longer exists (id {id}); it may have been deleted."),
    "activity": QT_TRANSLATE_NOOP("Planning", "This activity no longer exists (id {id}); it may have been deleted."),
}

NEVER_FOUND = {
    "solution": QT_TRANSLATE_NOOP("Planning", "There is no solution with id {id}."),
    "program": QT_TRANSLATE_NOOP("Planning", "There is no operational program with id {id}."),
    "activity": QT_TRANSLATE_NOOP("Planning", "There is no activity with id {id}."),
}

RowT = TypeVar("RowT")


def _not_found(kind: str, item_id: int, deleted: bool) -> DomainError:
    return DomainError(CONTEXT, (NOT_FOUND if deleted else NEVER_FOUND)[kind], {"id": item_id})


def get_row(session: Session, model: type[RowT], item_id: int, kind: str) -> RowT:
    row = session.get(model, item_id)
    if row is None:
        table: str = model.__tablename__  # type: ignore[attr-defined]
        raise _not_found(kind, item_id, was_deleted(session, table, item_id))
    return row
