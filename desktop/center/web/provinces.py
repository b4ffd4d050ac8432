"""``/dashboard/provinces``: every province the signed-in person may see, its last bundle and days since, held
and refused bundles with their reasons, each period's approval state; stale provinces highlighted."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from desktop.center.overview import province_overview
from desktop.center.staff import Action, StaffContext
from desktop.center.web.deps import require
from desktop.center.web.render import Formatter, NavItem, language_of, render
from desktop.domain.messages import QT_TRANSLATE_NOOP

router = APIRouter()
NAV = NavItem("/dashboard/provinces", QT_TRANSLATE_NOOP("Center", "Provinces"), Action.view_provinces)

APPROVAL_STATES = {
    "submitted": QT_TRANSLATE_NOOP("Center", "submitted"),
    "approved": QT_TRANSLATE_NOOP("Center", "approved"),
    "returned": QT_TRANSLATE_NOOP("Center", "returned"),
    "reopened": QT_TRANSLATE_NOOP("Center", "reopened"),
}


def reason_text(reason: str, formatter: Formatter) -> str:
    """A stored refusal reason (an English text of desktop/sync/refusals.py) in the page's language."""
    from desktop.sync.refusals import recognise
    from desktop.translations import translate

    known = recognise(reason)
    return translate(formatter.language, "Sync", known.message, **known.params) if known else reason


@router.get("/dashboard/provinces")
async def provinces_page(request: Request,
                         staff: Annotated[StaffContext, Depends(require(Action.view_provinces))]) -> Response:
    center = request.app.state.center

    def load():  # noqa: ANN202
        with request.app.state.staff_accounts.read() as session:
            return province_overview(session, staff, center.clock(), center.stale_days)

    rows = await run_in_threadpool(load)
    formatter = Formatter(language_of(request, staff))
    return render(request, "provinces.html", staff, rows=rows, stale_days=center.stale_days,
                  reason=lambda text: reason_text(text, formatter),
                  approval_state=lambda state: formatter.tr(APPROVAL_STATES[state]) if state in APPROVAL_STATES
                  else state)
