"""``/dashboard/audit``: the newest sign-ins and actions (administrators only: Action.view_audit)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from desktop.center.staff import Action, StaffContext, audit
from desktop.center.web.deps import require
from desktop.center.web.render import NavItem, render
from desktop.domain.messages import QT_TRANSLATE_NOOP

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


@router.get("/dashboard/audit")
async def audit_view(request: Request, page: int = 0, *,
                     staff: Annotated[StaffContext, Depends(require(Action.view_audit))]) -> Response:
    page = max(0, min(page, 10_000))

    def load():  # noqa: ANN202
        with request.app.state.staff_accounts.read() as session:
            return audit.entries(session, staff, PAGE_ROWS + 1, page * PAGE_ROWS)

    rows = await run_in_threadpool(load)
    return render(request, "audit.html", staff, rows=rows[:PAGE_ROWS], page=page, more=len(rows) > PAGE_ROWS,
                  outcome=lambda code: OUTCOMES.get(code, code))
