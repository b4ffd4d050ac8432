"""What every dashboard handler asks for: the signed-in person, allowed the action (and the form's CSRF token).

* No valid session: 303 to ``/login?next=<this page>`` (SignInNeeded, handled in desktop/center/web/app.py).
* A role too weak: Refused (a DomainError of desktop/center/staff) → the 403 page in the person's language, the
  refusal audited.
* A POST whose form's ``csrf_token`` is missing or is not the session's: CsrfRefused → 403 page, nothing done.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable

from fastapi import Request
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from desktop.center.staff import Action, Refused, StaffContext, allowed
from desktop.center.staff.accounts import LANGUAGES, StaffAccounts

SESSION_COOKIE = "rasad_session"


class SignInNeeded(Exception):
    def __init__(self, next_url: str) -> None:
        super().__init__(next_url)
        self.next_url = next_url


class CsrfRefused(Exception):
    pass


def accounts(request: Request) -> StaffAccounts:
    return request.app.state.staff_accounts


def center(request: Request):  # noqa: ANN201 - the CenterService (its clock, stale days, key, issue_directive)
    return request.app.state.center


def read_session(request: Request) -> Session:
    """A session on the center database for a page's reads (``with read_session(request) as session:``)."""
    return accounts(request).read()


def write_session(request: Request):  # noqa: ANN201
    """One write transaction on the center database (``with write_session(request) as session:``)."""
    return accounts(request).write()


def client_address(request: Request) -> str:
    return request.client.host if request.client else ""


def current_staff(request: Request) -> StaffContext | None:
    """The person signed in on this request (cached on it), their language switched by ``?lang=``."""
    if hasattr(request.state, "staff"):
        return request.state.staff
    staff = accounts(request).context_for(request.cookies.get(SESSION_COOKIE))
    wanted = request.query_params.get("lang")
    if staff is not None and wanted in LANGUAGES and wanted != staff.language:
        accounts(request).set_session_language(staff, wanted)
        from dataclasses import replace

        staff = replace(staff, language=wanted)
    request.state.staff = staff
    return staff


def _signed_in(request: Request, action: Action | None) -> StaffContext:
    staff = current_staff(request)
    if staff is None:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise SignInNeeded(target if request.method == "GET" else request.url.path)
    if action is not None and not allowed(staff.role, action):
        raise Refused(action)
    return staff


def require(action: Action) -> Callable[[Request], Awaitable[StaffContext]]:
    """A dependency: the signed-in StaffContext whose role allows ``action``."""
    async def dependency(request: Request) -> StaffContext:
        return await run_in_threadpool(_signed_in, request, action)
    dependency.action = action  # type: ignore[attr-defined]  # read by the route walk of the tests
    return dependency


def require_csrf(action: Action | None) -> Callable[[Request], Awaitable[StaffContext]]:
    """For POST handlers: ``require(action)`` and the form's ``csrf_token`` equal to the session's (None: any
    signed-in person, e.g. signing out)."""
    async def dependency(request: Request) -> StaffContext:
        staff = await run_in_threadpool(_signed_in, request, action)
        form = await request.form()
        token = form.get("csrf_token")
        if not isinstance(token, str) or not hmac.compare_digest(token.encode(), staff.csrf_token.encode()):
            raise CsrfRefused()
        return staff
    dependency.action = action  # type: ignore[attr-defined]
    dependency.checks_csrf = True  # type: ignore[attr-defined]
    return dependency
