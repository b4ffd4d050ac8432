"""``/dashboard/indicators``: provinces ranked on the chosen indicator and period, top and bottom marked,
incomplete data shown as such; click a province for its districts, a district for its branches (breadcrumb
back); the scope's monthly trend as an inline SVG chart; each province's completeness
(desktop/center/dashboard/indicators.py). Query: ``indicator``, ``period``, ``province``, ``district``."""

from __future__ import annotations

import math
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from desktop.center.dashboard.charts import trend_svg
from desktop.center.dashboard.indicators import UnknownUnitError, completeness, indicator_ranking
from desktop.center.staff import Action, Refused, StaffContext
from desktop.center.web import dashboard_text as text
from desktop.center.web.deps import read_session, require
from desktop.center.web.render import Formatter, NavItem, language_of, render
from desktop.domain.indicators.definitions import INDICATORS
from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError

router = APIRouter()
NAV = NavItem("/dashboard/indicators", QT_TRANSLATE_NOOP("Center", "Indicators"), Action.view_indicators)
DEFAULT_INDICATOR = "clearance_rate"
THRESHOLD = QT_TRANSLATE_NOOP("Center", "Threshold")
INCOMPLETE = QT_TRANSLATE_NOOP("Center", "Incomplete data")
ALL_PROVINCES = QT_TRANSLATE_NOOP("Center", "All provinces")


@router.get("/dashboard/indicators")
async def indicators_page(request: Request, indicator: str = DEFAULT_INDICATOR, period: str | None = None,
                          province: str | None = None, district: str | None = None, *,
                          staff: Annotated[StaffContext, Depends(require(Action.view_indicators))]) -> Response:
    formatter = Formatter(language_of(request, staff))
    def load():  # noqa: ANN202
        with read_session(request) as session:
            try:
                if district and not district.isdigit():
                    raise UnknownUnitError("district", district[:40])
                ranking = indicator_ranking(session, staff, indicator, period or None, province or None,
                                            int(district[:12]) if district and province else None)
            except Refused:
                raise  # the 403 page, audited (desktop/center/web/app.py)
            except UnknownUnitError as error:
                if error.what == "period":  # nothing has arrived yet: an empty state, not an error
                    return None, ("empty", text.describe(formatter, error)), []
                return None, ("alert", text.describe(formatter, error)), []
            except DomainError as error:  # an unknown indicator, period or district: said on the page
                return None, ("alert", text.describe(formatter, error)), []
            return ranking, ("", ""), completeness(session, staff) if province is None else []

    ranking, (kind, problem), complete = await run_in_threadpool(load)
    chart = ""
    if ranking is not None and ranking.carried and any(p.value is not None for p in ranking.trend):
        scope_name = formatter.tr(ranking.crumbs[-1].label) if len(ranking.crumbs) == 1 else ranking.crumbs[-1].label
        chart = await run_in_threadpool(lambda: trend_svg(
            ranking, scope_name, persian=formatter.persian, threshold_label=formatter.tr(THRESHOLD),
            incomplete_label=formatter.tr(INCOMPLETE), axis_label=text.axis_unit(formatter, ranking.definition),
            unbounded_label=text.indicator_value(formatter, ranking.definition, math.inf)))

    def link(**params: object) -> str:
        base = {"indicator": ranking.definition.code if ranking else indicator,
                "period": ranking.period.code if ranking else (period or "")}
        base.update({key: value for key, value in params.items() if value is not None})
        return "/dashboard/indicators?" + urlencode(base)

    return render(request, "indicators.html", staff, ranking=ranking, problem=problem if kind == "alert" else "",
                  empty=problem if kind == "empty" else "", completeness=complete,
                  indicators=[(d.code, text.indicator_name(formatter, d)) for d in INDICATORS],
                  chosen=indicator, link=link, chart=chart,
                  value=lambda v: text.indicator_value(formatter, ranking.definition, v),
                  note=lambda u: text.value_note(formatter, ranking.definition, u),
                  name=lambda: text.indicator_name(formatter, ranking.definition),
                  definition=lambda: text.indicator_definition(formatter, ranking.definition),
                  period_label=lambda p: p.label_fa if formatter.persian else p.label_en)
