"""The language a report is written in: a translator for its words, and its direction and digits.

The reports package has no Qt: the window and the command line hand in Qt's translator
(``desktop.ui.language.translate``); without one the English source text is used.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.domain.messages import LABEL_CONTEXT
from desktop.reports.formatting import CellFormat

#: (context, source text, **params) -> the text in the reader's language.
Translate = Callable[..., str]
CONTEXT = "Reports"


def english(context: str, text: str, **params: object) -> str:
    return text.format(**params) if params else text


@dataclass(frozen=True)
class ReportLanguage:
    translate: Translate = english
    rtl: bool = False
    cells: CellFormat = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "cells", CellFormat(persian_digits=self.rtl))

    def __call__(self, text: str, **params: object) -> str:
        """A text of the "Reports" context (marked with QT_TRANSLATE_NOOP("Reports", ...) where written)."""
        return self.translate(CONTEXT, text, **params)

    def label(self, value) -> str:
        """The translated label of a domain enumeration (``.label`` in the "Labels" context)."""
        return self.translate(LABEL_CONTEXT, value.label) if value is not None else "—"

    def indicator(self, definition) -> str:
        return self.translate("Indicators", definition.name)

    def listed(self, names) -> str:
        """Names joined as a list of the report's language («، » or ", ")."""
        return ("، " if self.rtl else ", ").join(names)
