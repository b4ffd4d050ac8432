"""A report as plain values: what the PDF writer, the Excel writer and the chart export all read."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.charts.style import ChartStyle


class NumberKind(StrEnum):
    COUNT = "count"
    PERCENT = "percent"
    DAYS = "days"
    RATIO = "ratio"


@dataclass(frozen=True)
class Number:
    """A number cell: shown with Persian digits in the PDF, written as a number in Excel."""

    value: float | None
    kind: NumberKind = NumberKind.COUNT
    decimals: int = 0
    signed: bool = False  # a change: shown with its sign (+۳٫۲)


@dataclass(frozen=True)
class JalaliDate:
    """A date cell: Jalali text in the PDF and in Excel."""

    value: date | None


Cell = str | int | Number | JalaliDate | None


class Tone(StrEnum):
    """How a table row is marked."""

    PLAIN = ""
    GOOD = "good"
    BAD = "bad"


@dataclass(frozen=True)
class Column:
    title: str
    width: float = 1.0  # relative to the other columns
    numeric: bool = False


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    sheet: str  # the Excel sheet it goes to (short)
    empty_text: str = ""  # shown instead of an empty table
    tones: tuple[Tone, ...] = ()  # per row, when some rows are marked


@dataclass(frozen=True)
class Paragraph:
    text: str
    note: bool = False  # smaller, grey


@dataclass(frozen=True)
class Figures:
    """Key figures shown as a row of boxes: (label, value); a value that is a number is a :class:`Number`
    (a number in the workbook too), text otherwise (e.g. "160 of 388")."""

    items: tuple[tuple[str, Cell], ...]


@dataclass(frozen=True)
class Chart:
    """A chart: ``draw(axes, style)`` draws it on a fresh figure. ``name`` is its file name when saved alone."""

    name: str
    title: str
    draw: Callable[[object, ChartStyle], None]
    width_inches: float = 6.5
    height_inches: float = 3.0


@dataclass(frozen=True)
class Charts:
    """Charts laid out side by side (two to a row when they are narrow)."""

    charts: tuple[Chart, ...]


Block = Paragraph | Table | Figures | Charts


@dataclass(frozen=True)
class Section:
    title: str
    blocks: tuple[Block, ...]
    new_page: bool = False


@dataclass(frozen=True)
class Chrome:
    """The translated words of the page furniture."""

    page: str  # "Page {page} of {pages}"
    prepared_on: str  # "Prepared on {date}"
    signature: str  # under the cover: the signature line
    no_data: str  # an empty table
    contents: str = "Contents"  # the title of the table of contents
    #: An indicator's unbounded value in a number cell (disposition time with nothing disposed of), as text: a
    #: number it has none of, and Excel holds no infinity.
    unbounded: str = "No disposals"


@dataclass(frozen=True)
class Letterhead:
    """The head of an official document on the cover: the invocation, the emblem, the issuing body and the
    number, date and classification fields (each line already translated and filled; an empty value is left
    as a dotted line to be filled by hand)."""

    invocation: str  # «بسمه تعالی»
    issuer: str
    fields: tuple[tuple[str, str], ...]  # (label, value): number, date, classification
    emblem: bytes | None = None  # the bytes of a PNG or JPEG picture (desktop/reports/emblem.py), or none


@dataclass(frozen=True)
class Report:
    kind: str
    title: str
    province: str
    period_label: str
    as_of: date
    cover_lines: tuple[str, ...]
    sections: tuple[Section, ...]
    chrome: Chrome
    rtl: bool = True
    landscape: bool = False
    has_data: bool = True  # any figure at all for its period; without one the report says so in its place
    #: The report has data, but not for these parts: each the sentence the report says in a part's place
    #: («No branch statistics have been imported for this period.»), which the window and the command line
    #: repeat (a report with data in part is never announced as one without any, nor as a whole one).
    missing: tuple[str, ...] = ()
    file_stem: str = "report"
    meta: dict[str, str] = field(default_factory=dict)
    contents: bool = False  # a table of contents with page numbers after the cover
    letterhead: Letterhead | None = None

    def charts(self) -> list[Chart]:
        return [chart for section in self.sections for block in section.blocks if isinstance(block, Charts)
                for chart in block.charts]

    def tables(self) -> list[tuple[Section, Table]]:
        return [(section, block) for section in self.sections for block in section.blocks
                if isinstance(block, Table)]
