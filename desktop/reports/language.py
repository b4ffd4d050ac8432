"""The language a report is written in: a translator for its words, and its direction and digits.

The reports package has no Qt: the window and the command line hand in Qt's translator
(``desktop.ui.language.translate``); without one the English source text is used.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.domain.indicators.basis import UNBOUNDED
from desktop.domain.indicators.definitions import AXIS_UNITS
from desktop.domain.messages import LABEL_CONTEXT, QT_TRANSLATE_NOOP
from desktop.reports.formatting import CellFormat

#: (context, source text, **params) -> the text in the reader's language.
Translate = Callable[..., str]
CONTEXT = "Reports"
#: LEFT-TO-RIGHT MARK: a strong left-to-right character that is not drawn.
LRM = "\u200e"
#: How many of a whole: «۱۰ از ۱۹», "10 of 19" - the window's form (desktop.ui.formatting.format_part_of), never
#: «۱۰ / ۱۹», which reads as a fraction or a date.
PART_OF = QT_TRANSLATE_NOOP("Reports", "{count} of {total}")


def english(context: str, text: str, **params: object) -> str:
    return text.format(**params) if params else text


@dataclass(frozen=True)
class ReportLanguage:
    translate: Translate = english
    rtl: bool = False
    cells: CellFormat = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "cells", CellFormat(persian_digits=self.rtl,
                                                     unbounded=self.translate("Indicators", UNBOUNDED)))

    def __call__(self, text: str, **params: object) -> str:
        """A text of the "Reports" context (marked with QT_TRANSLATE_NOOP("Reports", ...) where written)."""
        if not self.rtl:
            params = {name: self._kept_apart(value) for name, value in params.items()}
        return self.translate(CONTEXT, text, **params)

    def _kept_apart(self, value: object) -> object:
        """A Persian name inside an English sentence, followed by a left-to-right mark: without it the bracket
        and the number after the name join its right-to-left run, and "Qom (1 of 2 branches complete)" reads
        "1) قم of 2 branches complete)". (Only an English report needs it: a Persian report's paragraphs are
        right to left, and names in Latin letters are kept apart where they are drawn, pdf_text.py.)"""
        if isinstance(value, str) and _ends_right_to_left(value):
            return value + LRM
        return value

    def label(self, value) -> str:
        """The translated label of a domain enumeration (``.label`` in the "Labels" context)."""
        return self.translate(LABEL_CONTEXT, value.label) if value is not None else "—"

    def indicator(self, definition) -> str:
        return self.translate("Indicators", definition.name)

    def axis_unit(self, definition) -> str:
        """What a chart's axis of the indicator's values is labelled ("Days"); "" when its ticks say it (a percent)
        or it has no unit (a ratio)."""
        unit = AXIS_UNITS.get(definition.unit)
        return self.translate("Indicators", unit) if unit else ""

    def part_of(self, count: int, total: int) -> str:
        """``count`` of a whole of ``total`` in the report's words and digits: «۱۰ از ۱۹», "10 of 19"."""
        return self(PART_OF, count=self.cells.number(count), total=self.cells.number(total))

    def listed(self, names) -> str:
        """Names joined as a list of the report's language («، » or ", "); in English, a Persian name is kept
        apart from the comma after it as in a sentence (else two Persian names read in the opposite order)."""
        if self.rtl:
            return "، ".join(names)
        return ", ".join(str(self._kept_apart(name)) for name in names)


def _ends_right_to_left(text: str) -> bool:
    """Whether the last strongly directed character of ``text`` is right to left (what follows would join it)."""
    for ch in reversed(text):
        direction = unicodedata.bidirectional(ch)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False
