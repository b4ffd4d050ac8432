"""``/dashboard/directives``: every directive issued to the provinces one sees, with each province's
acknowledgement; for analysts and administrators a form that issues one (POST, CSRF-checked): the signed bundle
``python -m desktop.center directive`` makes (desktop/center/dashboard/directives.py)."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from desktop.center.dashboard import directives as service
from desktop.center.dashboard.scope import visible_codes
from desktop.center.staff import Action, Refused, StaffContext, allowed
from desktop.center.web import dashboard_text as text
from desktop.center.web.deps import center as the_center
from desktop.center.web.deps import read_session, require, require_csrf, write_session
from desktop.center.web.render import Formatter, NavItem, language_of, render
from desktop.domain.indicators.definitions import INDICATORS
from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError

router = APIRouter()
NAV = NavItem("/dashboard/directives", QT_TRANSLATE_NOOP("Center", "Directives"), Action.view_directives)
FORM_ROWS = {"deadline": 3, "target": 3, "program": 2}
STATES = {service.APPLIED: QT_TRANSLATE_NOOP("Center", "applied"),
          service.PARTLY: QT_TRANSLATE_NOOP("Center", "partly applied"),
          service.NOT_YET: QT_TRANSLATE_NOOP("Center", "not yet reported")}
STATE_CLASS = {service.APPLIED: "good", service.PARTLY: "warn", service.NOT_YET: "muted"}


def _page(request: Request, staff: StaffContext, *, problem: str = "", form: dict[str, list[str]] | None = None,
          status_code: int = 200) -> Response:
    formatter = Formatter(language_of(request, staff))

    def load():  # noqa: ANN202
        with read_session(request) as session:
            return service.directive_statuses(session, staff), visible_codes(session, staff)

    statuses, provinces = load()
    # only directives this person sees: the address is anyone's to type (no "Issued and signed: <any text>")
    known = {f"{d.province}-{d.sequence}" for d in statuses}
    issued = [part for part in request.query_params.get("issued", "").split(",") if part in known][:50]
    center = the_center(request)
    return render(request, "directives.html", staff, statuses=statuses, provinces=provinces, issued=issued,
                  problem=problem, form=form or {}, rows=FORM_ROWS, may_issue=allowed(staff.role, Action.issue_directive),
                  key_unlocked=getattr(center, "center_key", None) is not None,
                  indicators=[(d.code, text.indicator_name(formatter, d)) for d in INDICATORS],
                  state=lambda s: formatter.tr(STATES[s]), state_class=STATE_CLASS, status_code=status_code)


@router.get("/dashboard/directives")
async def directives_page(request: Request,
                          staff: Annotated[StaffContext, Depends(require(Action.view_directives))]) -> Response:
    return await run_in_threadpool(_page, request, staff)


@router.post("/dashboard/directives")
async def issue_directive(request: Request,
                          staff: Annotated[StaffContext, Depends(require_csrf(Action.issue_directive))]) -> Response:
    raw = await request.form()
    form = {key: [str(value) for value in raw.getlist(key) if isinstance(value, str)] for key in raw}
    center = the_center(request)
    formatter = Formatter(language_of(request, staff))

    def issue():  # noqa: ANN202
        directives = service.directives_from_form(form)
        with write_session(request) as session:
            return service.issue(session, staff, getattr(center, "center_key", None), form.get("province", []),
                                 directives, center.clock())

    try:
        issued = await run_in_threadpool(issue)
    except Refused:
        raise
    except DomainError as error:  # the form's mistake, said beside the form kept as typed; nothing issued
        problem = text.describe(formatter, error)
        return await run_in_threadpool(lambda: _page(request, staff, problem=problem, form=form, status_code=400))
    done = ",".join(f"{item.province}-{item.sequence}" for item in issued)
    return RedirectResponse("/dashboard/directives?" + urlencode({"issued": done}), status_code=303)
