"""reportlab building blocks that lay Persian out right: a paragraph and a table made of such paragraphs.

Every line is wrapped in logical order and then reordered for display on its own (see pdf_text.py), and drawn
flush right in a right-to-left report (flush left in a left-to-right one).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Table, TableStyle
from reportlab.platypus.doctemplate import ActionFlowable

from desktop.paths import fonts_dir
from desktop.reports.pdf_fonts import TextMappedFont, drawable
from desktop.reports.pdf_text import glyphs, shape, stream_order
from desktop.reports.pdf_wrap import wrap

REGULAR = "Vazirmatn"
BOLD = "Vazirmatn-Bold"


@cache
def register_fonts() -> None:
    """Embed Vazirmatn (regular and bold). Registered without reportlab's shaping: the text arrives joined,
    each glyph with the text it copies as (pdf_fonts.py)."""
    pdfmetrics.registerFont(TextMappedFont(REGULAR, str(fonts_dir() / "Vazirmatn-Regular.ttf")))
    pdfmetrics.registerFont(TextMappedFont(BOLD, str(fonts_dir() / "Vazirmatn-Bold.ttf")))


def draw_line(canvas, x: float, y: float, line: str, rtl: bool, anchor: str = "left") -> None:
    """Draw one logical line at ``x`` (its left edge, right edge or centre by ``anchor``) in the canvas's
    current font: glyphs in display order, each copying as the text it stands for, written into the page in
    the order pdf_text.stream_order gives (each glyph still at its own place)."""
    shown = drawable(glyphs(line, rtl), canvas._fontname)
    order = stream_order(line, rtl)
    if order == tuple(range(len(order))):
        if anchor == "right":
            canvas.drawRightString(x, y, shown)
        elif anchor == "centre":
            canvas.drawCentredString(x, y, shown)
        else:
            canvas.drawString(x, y, shown)
        return
    width = pdfmetrics.stringWidth(shown, canvas._fontname, canvas._fontsize)
    left = x - width if anchor == "right" else x - width / 2 if anchor == "centre" else x  # as drawRightString...
    text = canvas.beginText(left, y)
    text._code.append(_glyphs_in_order(canvas, shown, order))  # noqa: SLF001 - raw text operators
    canvas.drawText(text)


def _glyphs_in_order(canvas, shown: str, order: Sequence[int]) -> str:
    """Text-showing operators that write the glyphs of ``shown`` in ``order``, each exactly where drawing them
    left to right puts it: one TJ array whose numbers move back and forth between glyphs (a new array where the
    font's subset changes). Places are counted as a viewer counts them, in thousandths of the font size with
    the widths as written in the font's /Widths array and the moves as written, so nothing drifts."""
    font, size = pdfmetrics.getFont(canvas._fontname), canvas._fontsize
    widths = [float(fp_str(font.face.getCharWidth(ord(ch)))) for ch in shown]
    places = [sum(widths[:index]) for index in range(len(widths))]
    code: list[str] = []
    array: list[str] = []
    at, subset_now = 0.0, None
    for index in order:
        ((subset, data),) = font.splitString(shown[index], canvas._doc)
        if subset != subset_now:
            if array:
                code.append(f"[{' '.join(array)}] TJ")
                array = []
            code.append(f"{font.getSubsetInternalName(subset, canvas._doc)} {fp_str(size)} Tf")
            subset_now = subset
        if abs(places[index] - at) > 1e-9:
            move = fp_str(at - places[index])
            array.append(move)
            at -= float(move)
        array.append(f"({canvas._escape(data)})")
        at += widths[index]
    if array:
        code.append(f"[{' '.join(array)}] TJ")
    return " ".join(code)


@dataclass(frozen=True)
class TextStyle:
    font: str = REGULAR
    size: float = 10.0
    leading: float = 16.0
    color: str = "#212529"
    align: str = "start"  # start (right in RTL), end, center
    space_before: float = 0.0
    space_after: float = 4.0


BODY = TextStyle()
NOTE = TextStyle(size=8.5, leading=13.0, color="#5c677d")
TITLE = TextStyle(font=BOLD, size=20, leading=32, color="#1d3557", align="center", space_after=10)
SUBTITLE = TextStyle(size=13, leading=22, color="#1d3557", align="center", space_after=6)
HEADING = TextStyle(font=BOLD, size=13, leading=22, color="#1d3557", space_before=8, space_after=6)
CELL = TextStyle(size=8, leading=11.5, space_after=0)
HEADER_CELL = replace(CELL, font=BOLD, color="#ffffff", align="center")
NUMBER_CELL = replace(CELL, align="center")
FIGURE_LABEL = TextStyle(size=8, leading=12, color="#5c677d", align="center", space_after=0)
FIGURE_VALUE = TextStyle(font=BOLD, size=14, leading=20, color="#1d3557", align="center", space_after=0)


class Gap(Flowable):
    """Space between blocks that never carries over to the next page: where less room is left than the gap, it
    takes what is left (none at all at the very bottom), so it cannot open a page on its own."""

    _ZEROSIZE = True  # reportlab asks its size even when the frame is full

    def __init__(self, height: float):
        super().__init__()
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, max(0.0, min(self.height, available_height))

    def draw(self) -> None:
        pass


class SectionBreak(ActionFlowable):
    """Start a new page unless the page just begun is still empty (a page break right after a page that ended
    exactly full would otherwise leave a blank page between)."""

    def apply(self, document) -> None:
        if not document.frame._atTop:
            document.handle_pageBreak()


@dataclass
class PageIndex:
    """Where each section landed, learnt while the pages are laid out, and which page numbers the table of
    contents left room for: they are written in when the document is saved (one pass)."""

    pages: dict[int, int] = field(default_factory=dict)  # section index -> page number
    slots: list[int] = field(default_factory=list)  # the sections whose page number the contents show


def contents_form(section: int) -> str:
    return f"contents-page-{section}"


class SectionMark(Flowable):
    """Takes no room; notes the page its section starts on."""

    def __init__(self, index: PageIndex, section: int):
        super().__init__()
        self.index, self.section = index, section
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.index.pages[self.section] = self.canv.getPageNumber()


class ContentsTable(Flowable):
    """The sections' titles with a dotted leader to their page number (the number is drawn at saving)."""

    def __init__(self, titles: Sequence[str], index: PageIndex, rtl: bool = True, style: TextStyle | None = None):
        super().__init__()
        self.titles, self.index, self.rtl = list(titles), index, rtl
        self.style = style or replace(BODY, size=11, leading=22)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = len(self.titles) * self.style.leading
        return self.width, self.height

    def draw(self) -> None:
        canvas, style = self.canv, self.style
        canvas.setFont(style.font, style.size)
        canvas.setFillColor(colors.HexColor(style.color))
        number_room = style.size * 3
        for row, title in enumerate(self.titles):
            y = self.height - (row + 1) * style.leading + style.size * 0.5
            title_end = pdfmetrics.stringWidth(drawable(glyphs(title, self.rtl), style.font), style.font, style.size)
            if self.rtl:
                draw_line(canvas, self.width, y, title, True, "right")
                leader_from, leader_to, number_x = number_room, self.width - title_end - 6, 0.0
            else:
                draw_line(canvas, 0, y, title, False)
                leader_from, leader_to, number_x = title_end + 6, self.width - number_room, self.width
            dot = pdfmetrics.stringWidth(".", style.font, style.size)
            dots = max(0, int((leader_to - leader_from) / dot))
            canvas.drawString(leader_to - dots * dot, y, "." * dots)
            # the number is a form drawn here and defined when the document is saved (its page is known
            # then): it stands in the line's place in the page's text, so it copies with its title
            canvas.saveState()
            canvas.translate(number_x, y)
            canvas.doForm(contents_form(row))
            canvas.restoreState()
            self.index.slots.append(row)


class RtlParagraph(Flowable):
    """Text wrapped to the available width; splits between lines across pages."""

    def __init__(self, text: str, style: TextStyle = BODY, rtl: bool = True, lines: list[str] | None = None):
        super().__init__()
        self.text = text
        self.style = style
        self.rtl = rtl
        self._lines = lines
        self._wrapped_width: float | None = None

    def _measure(self, text: str) -> float:
        return pdfmetrics.stringWidth(text, self.style.font, self.style.size)

    def lines(self, width: float) -> list[str]:
        if self._lines is None or (self._wrapped_width is not None and self._wrapped_width != width):
            self._lines = wrap(self.text, width, self._measure)
            self._wrapped_width = width
        return self._lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = len(self.lines(available_width)) * self.style.leading
        return available_width, self.height

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return self.style.space_before

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's name
        return self.style.space_after

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        lines = self.lines(available_width)
        fit = int(available_height // self.style.leading)
        if fit <= 0 or fit >= len(lines):
            return [] if fit <= 0 else [self]
        head = RtlParagraph(self.text, replace(self.style, space_after=0), self.rtl, lines[:fit])
        tail = RtlParagraph(self.text, replace(self.style, space_before=0), self.rtl, lines[fit:])
        head._wrapped_width = tail._wrapped_width = available_width
        return [head, tail]

    def draw(self) -> None:
        canvas = self.canv
        style = self.style
        canvas.setFont(style.font, style.size)
        canvas.setFillColor(colors.HexColor(style.color))
        descent = style.size * 0.3 + (style.leading - style.size) / 2
        for number, line in enumerate(self.lines(self.width), start=1):
            y = self.height - number * style.leading + descent
            if style.align == "center":
                draw_line(canvas, self.width / 2, y, line, self.rtl, "centre")
            elif (style.align == "start") == self.rtl:
                draw_line(canvas, self.width, y, line, self.rtl, "right")
            else:
                draw_line(canvas, 0, y, line, self.rtl)


class OrphanFreeTable(Table):
    """A table that, split across pages, leaves at least MIN_ROWS rows on each side: a row or two under the
    header at the foot of a page, or under the repeated header on the next, reads as an orphan."""

    MIN_ROWS = 3

    def split(self, available_width: float, available_height: float) -> list:
        parts = super().split(available_width, available_height)
        if len(parts) != 2:
            return parts
        head, tail = parts
        header = self.repeatRows
        head_rows, tail_rows = len(head._cellvalues) - header, len(tail._cellvalues) - header
        if head_rows < self.MIN_ROWS:
            return []  # not here: the whole table moves on to the next page
        move = self.MIN_ROWS - tail_rows
        if move <= 0 or head_rows - move < self.MIN_ROWS:
            return parts
        first_tail_row = header + head_rows
        shrink = sum(self._rowHeights[first_tail_row - move:first_tail_row])
        return super().split(available_width, available_height - shrink - 0.01)


_PADDING = 3
#: The smallest size a column heading shrinks to so that its longest word fits its column.
MIN_HEADER_SIZE = 6.0


def _header_style(text: str, width: float) -> TextStyle:
    """The heading's style, its size shrunk (to MIN_HEADER_SIZE at least) so that its longest word fits the
    column: a heading wraps between words, and a word cut in two («Clearanc e rate») reads as two words."""
    style = HEADER_CELL
    widest = max((pdfmetrics.stringWidth(shape(word), style.font, style.size) for word in text.split()), default=0.0)
    if widest <= width or widest == 0:
        return style
    size = max(MIN_HEADER_SIZE, math.floor(style.size * width / widest * 10) / 10)
    return replace(style, size=size, leading=style.leading * size / style.size)


def rtl_table(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float], *,
              numeric: Sequence[bool], rtl: bool = True, tones: Sequence[str] = (),
              header_color: str = "#1d3557") -> Table:
    """A table whose first column stands on the right in a right-to-left report; the header repeats on
    every page. ``widths`` in points, in logical order; ``tones`` per row: "", "good" or "bad"."""
    order = list(range(len(header)))[::-1] if rtl else list(range(len(header)))
    data = [[RtlParagraph(header[i], _header_style(header[i], widths[i] - 2 * _PADDING), rtl) for i in order]]
    for row in rows:
        data.append([RtlParagraph(row[i], NUMBER_CELL if numeric[i] else CELL, rtl) for i in order])
    table = OrphanFreeTable(data, colWidths=[widths[i] for i in order], repeatRows=1)
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # reportlab sets each cell's font, Helvetica unless told
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(header_color)),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#adb5bd")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
    ]
    for index in range(1, len(data)):
        tone = tones[index - 1] if index - 1 < len(tones) else ""
        color = {"good": "#d8f3dc", "bad": "#fde2e4"}.get(tone) or ("#f1f3f5" if index % 2 == 0 else None)
        if color:
            commands.append(("BACKGROUND", (0, index), (-1, index), colors.HexColor(color)))
    table.setStyle(TableStyle(commands))
    return table
