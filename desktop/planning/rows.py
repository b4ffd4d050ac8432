"""A plan item's row found by id, or the error saying it is gone (it may have been deleted meanwhile)."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError

CONTEXT = "Planning"

NOT_FOUND = {
    "solution": QT_TRANSLATE_NOOP("Planning", "This solution no longer exists (id {id}); it may have been deleted."),
    "program": QT_TRANSLATE_NOOP(
        "Planning", "This operational program no longer exists (id {id}); it may have been deleted."),
    "activity": QT_TRANSLATE_NOOP("Planning", "This activity no longer exists (id {id}); it may have been deleted."),
}

RowT = TypeVar("RowT")


def _not_found(kind: str, item_id: int) -> DomainError:
    return DomainError(CONTEXT, NOT_FOUND[kind], {"id": item_id})


def get_row(session: Session, model: type[RowT], item_id: int, kind: str) -> RowT:
    row = session.get(model, item_id)
    if row is None:
        raise _not_found(kind, item_id)
    return row
