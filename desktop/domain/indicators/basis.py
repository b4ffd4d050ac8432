"""What an indicator's value rests on: how many cases, for the ranking's minimum volume
(desktop/domain/indicators/ranking.py ``MINIMUM_CASES``), and why a unit has no value when there are none."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.domain.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # definitions.py imports this module
    from desktop.domain.indicators.definitions import IndicatorDefinition, MeasureTotals


#: How an infinite value reads - disposition time with cases pending and none disposed of, the only indicator
#: that has one - wherever a number would stand (never a number, never zero; JSON and spreadsheets get this
#: text or ``null``, never ``Infinity``).
UNBOUNDED = QT_TRANSLATE_NOOP("Indicators", "No disposals")


def is_unbounded(value: float | None) -> bool:
    """The value is infinite (see :data:`UNBOUNDED`)."""
    return value is not None and math.isinf(value)


@dataclass(frozen=True)
class Basis:
    """How many cases an indicator's value rests on (its denominator, or the workload it describes), for the
    ranking's minimum (desktop/domain/indicators/ranking.py ``MINIMUM_CASES``), and why a unit has no value
    when there are none (``none``: "No disposed cases"; the tables show it instead of a blank)."""

    count: Callable[[MeasureTotals], int]
    none: str
    #: What a unit below the minimum is labelled with (``{count}``: its cases, or responses).
    too_few: str = QT_TRANSLATE_NOOP("Indicators", "Too few cases to rank ({count})")


DISPOSED_BASIS = Basis(lambda t: t.disposition_count, QT_TRANSLATE_NOOP("Indicators", "No disposed cases"))
# Disposition time describes the cases pending and disposed of: a unit with 75 pending and none disposed rests on
# 75 cases (its value is unbounded, ranked worst), one with a single case disposed and none pending on one.
WORKLOAD_BASIS = Basis(lambda t: t.pending_end + t.disposed,
                       QT_TRANSLATE_NOOP("Indicators", "No pending or disposed cases"))
PENDING_BASIS = Basis(lambda t: t.pending_age_base, QT_TRANSLATE_NOOP("Indicators", "No pending cases"))
SCHEDULED_BASIS = Basis(lambda t: t.scheduling_count, QT_TRANSLATE_NOOP("Indicators", "No cases scheduled"))


@dataclass(frozen=True)
class ValueNote:
    """Why a unit's value is shown as a text or is not ranked: ``text`` (context "Indicators") with its
    ``count`` (``{count}`` in the text, or None)."""

    text: str
    count: int | None = None


def value_note(definition: IndicatorDefinition, value: float | None, cases: int | None, *, too_few: bool,
               measured: bool = True) -> ValueNote | None:
    """What a table says beside (or instead of) a unit's value: too few cases to rank it, its value unbounded
    ("No disposals"), or - a unit with statistics of its own (``measured``) but no value - why ("No disposed
    cases"). None when the value speaks for itself or the unit lacks statistics (its completeness says so)."""
    if too_few and definition.basis is not None:
        return ValueNote(definition.basis.too_few, cases)
    if is_unbounded(value):
        return ValueNote(UNBOUNDED)
    if value is None and measured and cases == 0 and definition.basis is not None:
        return ValueNote(definition.basis.none)
    return None
