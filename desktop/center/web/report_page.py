"""``/dashboard/report``: choose a half-year and a format, download the six-monthly national report (the same
report as ``python -m desktop.center report``, desktop/center/report/). Anyone allowed Action.download_report;
a provincial liaison's report holds only his provinces and says so."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from desktop.center.report import service as national_report
from desktop.center.staff import Action, StaffContext, visible_provinces
from desktop.center.web.deps import client_address, require
from desktop.center.web.render import Formatter, NavItem, language_of, render
from desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError
from desktop.translations import translate

router = APIRouter()
NAV = NavItem("/dashboard/report", QT_TRANSLATE_NOOP("Center", "National report"), Action.download_report)
#: How many half-years the form offers (the one under way and those before it).
OFFERED = 6
FORMATS = {"pdf": QT_TRANSLATE_NOOP("Center", "PDF (to print)"),
           "xlsx": QT_TRANSLATE_NOOP("Center", "Excel workbook")}


def _form(request: Request, staff: StaffContext, *, error: str = "", chosen: str = "", fmt: str = "pdf",
          status_code: int = 200) -> Response:
    center = request.app.state.center
    periods = national_report.recent_half_years(center.clock().date(), OFFERED)
    formatter = Formatter(language_of(request, staff))
    scope = visible_provinces(staff)
    return render(request, "report.html", staff, status_code=status_code, error=error,
                  limited=None if scope is None else len(scope),
                  periods=[(p.code, p.label_fa if formatter.persian else p.label_en) for p in periods],
                  chosen=chosen or (periods[1].code if len(periods) > 1 else periods[0].code), chosen_format=fmt,
                  formats=[(code, formatter.tr(text)) for code, text in FORMATS.items()])


@router.get("/dashboard/report")
async def report_form(request: Request,
                      staff: Annotated[StaffContext, Depends(require(Action.download_report))]) -> Response:
    return _form(request, staff)


@router.get("/dashboard/report/download")
async def report_download(request: Request, period: str = "", format: str = "pdf", *,  # noqa: A002 - the form's name
                          staff: Annotated[StaffContext, Depends(require(Action.download_report))]) -> Response:
    center = request.app.state.center
    language = language_of(request, staff)

    def make() -> national_report.ReportFile:
        return national_report.dashboard_report(request.app.state.staff_accounts, staff, period[:16], format[:8],
                                                center.clock(), center.stale_days, language,
                                                address=client_address(request))

    try:
        made = await run_in_threadpool(make)
    except ValidationError as error:  # a period or format typed into the address; nothing was written
        message = translate(language, error.context, error.message, **error.params)
        return _form(request, staff, error=message, chosen=period[:16], fmt=format[:8], status_code=400)
    disposition = f"attachment; filename=\"{made.file_name}\"; filename*=UTF-8''{quote(made.file_name)}"
    return Response(made.data, media_type=made.media_type,
                    headers={"Content-Disposition": disposition, "Cache-Control": "no-store"})
