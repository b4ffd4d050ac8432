"""What a plan item's code must be: a valid code (an activity's may be a work-breakdown number such as "1.2.3"),
not taken by another row of its kind."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.organisation import validate_code
from desktop.domain.persian import normalise_text


def validate_item_code(code: str) -> str:
    return validate_code(code, "code")


def validate_activity_code(code: str) -> str:
    """Like other codes, but work-breakdown numbers such as "1.2.3" are allowed."""
    text = normalise_text(code or "")
    validate_code(text.replace(".", "-"), "code")
    return text


def code_taken(session: Session, model: Any, condition: Any, own_id: int | None) -> bool:
    query = select(model.id).where(condition)
    if own_id is not None:
        query = query.where(model.id != own_id)
    return session.scalar(query.limit(1)) is not None


def duplicate_code(code: str) -> ValidationError:
    return ValidationError("code", QT_TRANSLATE_NOOP("Validation", "The code {code} is already in use."),
                           {"code": code})
