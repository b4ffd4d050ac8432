"""Planning vocabulary and rules: solution terms, plan kinds, and validation of titles, weights,
activities and progress reports. Every failure raises :class:`ValidationError` naming its field."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.domain.messages import QT_TRANSLATE_NOOP, AsTyped, ErrorCollector, ValidationError
from desktop.domain.persian import CommaNotThousands, SpaceNotThousands, normalise_text, parse_number

TITLE_MAX_LENGTH = 500
#: The greatest weight of a solution, program or activity (the window's weight boxes stop there too). Weights are
#: relative among siblings, so 10,000 leaves room for any split of work (one part in 10,000) while a roll-up's sums of
#: weight × percent stay far from the largest float: two weights of 1e308 once made the total infinite.
MAX_WEIGHT = 10_000.0


class SolutionTerm(StrEnum):
    """How long a solution (راهکار) takes: the milestone targets differ by term."""

    SHORT = "short"
    MID = "mid"
    LONG = "long"

    @property
    def label(self) -> str:
        """English source text, marked for translation in the "Labels" context."""
        return _TERM_EN[self]

    @property
    def label_fa(self) -> str:
        """The Persian term as written in the document (for imports and reports)."""
        return _TERM_FA[self]

    @classmethod
    def parse(cls, text: str | None) -> SolutionTerm | None:
        """The stored value, English label or Persian label ('میان‌مدت', 'میان مدت'); blank -> None."""
        key = _term_key(text or "")
        if not key:
            return None
        for member in cls:
            if key in {_term_key(member.value), _term_key(member.label), _term_key(member.label_fa)}:
                return member
        raise ValidationError(
            "term", QT_TRANSLATE_NOOP("Validation", "'{value}' is not a solution term."), {"value": AsTyped(text)}
        )


def _term_key(text: str) -> str:
    return normalise_text(text).replace("\u200c", "").replace(" ", "").replace("-", "").casefold()


_TERM_EN = {
    SolutionTerm.SHORT: QT_TRANSLATE_NOOP("Labels", "Short-term"),
    SolutionTerm.MID: QT_TRANSLATE_NOOP("Labels", "Mid-term"),
    SolutionTerm.LONG: QT_TRANSLATE_NOOP("Labels", "Long-term"),
}
_TERM_FA = {
    SolutionTerm.SHORT: "کوتاه‌مدت",
    SolutionTerm.MID: "میان‌مدت",
    SolutionTerm.LONG: "بلندمدت",
}


class PlanKind(StrEnum):
    TRANSFORMATION = "transformation"
    CITIZENS_RIGHTS = "citizens_rights"

    @property
    def label(self) -> str:
        return _PLAN_KIND_EN[self]


_PLAN_KIND_EN = {
    PlanKind.TRANSFORMATION: QT_TRANSLATE_NOOP("Labels", "Judiciary Transformation Document"),
    PlanKind.CITIZENS_RIGHTS: QT_TRANSLATE_NOOP("Labels", "Citizens' rights protection instruction"),
}


# --- single-field rules -----------------------------------------------------------------------------------


def validate_title(text: str | None, field: str = "title", max_length: int = TITLE_MAX_LENGTH) -> str:
    """Normalised, non-empty text of at most ``max_length`` characters."""
    value = normalise_text(text or "")
    if not value:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "This field must not be empty."))
    if len(value) > max_length:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "This text may have at most {max} characters."),
            {"max": max_length},
        )
    return value


def _number(value: float | int | str | None, field: str) -> float:
    if isinstance(value, bool) or value is None:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "Enter a number."))
    if isinstance(value, str):
        try:
            return parse_number(value)
        except CommaNotThousands:
            raise ValidationError(field, QT_TRANSLATE_NOOP(
                "Validation", "«{value}» has a comma that does not separate thousands: write a decimal with a "
                              "decimal point, «٫» or «.», as in 12.5."), {"value": AsTyped(value)}) from None
        except SpaceNotThousands:
            raise ValidationError(field, QT_TRANSLATE_NOOP(
                "Validation", "«{value}» has a space that does not separate thousands (a space may stand only before "
                              "each group of three digits, as in 1 234): enter one number."),
                {"value": AsTyped(value)}) from None
        except ValueError:
            raise ValidationError(
                field, QT_TRANSLATE_NOOP("Validation", "Enter a number."), {"value": value}
            ) from None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "Enter a number.")) from None
    if not math.isfinite(number):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "Enter a number."), {"value": str(value)}
        )
    return number


def validate_weight(value: float | int | str | None, field: str = "weight") -> float:
    """A finite number greater than zero and at most :data:`MAX_WEIGHT` (typed text with Persian digits is
    accepted)."""
    weight = _number(value, field)
    if weight <= 0:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "Weight must be greater than zero."), {"value": weight}
        )
    if weight > MAX_WEIGHT:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Validation", "Weight must be at most {limit}: weights count relative to their siblings', so 3 and 1 "
                          "weigh as 300 and 100 do."), {"value": weight, "limit": f"{MAX_WEIGHT:g}"})
    return weight


def validate_percent(value: float | int | str | None, field: str = "percent") -> float:
    """A number from 0 to 100 inclusive."""
    percent = _number(value, field)
    if not 0 <= percent <= 100:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Validation", "Percent must be between 0 and 100."), {"value": percent}
        )
    return percent


def _required_date(value: date | None, field: str) -> date:
    if value is None:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "A date is required."))
    return value


# --- several fields ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckedActivity:
    """The normalised fields of an activity that passed :func:`validate_activity`."""

    title: str
    weight: float
    planned_start: date
    planned_finish: date


def validate_activity(
    title: str | None,
    weight: float | int | str | None,
    planned_start: date | None,
    planned_finish: date | None,
) -> CheckedActivity:
    """Title required; weight finite and > 0; start and finish required; finish not before start.

    All problems are reported together (``ValidationErrors`` when there are several).
    """
    errors = ErrorCollector()
    clean_title = errors.check(validate_title, title, "title")
    clean_weight = errors.check(validate_weight, weight, "weight")
    start = errors.check(_required_date, planned_start, "planned_start")
    finish = errors.check(_required_date, planned_finish, "planned_finish")
    if start is not None and finish is not None and finish < start:
        errors.add(
            ValidationError(
                "planned_finish",
                QT_TRANSLATE_NOOP("Validation", "The planned finish must not be before the start."),
            )
        )
    errors.raise_if_any()
    assert clean_title is not None and clean_weight is not None and start is not None and finish is not None
    return CheckedActivity(clean_title, clean_weight, start, finish)


#: 1 Farvardin 1370: no plan Rasad follows reaches back further; an earlier day is a mistake, not history.
EARLIEST_PROGRESS_DAY = date(1991, 3, 21)


@dataclass(frozen=True)
class CheckedProgress:
    """A progress report that passed :func:`validate_progress`.

    ``decreased`` is a warning, not an error: corrections downwards are legitimate, but the UI should ask.
    """

    percent: float
    reported_on: date
    decreased: bool = False


def validate_progress(
    percent: float | int | str | None,
    reported_on: date | None,
    today: date,
    previous_percent: float | None = None,
) -> CheckedProgress:
    """0 <= percent <= 100; reported_on given and not after ``today``; flags a drop below ``previous_percent``."""
    errors = ErrorCollector()
    value = errors.check(validate_percent, percent, "percent")
    on = errors.check(_required_date, reported_on, "reported_on")
    if on is not None and on > today:
        errors.add(
            ValidationError(
                "reported_on",
                QT_TRANSLATE_NOOP("Validation", "Progress cannot be reported for a future date."),
            )
        )
    elif on is not None and on < EARLIEST_PROGRESS_DAY:  # a Jalali day read as a Gregorian one, say: 1405 AD
        errors.add(
            ValidationError(
                "reported_on",
                QT_TRANSLATE_NOOP("Validation", "Progress cannot be reported for a day before the year 1370."),
            )
        )
    errors.raise_if_any()
    assert value is not None and on is not None
    decreased = previous_percent is not None and value < previous_percent
    return CheckedProgress(value, on, decreased)
