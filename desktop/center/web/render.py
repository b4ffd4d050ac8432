"""One way to draw a page: the template with the language, direction, nav, CSRF token and ``tr`` in its context.

Templates call ``tr("English text", name=value)``: the text is marked for translation in context ``Center`` by
the generated module desktop/center/web/template_messages.py (``python -m tools.i18n update`` rewrites it from
the templates), and translated here the way the center's command line translates (desktop/translations.py),
numbers among the fields in Persian digits on a Persian page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from desktop.center.staff import Action, StaffContext, allowed
from desktop.domain.jalali import JalaliPeriod, format_jalali, format_jalali_datetime
from desktop.domain.messages import DomainError
from desktop.domain.persian import MISSING, format_number, to_persian_digits
from desktop.translations import Language, translate

TEMPLATES = Path(__file__).resolve().parent / "templates"
CONTEXT = "Center"
LANGUAGE_COOKIE = "rasad_lang"  # the language of the sign-in page, before anyone is signed in
IRAN = ZoneInfo("Asia/Tehran")


@dataclass(frozen=True)
class NavItem:
    path: str
    title: str  # English, marked with QT_TRANSLATE_NOOP("Center", ...) where it is declared
    action: Action


@cache
def environment() -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True),
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def language_of(request: Request, staff: StaffContext | None) -> Language:
    if staff is not None:
        code = staff.language
    else:
        code = request.query_params.get("lang") or request.cookies.get(LANGUAGE_COOKIE) or "fa"
    return Language.ENGLISH if code == "en" else Language.PERSIAN


class Formatter:
    """Numbers, dates and texts of one page's language (Persian digits on a Persian page)."""

    def __init__(self, language: Language) -> None:
        self.language = language
        self.persian = language is Language.PERSIAN

    def tr(self, text: str, **params: object) -> str:
        return translate(self.language, CONTEXT, text, **params)

    def num(self, value: float | int | None, decimals: int = 0) -> str:
        if value is None:
            return MISSING
        if self.persian:
            return format_number(value, decimals)
        return f"{value:,.{decimals}f}"

    def code(self, code: str) -> str:
        """A code as the reader sees it (plan TD, program TD-S۰۱-P۱, activity ۲.۳): its digits in the page's digits,
        as the province's window writes it (``desktop.ui.formatting.format_code``)."""
        return to_persian_digits(code) if self.persian else code

    def date(self, value: datetime | date | None) -> str:
        if isinstance(value, datetime):
            value = value.astimezone(IRAN)
        return format_jalali(value, persian_digits=self.persian)

    def period(self, code: str) -> str:
        """A period code as the province sends it (1405-07, 1405-H1) named in the page's language (Mehr 1405);
        a code this version does not read is shown as it came."""
        try:
            period = JalaliPeriod.parse(code)
        except DomainError:
            return code
        return period.label_fa if self.persian else period.label_en

    def moment(self, value: datetime | None) -> str:
        return format_jalali_datetime(value.astimezone(IRAN) if value else None, persian_digits=self.persian)


def _switch_url(request: Request, language: Language) -> str:
    """This page again (its query kept) in ``language``: a relative address, never another site's."""
    params = {key: value for key, value in request.query_params.items() if key != "lang"}
    return request.url.path + "?" + urlencode({**params, "lang": language.value})


def render(request: Request, template: str, staff: StaffContext | None, *, status_code: int = 200,
           **context: Any) -> HTMLResponse:
    language = language_of(request, staff)
    formatter = Formatter(language)
    nav = [item for item in getattr(request.app.state, "dashboard_nav", ())
           if staff is not None and allowed(staff.role, item.action)]
    other = Language.ENGLISH if language is Language.PERSIAN else Language.PERSIAN
    page = environment().get_template(template).render(
        request=request, staff=staff, lang=language.value, dir="rtl" if language is Language.PERSIAN else "ltr",
        nav=nav, current_path=request.url.path, csrf_token=staff.csrf_token if staff else context.pop("csrf_token", ""),
        tr=formatter.tr, num=formatter.num, jdate=formatter.date, jmoment=formatter.moment, period=formatter.period, fmt=formatter,
        other_language=other.value, switch_language_url=_switch_url(request, other), **context)
    return HTMLResponse(page, status_code=status_code, headers={"Cache-Control": "no-store"})
