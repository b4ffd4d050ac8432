"""``/dashboard/progress``: national progress — each province's plans, solutions, activities, weighted progress,
the 40 / 30 / 60 % milestones and driver projects; ``?province=CODE`` one province's plans, milestones and the
activities most behind (desktop/center/dashboard/progress.py)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from desktop.center.dashboard.charts import drivers_svg
from desktop.center.dashboard.progress import national_progress, province_progress
from desktop.center.staff import Action, StaffContext, visible_provinces
from desktop.center.web import dashboard_text as text
from desktop.center.web.deps import center as the_center
from desktop.center.web.deps import read_session, require
from desktop.center.web.render import Formatter, NavItem, language_of, render
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.domain.persian import PERCENT_SIGN, to_persian_digits

router = APIRouter()
NAV = NavItem("/dashboard/progress", QT_TRANSLATE_NOOP("Center", "Progress"), Action.view_progress)
PLANNED = QT_TRANSLATE_NOOP("Center", "Planned")
ACTUAL = QT_TRANSLATE_NOOP("Center", "Actual")
NO_FIGURES = QT_TRANSLATE_NOOP("Center", "no province's figures")


MILESTONE = QT_TRANSLATE_NOOP("Center", "{term}: {percent} by the end of {year}")
#: An activity named under its program's code, as the province's overview names it: «TD-S۰۱-P۱ › ۲.۳».
ACTIVITY_CODE = QT_TRANSLATE_NOOP("Center", "{program} › {activity}")


def milestone_title(formatter: Formatter, target) -> str:  # noqa: ANN001 - a NationalMilestone or MilestoneRow
    """«mid-term: 40٪ by the end of 1403» (the year as a year: digits without a separator)."""
    return formatter.tr(MILESTONE, term=text.term_label(formatter, target.term),
                        percent=text.percent(formatter, target.target_percent, 0), year=target.year)


def activity_code(formatter: Formatter, activity) -> str:  # noqa: ANN001 - a BehindActivity
    """The activity's code under its program's (an activity's code is its program's own: "2.3" stands in many
    programs), in the page's digits."""
    return formatter.tr(ACTIVITY_CODE, program=formatter.code(activity.program_code),
                        activity=formatter.code(activity.code))


@router.get("/dashboard/progress")
async def progress_page(request: Request, province: str | None = None, *,
                        staff: Annotated[StaffContext, Depends(require(Action.view_progress))]) -> Response:
    center = the_center(request)
    formatter = Formatter(language_of(request, staff))

    def load():  # noqa: ANN202
        with read_session(request) as session:
            if province:
                return None, province_progress(session, staff, province, center.clock(), center.stale_days)
            return national_progress(session, staff, center.clock(), center.stale_days), None

    national, one = await run_in_threadpool(load)
    chart = ""
    if national is not None and national.drivers:
        chart = await run_in_threadpool(lambda: drivers_svg(
            national.drivers, persian=formatter.persian, planned_label=formatter.tr(PLANNED),
            actual_label=formatter.tr(ACTUAL), no_figure_label=formatter.tr(NO_FIGURES)))
    return render(request, "progress.html", staff, national=national, one=one, drivers_chart=chart,
                  limited=visible_provinces(staff) is not None,
                  percent=lambda v, d=1: text.percent(formatter, v, d), status=lambda s: text.status_label(formatter, s),
                  status_class=text.STATUS_CLASS, milestone=lambda t: milestone_title(formatter, t),
                  activity_code=lambda a: activity_code(formatter, a),
                  percent_sign=PERCENT_SIGN if formatter.persian else "%",
                  year=lambda y: to_persian_digits(str(y)) if formatter.persian else str(y))
