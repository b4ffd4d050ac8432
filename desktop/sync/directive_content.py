"""What a directive bundle from the center carries, and its strict reading (both sides use it).

``directives.json`` (canonical JSON)::

    {"note": "...",
     "programs": [{"code", "solution_code", "title", "expected_results", "owner", "weight",
                   "activities": [{"code", "title", "planned_start", "planned_finish", "weight", "owner"}]}],
     "indicator_targets": [{"indicator", "period", "target", "note"}],     # period "" = every period
     "deadlines": [{"code", "title", "due_on", "note"}]}

Dates are ISO ``YYYY-MM-DD``. Anything else (unknown or missing fields, wrong types, repeated codes, NaN) is a
:class:`~desktop.sync.errors.BadPartError`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.domain.indicators.definitions import indicator_codes
from desktop.domain.planning import MAX_WEIGHT
from desktop.sync import canonical
from desktop.sync.errors import BadPartError

DIRECTIVE = "directive"
DIRECTIVES_PART = "directives.json"
_TOP = frozenset({"note", "programs", "indicator_targets", "deadlines"})
_PROGRAM = frozenset({"code", "solution_code", "title", "expected_results", "owner", "weight", "activities"})
_ACTIVITY = frozenset({"code", "title", "planned_start", "planned_finish", "weight", "owner"})
_TARGET = frozenset({"indicator", "period", "target", "note"})
_DEADLINE = frozenset({"code", "title", "due_on", "note"})


@dataclass(frozen=True)
class DirectiveActivity:
    code: str
    title: str
    planned_start: date
    planned_finish: date
    weight: float
    owner: str


@dataclass(frozen=True)
class DirectiveProgram:
    code: str
    solution_code: str
    title: str
    expected_results: str
    owner: str
    weight: float
    activities: tuple[DirectiveActivity, ...]


@dataclass(frozen=True)
class IndicatorTargetDirective:
    indicator: str
    period: str
    target: float
    note: str


@dataclass(frozen=True)
class DeadlineDirective:
    code: str
    title: str
    due_on: date
    note: str


@dataclass(frozen=True)
class Directives:
    note: str
    programs: tuple[DirectiveProgram, ...] = ()
    indicator_targets: tuple[IndicatorTargetDirective, ...] = ()
    deadlines: tuple[DeadlineDirective, ...] = ()

    def summary(self) -> str:
        return (f"{len(self.programs)} program(s), {len(self.indicator_targets)} target(s), "
                f"{len(self.deadlines)} deadline(s)")


def _fail(reason: str) -> BadPartError:
    return BadPartError(name=DIRECTIVES_PART, reason=reason)


def _object(value: Any, fields: frozenset[str], what: str) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) != fields:
        raise _fail(f"{what} must have exactly the fields {', '.join(sorted(fields))}")
    return value


def _text(value: Any, what: str, *, required: bool = True, limit: int = 2000) -> str:
    if not isinstance(value, str) or len(value) > limit or (required and not value.strip()):
        raise _fail(f"{what} must be non-empty text" if required else f"{what} must be text")
    return value


def _weight(value: Any) -> float:
    """A positive weight no greater than the province's own limit (a directive's weights are written as its own)."""
    weight = _number(value, "weight")
    if not 0 < weight <= MAX_WEIGHT:
        raise _fail(f"weight must be positive and at most {MAX_WEIGHT:g}")
    return weight


def _number(value: Any, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _fail(f"{what} must be a number")
    return float(value)


def _date(value: Any, what: str) -> date:
    try:
        if isinstance(value, str) and len(value) == 10:
            return date.fromisoformat(value)
    except ValueError:
        pass
    raise _fail(f"{what} must be a date YYYY-MM-DD")


def _list(value: Any, what: str) -> list[Any]:
    if not isinstance(value, list):
        raise _fail(f"{what} must be a list")
    return value


def _unique(codes: list[str], reason: str) -> None:
    if len(set(codes)) != len(codes):
        raise _fail(reason)


def _activity(value: Any) -> DirectiveActivity:
    raw = _object(value, _ACTIVITY, "an activity")
    start, finish = _date(raw["planned_start"], "planned_start"), _date(raw["planned_finish"], "planned_finish")
    if finish < start:
        raise _fail("an activity finishes before it starts")
    weight = _weight(raw["weight"])
    return DirectiveActivity(code=_text(raw["code"], "code", limit=32), title=_text(raw["title"], "title"),
                             planned_start=start, planned_finish=finish, weight=weight,
                             owner=_text(raw["owner"], "owner", required=False, limit=300))


def _program(value: Any) -> DirectiveProgram:
    raw = _object(value, _PROGRAM, "a program")
    activities = tuple(_activity(a) for a in _list(raw["activities"], "activities"))
    _unique([a.code for a in activities], "repeated activity code")
    weight = _weight(raw["weight"])
    return DirectiveProgram(code=_text(raw["code"], "code", limit=32),
                            solution_code=_text(raw["solution_code"], "solution_code", limit=32),
                            title=_text(raw["title"], "title"),
                            expected_results=_text(raw["expected_results"], "expected_results", required=False),
                            owner=_text(raw["owner"], "owner", required=False, limit=300), weight=weight,
                            activities=activities)


def _target(value: Any) -> IndicatorTargetDirective:
    raw = _object(value, _TARGET, "an indicator target")
    indicator = _text(raw["indicator"], "indicator", limit=64)
    if indicator not in indicator_codes():
        raise _fail(f"unknown indicator {indicator}")
    return IndicatorTargetDirective(indicator=indicator, period=_text(raw["period"], "period", required=False,
                                                                      limit=16),
                                    target=_number(raw["target"], "target"),
                                    note=_text(raw["note"], "note", required=False))


def _deadline(value: Any) -> DeadlineDirective:
    raw = _object(value, _DEADLINE, "a deadline")
    return DeadlineDirective(code=_text(raw["code"], "code", limit=32), title=_text(raw["title"], "title"),
                             due_on=_date(raw["due_on"], "due_on"), note=_text(raw["note"], "note", required=False))


def from_json(value: Any) -> Directives:
    """Directives from already-parsed JSON (e.g. the file an operator wrote at the center)."""
    raw = _object(value, _TOP, "the directives")
    programs = tuple(_program(p) for p in _list(raw["programs"], "programs"))
    targets = tuple(_target(t) for t in _list(raw["indicator_targets"], "indicator_targets"))
    deadlines = tuple(_deadline(d) for d in _list(raw["deadlines"], "deadlines"))
    _unique([p.code for p in programs], "repeated program code")
    _unique([d.code for d in deadlines], "repeated deadline code")
    if len({(t.indicator, t.period) for t in targets}) != len(targets):
        raise _fail("repeated indicator target")
    if not (programs or targets or deadlines):
        raise _fail("a directive must carry at least one program, target or deadline")
    return Directives(note=_text(raw["note"], "note", required=False), programs=programs,
                      indicator_targets=targets, deadlines=deadlines)


def parse(data: bytes) -> Directives:
    """The directives of a verified bundle's ``directives.json`` part."""
    try:
        value = canonical.loads_strict(data)
    except canonical.CanonicalError as exc:
        raise _fail(exc.reason) from None
    return from_json(value)


def to_json(directives: Directives) -> dict[str, Any]:
    return {
        "note": directives.note,
        "programs": [{
            "code": p.code, "solution_code": p.solution_code, "title": p.title,
            "expected_results": p.expected_results, "owner": p.owner, "weight": p.weight,
            "activities": [{"code": a.code, "title": a.title, "planned_start": a.planned_start.isoformat(),
                            "planned_finish": a.planned_finish.isoformat(), "weight": a.weight, "owner": a.owner}
                           for a in p.activities],
        } for p in directives.programs],
        "indicator_targets": [{"indicator": t.indicator, "period": t.period, "target": t.target, "note": t.note}
                              for t in directives.indicator_targets],
        "deadlines": [{"code": d.code, "title": d.title, "due_on": d.due_on.isoformat(), "note": d.note}
                      for d in directives.deadlines],
    }


def encode(directives: Directives) -> bytes:
    return canonical.dumps(to_json(directives))
