"""Signing in and out: ``GET/POST /login``, ``POST /logout``.

Each sign-in is an Argon2id hash of 64 MiB (an unknown user name costs the same), so at most the room's places
(``CenterLimits.max_sign_ins``, one address at most half of them) are checked at once; beyond that the answer
is at once the sign-in page with "busy, try again", 503 and ``Retry-After``, the password not looked at
(desktop/center/rooms.py): a flood of posts to /login takes neither the center's memory nor its threads.

The sign-in form is protected against login CSRF by a double-submitted token: a random ``rasad_login`` cookie
(HttpOnly, SameSite=Strict) that the form must repeat. A successful sign-in always starts a NEW session (a
fresh random id; any session the browser carried is ended), so a session id planted before sign-in is useless.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from desktop.center.rooms import Busy, Room
from desktop.center.staff import StaffContext
from desktop.center.staff.accounts import LANGUAGES
from desktop.center.web.deps import (
    SESSION_COOKIE,
    CsrfRefused,
    accounts,
    client_address,
    current_staff,
    require_csrf,
)
from desktop.center.web.render import LANGUAGE_COOKIE, render
from desktop.domain.messages import QT_TRANSLATE_NOOP

router = APIRouter()
LOGIN_COOKIE = "rasad_login"
HOME = "/dashboard/provinces"
WRONG = QT_TRANSLATE_NOOP("Center", "The user name or the password is wrong.")
LOCKED = QT_TRANSLATE_NOOP("Center", "Too many failed attempts: this account is locked for {minutes} minute(s). "
                                     "Try again later or ask an administrator to unlock it.")
BUSY = QT_TRANSLATE_NOOP("Center", "The center is checking too many sign-ins just now; your password was not "
                                   "checked. Try again in a few seconds.")


@dataclass(frozen=True)
class SignInRoom:
    room: Room
    retry_after_seconds: int


def safe_next(value: str | None) -> str:
    """Where to go after signing in: only a path of this site (never //host or a full address)."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return HOME
    parts = urlsplit(value)
    if parts.scheme or parts.netloc or not parts.path.startswith("/dashboard"):
        return HOME
    return value


def _secure(request: Request) -> bool:
    return request.app.state.dashboard.secure_cookies


def _login_page(request: Request, *, error: str = "", error_params: dict | None = None, status_code: int = 200,
                user_name: str = "") -> Response:
    token = request.cookies.get(LOGIN_COOKIE)
    if not token or len(token) > 64:
        token = secrets.token_urlsafe(32)
    response = render(request, "login.html", None, status_code=status_code, csrf_token=token,
                      next=safe_next(request.query_params.get("next")), error=error,
                      error_params=error_params or {}, user_name=user_name)
    response.set_cookie(LOGIN_COOKIE, token, httponly=True, samesite="strict", secure=_secure(request),
                        path="/login")
    wanted = request.query_params.get("lang")
    if wanted in LANGUAGES:
        response.set_cookie(LANGUAGE_COOKIE, wanted, httponly=True, samesite="strict", secure=_secure(request))
    return response


@router.get("/login")
async def login_form(request: Request) -> Response:
    staff = await run_in_threadpool(current_staff, request)
    if staff is not None:
        return RedirectResponse(safe_next(request.query_params.get("next")), status_code=303)
    return _login_page(request)


@router.post("/login")
async def login(request: Request) -> Response:
    form = await request.form()
    token, cookie = form.get("csrf_token"), request.cookies.get(LOGIN_COOKIE)
    if not isinstance(token, str) or not cookie or not hmac.compare_digest(token.encode(), cookie.encode()):
        raise CsrfRefused()
    user_name, password = form.get("user_name"), form.get("password")
    if not isinstance(user_name, str) or not isinstance(password, str):
        return _login_page(request, error=WRONG, status_code=400)
    staff_accounts = accounts(request)
    sign_ins: SignInRoom = request.app.state.sign_ins
    try:
        async with sign_ins.room.slot(client_address(request)):
            result = await run_in_threadpool(staff_accounts.sign_in, user_name, password,
                                             address=client_address(request))
    except Busy:  # turned away before the account is even looked up: the same for every user name
        page = _login_page(request, error=BUSY, status_code=503, user_name=user_name[:64])
        page.headers["Retry-After"] = str(sign_ins.retry_after_seconds)
        return page
    if not result.ok:
        if result.locked:
            return _login_page(request, error=LOCKED, error_params={"minutes": result.locked_minutes},
                               status_code=403, user_name=user_name[:64])
        return _login_page(request, error=WRONG, status_code=401, user_name=user_name[:64])
    previous = await run_in_threadpool(current_staff, request)
    if previous is not None:  # a session the browser had before is ended: the new one has a new id
        await run_in_threadpool(staff_accounts.sign_out, previous, address=client_address(request))
    next_url = form.get("next")
    response = RedirectResponse(safe_next(next_url if isinstance(next_url, str) else None), status_code=303)
    policy = staff_accounts.policy
    response.set_cookie(SESSION_COOKIE, result.cookie, max_age=int(policy.lifetime.total_seconds()), httponly=True,
                        samesite="strict", secure=_secure(request), path="/")
    response.delete_cookie(LOGIN_COOKIE, path="/login")
    return response


@router.post("/logout")
async def logout(request: Request,
                 staff: Annotated[StaffContext, Depends(require_csrf(None))]) -> Response:  # any signed-in person
    await run_in_threadpool(accounts(request).sign_out, staff, address=client_address(request))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response

