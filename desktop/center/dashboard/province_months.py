"""A province's statistics as its bundles carried them: its districts and branches (replayed from its change
rows) and, month by month, its ``indicator_month`` rows (``national_indicator``) summed per branch over the case
types — all the dashboard's figures need — kept per process until the province's next applied bundle."""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.center.dashboard.replay import current_rows
from desktop.center.models import NationalIndicator
from desktop.center.provinces import applied_head
from desktop.domain.indicators.definitions import SUMMED_FIELDS
from desktop.domain.indicators.opening import opened_month_of
from desktop.store.models import COMPLETE_SOURCES


@dataclass(frozen=True)
class BranchMonth:
    """One branch's rows of one month summed over its case types (Σ is all the figures need)."""

    sums: tuple[float, ...]  # SUMMED_FIELDS, in order
    longest: float | None  # scheduling_days_max
    complete: bool  # its untyped row's source is a case listing or monthly statistics
    answered: bool = False  # it has satisfaction survey answers this month


@dataclass
class ProvinceMonths:
    code: str
    name: str
    branches: dict[int, tuple[str, str, int | None]]  # id → (code, name, district id)
    districts: dict[int, tuple[str, str]]  # id → (code, name)
    months: dict[int, Mapping[int, BranchMonth]]  # month → branch id → its month
    #: branch id → the month it opened, for the branches that opened after the records began (the bundle's
    #: ``opened_month``; a branch without one - any branch of an older bundle - is expected in every month)
    opened: dict[int, int] = field(default_factory=dict)


def _number(value: Any) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


#: A province's month, summed per branch, kept per process until the province's next applied bundle (the only
#: thing that changes it): keyed by (database, province, month, last applied sequence); the newest CACHED.
CACHED = 1024
_cache: OrderedDict[tuple[str, str, int, int], Mapping[int, BranchMonth]] = OrderedDict()
_cache_lock = threading.Lock()


def _by_branch(rows: list[Any]) -> dict[int, BranchMonth]:
    sums: dict[int, list[float]] = {}
    longest: dict[int, float | None] = {}
    complete: dict[int, bool] = {}
    answered: set[int] = set()
    for row in rows:
        if not isinstance(row, dict) or not isinstance(row.get("branch_id"), int):
            continue
        branch = row["branch_id"]
        totals = sums.setdefault(branch, [0.0] * len(SUMMED_FIELDS))
        for index, name in enumerate(SUMMED_FIELDS):
            totals[index] += _number(row.get(name))
        value = row.get("scheduling_days_max")
        if isinstance(value, int | float) and not isinstance(value, bool):
            longest[branch] = max(longest.get(branch) or 0.0, float(value))
        else:
            longest.setdefault(branch, None)
        if row.get("case_type") == "" and row.get("source") in COMPLETE_SOURCES:
            complete[branch] = True
        if _number(row.get("satisfaction_responses")) > 0:
            answered.add(branch)
    return {branch: BranchMonth(tuple(totals), longest.get(branch), complete.get(branch, False),
                                branch in answered)
            for branch, totals in sums.items()}


def load_province(session: Session, code: str, name: str, months: Iterable[int]) -> ProvinceMonths:
    rows = current_rows(session, code, ("district", "branch"))
    districts = {row_id: (str(v.get("code") or ""), str(v.get("name") or "")) for row_id, v in rows["district"].items()}
    branches = {row_id: (str(v.get("code") or ""), str(v.get("name") or ""), v.get("district_id"))
                for row_id, v in rows["branch"].items()}
    opened = {row_id: month for row_id, v in rows["branch"].items()
              if (month := opened_month_of(v.get("opened_month"))) is not None}
    database, head = str(session.get_bind().url), applied_head(session, code)[0]
    by_month: dict[int, Mapping[int, BranchMonth]] = {}
    missing = []
    with _cache_lock:
        for month in sorted(set(months)):
            key = (database, code, month, head)
            if key in _cache:
                _cache.move_to_end(key)
                by_month[month] = _cache[key]
            else:
                missing.append(month)
    for start in range(0, len(missing), 500):
        for month, stored in session.execute(select(NationalIndicator.month_index, NationalIndicator.rows).where(
                NationalIndicator.province == code, NationalIndicator.month_index.in_(missing[start:start + 500]))):
            value = json.loads(stored)
            by_month[month] = _by_branch(value if isinstance(value, list) else [])
    with _cache_lock:
        for month in missing:
            _cache[(database, code, month, head)] = by_month.setdefault(month, {})
        while len(_cache) > CACHED:
            _cache.popitem(last=False)
    return ProvinceMonths(code, name, branches, districts, by_month, opened)
