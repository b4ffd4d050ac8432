"""Wiring the dashboard into the center's FastAPI application (desktop/center/app.py calls mount_dashboard).

Pages are listed in ONE place, ``PAGES`` below: each module exposes ``router = APIRouter()`` and, when it has an
entry in the nav, ``NAV = NavItem(path, title, action)`` (shown only to a role allowed the action). A page handler
takes ``staff: Annotated[StaffContext, Depends(require(Action.x))]`` (POST: ``require_csrf``), reads through
``deps.read_session(request)`` / ``deps.write_session(request)`` and ``deps.center(request)`` (the CenterService),
calls a service function that takes the StaffContext (desktop/center/overview.py is the example) and answers with
``render(request, "page.html", staff, ...)``; templates extend ``base.html`` (blocks ``title``, ``content``).
Security for every response: a Content-Security-Policy without inline or outside scripts, X-Frame-Options DENY,
Referrer-Policy no-referrer, nosniff. A POST to a dashboard address must come from the dashboard itself
(``Sec-Fetch-Site``/``Origin``) and declare a body of at most MAX_FORM_BYTES — before any handler runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import quote, urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import OperationalError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from desktop.accounts.passwords import PasswordHashing
from desktop.center.rooms import Room
from desktop.center.staff import Refused, audit
from desktop.center.staff.accounts import SessionPolicy, StaffAccounts
from desktop.center.web import (
    audit_page,
    directives_page,
    indicators_page,
    keys_page,
    progress_page,
    provinces,
    report_page,
    signin,
)
from desktop.center.web.deps import CsrfRefused, SignInNeeded, client_address, current_staff
from desktop.center.web.render import render
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.paths import fonts_dir

STATIC = Path(__file__).resolve().parent / "static"
MAX_FORM_BYTES = 1024 * 1024
DASHBOARD_PREFIXES = ("/dashboard", "/login", "/logout")
NOT_ALLOWED = QT_TRANSLATE_NOOP("Center", "Not allowed")
NOT_FOUND = QT_TRANSLATE_NOOP("Center", "Not found")
NO_SUCH_PAGE = QT_TRANSLATE_NOOP("Center", "There is no such page.")
FORM_ONLY_TITLE = QT_TRANSLATE_NOOP("Center", "Not opened this way")
FORM_ONLY = QT_TRANSLATE_NOOP("Center", "This address takes a form sent from the dashboard; it cannot be opened "
                                        "directly. Nothing was done.")
BUSY_TITLE = QT_TRANSLATE_NOOP("Center", "Busy")
BUSY = QT_TRANSLATE_NOOP("Center", "The center's database is busy (or out of reach) just now; nothing was done. "
                                   "Try again in a moment.")
FORM_EXPIRED = QT_TRANSLATE_NOOP("Center", "The form has expired or did not come from this dashboard; open the page "
                                           "again and repeat.")

#: Every page module of the dashboard, in nav order (c16b/c16c add theirs here).
PAGES: list[ModuleType] = [signin, provinces, progress_page, indicators_page, directives_page, keys_page, report_page,
                           audit_page]

CSP = ("default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'; img-src 'self' data:; font-src 'self'; "
       # inline style attributes only: matplotlib's inline SVG charts carry style="..." (no script is allowed)
       "style-src 'self' 'unsafe-inline'")
SECURITY_HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-frame-options", b"DENY"),
                    (b"referrer-policy", b"no-referrer"), (b"x-content-type-options", b"nosniff")]


@dataclass(frozen=True)
class DashboardSettings:
    #: Secure cookies (sent over https only). False only for a trial over plain http on one's own machine
    #: (`serve --plain-http-cookies`, docs/access.md).
    secure_cookies: bool = True
    policy: SessionPolicy = SessionPolicy()
    hashing: PasswordHashing | None = None  # None: Argon2id with RFC 9106's parameters


def is_dashboard_path(path: str) -> bool:
    return path == "/" or any(path == p or path.startswith(p + "/") for p in DASHBOARD_PREFIXES) \
        or path.startswith("/static/")


class DashboardGuard:
    """Security headers on every response; a dashboard POST from elsewhere or too large is refused at once."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] == "POST" and is_dashboard_path(scope["path"]):
            headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
            refusal = _post_refusal(headers)
            if refusal is not None:
                status, text = refusal
                await _plain(send, status, text)
                return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + SECURITY_HEADERS
            await send(message)

        await self.app(scope, receive, with_headers)


def _post_refusal(headers: dict[str, str]) -> tuple[int, str] | None:
    if headers.get("sec-fetch-site") in ("cross-site", "same-site"):
        return 403, "cross-site form posts are refused"
    origin = headers.get("origin")
    if origin and origin != "null" and urlsplit(origin).netloc != headers.get("host", ""):
        return 403, "cross-site form posts are refused"
    declared = headers.get("content-length")
    if declared is None or "transfer-encoding" in headers:
        return 411, "a Content-Length is required"
    if not declared.isdigit() or int(declared) > MAX_FORM_BYTES:
        return 413, "form too large"
    return None


async def _plain(send: Send, status: int, text: str) -> None:
    body = text.encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()), *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": body})


def mount_dashboard(app: FastAPI, engine: Any, *, center: Any, settings: DashboardSettings | None = None,
                    sign_ins: Room | None = None, retry_after_seconds: int = 30) -> None:
    """Add the dashboard to ``app``: ``center`` is the CenterService (its clock and stale days), ``engine`` the
    center database's; ``sign_ins`` the room of the sign-ins checked at once (desktop/center/web/signin.py)."""
    settings = settings or DashboardSettings()
    app.state.center = center
    app.state.dashboard = settings
    app.state.sign_ins = signin.SignInRoom(sign_ins or Room(2, 1), retry_after_seconds)
    app.state.staff_accounts = StaffAccounts(engine, center.clock, hashing=settings.hashing, policy=settings.policy)
    app.state.dashboard_nav = [page.NAV for page in PAGES if getattr(page, "NAV", None) is not None]
    app.add_middleware(DashboardGuard)
    app.mount("/static/fonts", StaticFiles(directory=fonts_dir()), name="fonts")  # the desktop's Vazirmatn files
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for page in PAGES:
        app.include_router(page.router)

    @app.get("/", include_in_schema=False)
    async def home() -> Response:
        return RedirectResponse("/dashboard/provinces", status_code=303)

    @app.exception_handler(SignInNeeded)
    async def sign_in_needed(request: Request, error: SignInNeeded) -> Response:
        return RedirectResponse(f"/login?next={quote(error.next_url, safe='/')}", status_code=303)

    @app.exception_handler(Refused)
    async def refused(request: Request, error: Refused) -> Response:
        staff = getattr(request.state, "staff", None)
        accounts = app.state.staff_accounts
        with accounts.write() as session:
            audit.record(session, staff, error.action, error.target or request.url.path, audit.Outcome.REFUSED,
                         user_name=None if staff else "(not signed in)", address=client_address(request),
                         at=accounts.clock())
        return render(request, "error.html", staff, status_code=403, title=NOT_ALLOWED,
                      message=error.message, message_params=error.params)

    @app.exception_handler(CsrfRefused)
    async def csrf_refused(request: Request, error: CsrfRefused) -> Response:
        return render(request, "error.html", getattr(request.state, "staff", None), status_code=403,
                      title=NOT_ALLOWED, message=FORM_EXPIRED, message_params={})

    @app.exception_handler(OperationalError)
    async def database_busy(request: Request, error: OperationalError) -> Response:
        """The database stayed locked past the driver's wait (a long ingest holding SQLite's write lock) or could
        not be reached: said on a page, never a traceback. Outside the dashboard nothing changes (a 500)."""
        if not is_dashboard_path(request.url.path):
            raise error
        return render(request, "error.html", getattr(request.state, "staff", None), status_code=503,
                      title=BUSY_TITLE, message=BUSY, message_params={})

    default_http = app.exception_handlers.get(StarletteHTTPException)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        if error.status_code == 404 and is_dashboard_path(request.url.path) \
                and not request.url.path.startswith("/static/"):
            staff = await run_in_threadpool(current_staff, request)
            return render(request, "error.html", staff, status_code=404, title=NOT_FOUND, message=NO_SUCH_PAGE,
                          message_params={})
        if error.status_code == 405 and is_dashboard_path(request.url.path) \
                and not request.url.path.startswith("/static/"):
            # e.g. a bookmarked /logout or a form's address opened again: a page, not FastAPI's JSON
            staff = await run_in_threadpool(current_staff, request)
            page = render(request, "error.html", staff, status_code=405, title=FORM_ONLY_TITLE, message=FORM_ONLY,
                          message_params={})
            page.headers.update(error.headers or {})  # the Allow header
            return page
        if default_http is not None:
            return await default_http(request, error)
        return Response(str(error.detail), status_code=error.status_code, headers=error.headers)
