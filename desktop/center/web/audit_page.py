"""``/dashboard/audit``: the newest sign-ins and actions (administrators only: Action.view_audit)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from desktop.center.staff import Action, StaffContext, audit
from desktop.center.web.deps import read_session, require
from desktop.center.web.render import NavItem, render
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.sync.canonical import INT64_MAX

router = APIRouter()
NAV = NavItem("/dashboard/audit", QT_TRANSLATE_NOOP("Center", "Audit"), Action.view_audit)
PAGE_ROWS = 200

OUTCOMES = {
    audit.Outcome.ALLOWED: QT_TRANSLATE_NOOP("Center", "allowed"),
    audit.Outcome.REFUSED: QT_TRANSLATE_NOOP("Center", "refused"),
    audit.Outcome.SIGNED_IN: QT_TRANSLATE_NOOP("Center", "signed in"),
    audit.Outcome.WRONG_PASSWORD: QT_TRANSLATE_NOOP("Center", "wrong password"),
    audit.Outcome.LOCKED: QT_TRANSLATE_NOOP("Center", "account locked"),
    audit.Outcome.UNKNOWN_USER: QT_TRANSLATE_NOOP("Center", "unknown user"),
    audit.Outcome.DISABLED: QT_TRANSLATE_NOOP("Center", "account disabled"),
    audit.Outcome.SIGNED_OUT: QT_TRANSLATE_NOOP("Center", "signed out"),
}


SIGN_IN_OUT = {audit.SIGN_IN: QT_TRANSLATE_NOOP("Center", "sign in"),
               audit.SIGN_OUT: QT_TRANSLATE_NOOP("Center", "sign out")}


def action_label(code: str) -> str:
    """The English label (translated by the template) of an audited action; an unknown code as it is."""
    if code in SIGN_IN_OUT:
        return SIGN_IN_OUT[code]
    try:
        return Action(code).label
    except ValueError:
        return code


@router.get("/dashboard/audit")
async def audit_view(request: Request, page: Annotated[int, Query(ge=0, le=INT64_MAX)] = 0, *,
                     staff: Annotated[StaffContext, Depends(require(Action.view_audit))]) -> Response:
    page = max(0, min(page, 10_000))

    def load():  # noqa: ANN202
        with read_session(request) as session:
            return audit.entries(session, staff, PAGE_ROWS + 1, page * PAGE_ROWS)

    rows = await run_in_threadpool(load)
    return render(request, "audit.html", staff, rows=rows[:PAGE_ROWS], page=page, more=len(rows) > PAGE_ROWS,
                  outcome=lambda code: OUTCOMES.get(code, code), action=action_label)
