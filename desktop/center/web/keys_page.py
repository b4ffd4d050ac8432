"""``/dashboard/keys``: each province's key history; for administrators, registration and rotation in two steps
— a preview page showing the key id (fingerprint) about to be trusted, then the confirmation, which goes through
only for that key (desktop/center/dashboard/keys.py). Every POST is CSRF-checked."""

from __future__ import annotations

import base64
import binascii
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from desktop.center.dashboard import keys as service
from desktop.center.staff import Action, Refused, StaffContext, allowed
from desktop.center.web import dashboard_text as text
from desktop.center.web.deps import center as the_center
from desktop.center.web.deps import read_session, require, require_csrf, write_session
from desktop.center.web.render import Formatter, NavItem, language_of, render
from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError

router = APIRouter()
NAV = NavItem("/dashboard/keys", QT_TRANSLATE_NOOP("Center", "Province keys"), Action.view_keys)
#: what a confirmation will do (the preview's kind)
WILL_DO = {"registration": QT_TRANSLATE_NOOP("Center", "A new province is registered with this key."),
           "replacement": QT_TRANSLATE_NOOP("Center", "The province is re-keyed by hand: this key replaces its "
                                                      "current key from its next bundle on."),
           "unchanged": QT_TRANSLATE_NOOP("Center", "This is the province's current key: only its name is updated."),
           "rotation": QT_TRANSLATE_NOOP("Center", "The province's own rotation record, signed by its current key "
                                                   "and this one.")}
HOW = {"registration": QT_TRANSLATE_NOOP("Center", "registration"),
       "rotation": QT_TRANSLATE_NOOP("Center", "rotation"),
       "replacement": QT_TRANSLATE_NOOP("Center", "re-keyed by hand"),
       "unchanged": QT_TRANSLATE_NOOP("Center", "the current key again (only the name changes)")}


def _page(request: Request, staff: StaffContext, *, problem: str = "", status_code: int = 200) -> Response:
    formatter = Formatter(language_of(request, staff))
    with read_session(request) as session:
        history = service.key_history(session, staff)
    # the notice after a change names a key this person sees, or nothing: the address is anyone's to type, and a
    # green "Done: <any text>" on the dashboard would lend its authority to a stranger's words
    done = request.query_params.get("done", "")[:200]
    shown = {f"{keys.code} {entry.key_id}" for keys in history for entry in keys.keys}
    return render(request, "keys.html", staff, history=history, problem=problem,
                  may_manage=allowed(staff.role, Action.manage_keys), how=lambda h: formatter.tr(HOW.get(h, h)),
                  done=done if done in shown else "", status_code=status_code)


@router.get("/dashboard/keys")
async def keys_page(request: Request, staff: Annotated[StaffContext, Depends(require(Action.view_keys))]) -> Response:
    return await run_in_threadpool(_page, request, staff)


async def _upload(form: Any, file_field: str, text_field: str, limit: int) -> bytes:
    """An uploaded file (read at most ``limit`` + 1 bytes: the service refuses more) or the pasted text."""
    upload = form.get(file_field)
    if isinstance(upload, UploadFile) and upload.filename:
        return await upload.read(limit + 1)
    pasted = form.get(text_field)
    return pasted.encode("utf-8")[:limit + 1] if isinstance(pasted, str) else b""


def _field(form: Any, name: str) -> str:
    value = form.get(name)
    return value.strip() if isinstance(value, str) else ""


async def _answer(request: Request, staff: StaffContext, work) -> Response:  # noqa: ANN001
    """Run ``work`` (preview or confirmation); a refusal of the role is the 403 page, any other refusal is said
    on the keys page and nothing is changed."""
    try:
        return await run_in_threadpool(work)
    except Refused:
        raise
    except DomainError as error:
        problem = text.describe(Formatter(language_of(request, staff)), error)
    return await run_in_threadpool(lambda: _page(request, staff, problem=problem, status_code=400))


def _confirmation(request: Request, staff: StaffContext, preview: service.KeyPreview, fields: dict[str, str],
                  action: str) -> Response:
    formatter = Formatter(language_of(request, staff))
    return render(request, "keys_confirm.html", staff, preview=preview, fields=fields, action=action,
                  will_do=formatter.tr(WILL_DO[preview.kind]))


@router.post("/dashboard/keys/register/preview")
async def register_preview(request: Request,
                           staff: Annotated[StaffContext, Depends(require_csrf(Action.manage_keys))]) -> Response:
    form = await request.form()
    public_key = await _upload(form, "public_key_file", "public_key", service.MAX_PUBLIC_KEY_BYTES)
    code, name, replace = _field(form, "province"), _field(form, "name"), form.get("replace") == "1"
    center = the_center(request)

    def work() -> Response:
        with read_session(request) as session:
            preview = service.preview_registration(session, staff, code, name, public_key, replace=replace,
                                                   now=center.clock())
        return _confirmation(request, staff, preview, {
            "province": code, "name": name, "replace": "1" if replace else "",
            "public_key": public_key.decode("ascii", errors="replace")}, "/dashboard/keys/register")

    return await _answer(request, staff, work)


@router.post("/dashboard/keys/register")
async def register(request: Request,
                   staff: Annotated[StaffContext, Depends(require_csrf(Action.manage_keys))]) -> Response:
    form = await request.form()
    public_key = _field(form, "public_key").encode("utf-8")
    center = the_center(request)

    def work() -> Response:
        with write_session(request) as session:
            done = service.register(session, staff, _field(form, "province"), _field(form, "name"), public_key,
                                    replace=form.get("replace") == "1", confirmed_key_id=_field(form, "key_id"),
                                    now=center.clock())
        return RedirectResponse(f"/dashboard/keys?done={done.province}+{done.key_id}", status_code=303)

    return await _answer(request, staff, work)


@router.post("/dashboard/keys/rotate/preview")
async def rotate_preview(request: Request,
                         staff: Annotated[StaffContext, Depends(require_csrf(Action.manage_keys))]) -> Response:
    form = await request.form()
    record = await _upload(form, "record_file", "", service.MAX_ROTATION_BYTES)
    code = _field(form, "province")
    center = the_center(request)

    def work() -> Response:
        with read_session(request) as session:
            preview = service.preview_rotation(session, staff, code, record, now=center.clock())
        return _confirmation(request, staff, preview, {
            "province": code, "record": base64.b64encode(record).decode("ascii")}, "/dashboard/keys/rotate")

    return await _answer(request, staff, work)


@router.post("/dashboard/keys/rotate")
async def rotate(request: Request,
                 staff: Annotated[StaffContext, Depends(require_csrf(Action.manage_keys))]) -> Response:
    form = await request.form()
    try:
        record = base64.b64decode(_field(form, "record")[:service.MAX_ROTATION_BYTES * 2], validate=True)
    except (binascii.Error, ValueError):
        record = b""
    center = the_center(request)

    def work() -> Response:
        with write_session(request) as session:
            done = service.rotate(session, staff, _field(form, "province"), record,
                                  confirmed_key_id=_field(form, "key_id"), now=center.clock())
        return RedirectResponse(f"/dashboard/keys?done={done.province}+{done.key_id}", status_code=303)

    return await _answer(request, staff, work)
