"""Texts the progress, indicators, directives and keys pages share: an error in the page's language, milestone
statuses, indicator names and values."""

from __future__ import annotations

from desktop.center.web.render import Formatter
from desktop.domain.indicators import basis
from desktop.domain.indicators.basis import UNBOUNDED, is_unbounded
from desktop.domain.indicators.definitions import AXIS_UNITS, IndicatorDefinition, Unit
from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
from desktop.domain.milestones import ComplianceStatus
from desktop.domain.persian import PERCENT_SIGN
from desktop.translations import translate

STATUS_CLASS = {ComplianceStatus.MET.value: "good", ComplianceStatus.ON_TRACK.value: "good",
                ComplianceStatus.AT_RISK.value: "warn", ComplianceStatus.MISSED.value: "bad",
                ComplianceStatus.NO_DATA.value: "muted"}
DAYS = QT_TRANSLATE_NOOP("Center", "{days} days")


def describe(formatter: Formatter, error: DomainError) -> str:
    """The error's message in the page's language (a field that is itself a marked text of the same context is
    translated too), as the command line shows it (desktop/center/cli_output.py ``describe``)."""
    params = {name: translate(formatter.language, error.context, value) if isinstance(value, str) else value
              for name, value in error.params.items()}
    return translate(formatter.language, error.context, error.message, **params)


def status_label(formatter: Formatter, status: str) -> str:
    return translate(formatter.language, "Labels", ComplianceStatus(status).label)


def term_label(formatter: Formatter, term) -> str:  # noqa: ANN001 - a SolutionTerm
    return translate(formatter.language, "Labels", term.label)


def indicator_name(formatter: Formatter, definition: IndicatorDefinition) -> str:
    return translate(formatter.language, "Indicators", definition.name)


def axis_unit(formatter: Formatter, definition: IndicatorDefinition) -> str:
    """What a chart's axis of the indicator's values is labelled ("Days"); "" for a percent or a ratio."""
    unit = AXIS_UNITS.get(definition.unit)
    return translate(formatter.language, "Indicators", unit) if unit else ""


def indicator_definition(formatter: Formatter, definition: IndicatorDefinition) -> str:
    return translate(formatter.language, "Indicators", definition.definition)


def indicator_value(formatter: Formatter, definition: IndicatorDefinition, value: float | None) -> str:
    """A value with its unit (Persian digits on a Persian page); the missing sign when there is none."""
    if value is None:
        return formatter.num(None)
    if is_unbounded(value):  # disposition time with cases pending and none disposed of: never a number
        return translate(formatter.language, "Indicators", UNBOUNDED)
    if definition.unit is Unit.PERCENT:
        return formatter.num(value, 1) + (PERCENT_SIGN if formatter.persian else "%")
    if definition.unit is Unit.DAYS:
        return formatter.tr(DAYS, days=formatter.num(value, 1))
    if definition.unit is Unit.RATIO:
        return formatter.num(value, 2)
    return formatter.num(value)


def value_note(formatter: Formatter, definition: IndicatorDefinition, unit) -> str:  # noqa: ANN001 - a UnitValue
    """Why a unit is not ranked though complete ("Too few cases to rank (4)"), or has no value ("No disposed
    cases"); "" when nothing needs saying."""
    note = basis.value_note(definition, unit.value, unit.cases, too_few=unit.too_few,
                            measured=unit.has_rows and unit.complete)
    if note is None:
        return ""
    return translate(formatter.language, "Indicators", note.text, count=formatter.num(note.count))


def percent(formatter: Formatter, value: float | None, decimals: int = 1) -> str:
    if value is None:
        return formatter.num(None)
    return formatter.num(value, decimals) + (PERCENT_SIGN if formatter.persian else "%")
