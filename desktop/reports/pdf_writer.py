"""Write a :class:`Report` as a PDF: cover, sections, tables, charts; header and footer on every page after
the cover with the province, the report, the date and "page n of m". Atomic (temporary name, then rename)."""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)
from reportlab.platypus import Table as PdfTable
from reportlab.platypus.flowables import Flowable

from desktop.charts.style import PRINT_DPI, ChartStyle, figure_bytes, new_figure
from desktop.exports.files import Recording, write_atomically
from desktop.reports.chart_process import chart_process, send_charts
from desktop.reports.document import Chart, Charts, Figures, Letterhead, Paragraph, Report, Table, Tone
from desktop.reports.formatting import CellFormat
from desktop.reports.pdf_flowables import (
    BODY,
    BOLD,
    FIGURE_LABEL,
    FIGURE_VALUE,
    HEADING,
    NOTE,
    REGULAR,
    SUBTITLE,
    TITLE,
    ContentsTable,
    Gap,
    OrphanFreeTable,
    PageIndex,
    RtlParagraph,
    SectionBreak,
    SectionMark,
    contents_form,
    draw_line,
    register_fonts,
    rtl_table,
)
from desktop.reports.pdf_fonts import drawable
from desktop.reports.pdf_text import glyphs, has_rtl
from desktop.tasks import NO_PROGRESS, TaskProgress

MARGIN = 1.6 * cm


def chart_style(report: Report) -> ChartStyle:
    cells = CellFormat(persian_digits=report.rtl, unbounded=report.chrome.unbounded)
    return ChartStyle(rtl=report.rtl, number=cells.number)


def render_chart(chart: Chart, style: ChartStyle, image_format: str = "png", dpi: int = PRINT_DPI) -> bytes:
    figure = new_figure(chart.width_inches, chart.height_inches)
    chart.draw(figure.add_subplot(1, 1, 1), style)
    return figure_bytes(figure, image_format, dpi)


def chart_drawing(chart: Chart, style: ChartStyle) -> Drawing:
    """The chart as vector drawing for the PDF, its text kept as text: matplotlib writes SVG with the text as
    text elements, svglib turns it into reportlab shapes, and each string is drawn like the report's own text
    (Vazirmatn embedded once, letters joined, copying as typed)."""
    return with_report_text(svg_drawing(chart, style))


def svg_drawing(chart: Chart, style: ChartStyle) -> Drawing:
    """The chart as svglib reads matplotlib's SVG of it, its strings as matplotlib wrote them (what the chart
    process makes, desktop/reports/chart_process.py)."""
    import matplotlib
    from svglib.svglib import svg2rlg

    # Before svglib reads a font name: it registers a plain TrueType font of that name when none is, and the
    # report's own (whose glyphs copy as the text they stand for, pdf_fonts.py) would then never be used.
    register_fonts()
    figure = new_figure(chart.width_inches, chart.height_inches)
    chart.draw(figure.add_subplot(1, 1, 1), style)
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        svg = figure_bytes(figure, "svg")
    drawing = svg2rlg(io.BytesIO(svg))
    drawing.initialFontName = REGULAR  # reportlab would otherwise set (and embed a reference to) Helvetica first
    return drawing


def with_report_text(drawing: Drawing) -> Drawing:
    """``drawing`` with each string in the report's fonts, as the report's own text is drawn. Always in the process
    that writes the PDF: a glyph that copies as other text is drawn through a code the font is given in this
    process, in the order they are first asked for (desktop/reports/pdf_fonts.py, "alias")."""
    register_fonts()
    _text_as_report_text(drawing)
    return drawing


#: The least room a section needs left on a page to start there.
SECTION_START_ROOM = 4 * cm
#: The most it asks for: a section that opens with a tall block starts where it is, and that block splits or moves.
SECTION_START_LIMIT = 12 * cm

class PendingChart(Flowable):
    """A chart's place on its page, sized from the chart (a figure of ``width_inches`` x ``height_inches``, the
    size of its drawing in points) scaled down to ``room``; its drawing is asked of the chart process only when
    the page that holds it is drawn (``chart_process.py``), the same drawing :func:`chart_drawing` makes."""

    def __init__(self, chart: Chart, style: ChartStyle, ticket: int | None, room: float) -> None:
        super().__init__()
        self._chart, self._style, self._ticket = chart, style, ticket
        natural = chart.width_inches * 72
        self.scale = min(1.0, room / natural)
        self.width, self.height = natural * self.scale, chart.height_inches * 72 * self.scale
        self.hAlign = "LEFT"  # as a Drawing's

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def drawing(self) -> Drawing:
        """The chart's drawing at its size on the page."""
        drawing = with_report_text(chart_process().drawing(self._ticket, self._chart, self._style))
        scale = self.width / drawing.width
        drawing.scale(scale, scale)
        drawing.width, drawing.height = drawing.width * scale, drawing.height * scale
        return drawing

    def draw(self) -> None:
        self.drawing().drawOn(self.canv, 0, 0)


def _text_as_report_text(node) -> None:
    for child in getattr(node, "contents", ()):
        if isinstance(child, String):
            font = BOLD if "bold" in child.fontName.lower() else REGULAR
            child.fontName = font
            child.text = drawable(glyphs(child.text, has_rtl(child.text)), font)
        else:
            _text_as_report_text(child)


class _Story:
    def __init__(self, report: Report, width: float, progress: TaskProgress, index: PageIndex | None = None,
                 tickets: Mapping[int, int | None] | None = None):
        self.report = report
        self.tickets = tickets or {}  # id(chart) -> its ticket in the chart process (chart_process.py)
        self.index = index or PageIndex()
        self.width = width
        self.rtl = report.rtl
        self.cells = CellFormat(persian_digits=report.rtl, unbounded=report.chrome.unbounded)
        self.style = chart_style(report)
        self.progress = progress

    def build(self) -> list:
        report = self.report
        head = self.letterhead(report.letterhead) if report.letterhead else [Spacer(1, 5 * cm)]
        story: list = [*head, RtlParagraph(report.title, TITLE, self.rtl),
                       RtlParagraph(report.province, SUBTITLE, self.rtl),
                       RtlParagraph(report.period_label, SUBTITLE, self.rtl), Spacer(1, 1.5 * cm)]
        story += [RtlParagraph(line, SUBTITLE, self.rtl) for line in report.cover_lines]
        story += [Spacer(1, 4 * cm), RtlParagraph(report.chrome.signature, BODY, self.rtl)]
        story += [NextPageTemplate("body"), PageBreak()]
        if report.contents and report.sections:
            story += [RtlParagraph(report.chrome.contents, HEADING, self.rtl),
                      ContentsTable([section.title for section in report.sections], self.index, self.rtl),
                      PageBreak()]
        total = len(report.sections)
        for number, section in enumerate(report.sections, start=1):
            self.progress.step(number, total + 1, section.title)
            heading = RtlParagraph(section.title, HEADING, self.rtl)
            flowables = [heading, *(flowable for block in section.blocks for flowable in self.block(block))]
            if section.new_page and number > 1:
                story.append(SectionBreak())
            else:
                story.append(CondPageBreak(self.start_room(flowables)))
            story.append(SectionMark(self.index, number - 1))
            story.extend(flowables)
        return story

    def start_room(self, flowables: list) -> float:
        """The room a section needs left on a page to start there: its heading and the lines under it up to its
        first table, and that table's header and the first rows it leaves at a page's foot (``MIN_ROWS``)
        - so that a heading is never left alone at the foot of a page (4 cm did: the citizens report's program
        headings and their responsible line, the table with its tall rows on the next page)."""
        room = 0.0
        for flowable in flowables:
            if isinstance(flowable, OrphanFreeTable):
                flowable.wrap(self.width, SECTION_START_LIMIT)
                room += sum(flowable._rowHeights[:flowable.repeatRows + OrphanFreeTable.MIN_ROWS]) + 0.5 * cm
                break
            if not isinstance(flowable, (RtlParagraph, Gap)):  # figures, charts: they keep themselves together
                break
            room += (flowable.getSpaceBefore() + flowable.wrap(self.width, SECTION_START_LIMIT)[1]
                     + flowable.getSpaceAfter())
            if room >= SECTION_START_LIMIT:
                break
        return min(max(room, SECTION_START_ROOM), SECTION_START_LIMIT)

    def letterhead(self, head: Letterhead) -> list:
        """«بسمه تعالی» over the emblem; the issuing body on the reading side, the number, date and
        classification on the other, as on an official letter."""
        emblem: object = Spacer(1, 1)
        if head.emblem is not None:
            try:
                picture = Image(io.BytesIO(head.emblem))
                scale = 2.2 * cm / max(picture.imageWidth, picture.imageHeight)
                emblem = Image(io.BytesIO(head.emblem), width=picture.imageWidth * scale,
                               height=picture.imageHeight * scale)
            except (OSError, ValueError):  # an unreadable picture (checked when chosen): the letterhead goes without it
                emblem = Spacer(1, 1)
        issuer = RtlParagraph(head.issuer, replace(SUBTITLE, font=BOLD, size=11, leading=18, align="start"), self.rtl)
        fields = [RtlParagraph(f"{label}: {value}", replace(BODY, align="start"), self.rtl)
                  for label, value in head.fields]
        cells = [fields, emblem, issuer] if self.rtl else [issuer, emblem, fields]  # the issuer on the reading side
        table = PdfTable([cells], colWidths=[self.width * 0.38, self.width * 0.24, self.width * 0.38])
        table.setStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("ALIGN", (1, 0), (1, 0), "CENTER"), ("LINEBELOW", (0, 0), (-1, 0), 0.6,
                                                              colors.HexColor("#1d3557"))])
        return [RtlParagraph(head.invocation, replace(SUBTITLE, size=12, leading=20), self.rtl), table,
                Spacer(1, 3 * cm)]

    def block(self, block) -> list:
        if isinstance(block, Paragraph):
            return [RtlParagraph(block.text, NOTE if block.note else BODY, self.rtl)]
        if isinstance(block, Figures):
            return [self.figures(block)]
        if isinstance(block, Table):
            return self.table(block)
        if isinstance(block, Charts):
            return self.charts(block)
        raise TypeError(f"unknown block {block!r}")

    def figures(self, block: Figures) -> PdfTable:
        cells = [[RtlParagraph(self.cells.text(value), FIGURE_VALUE, self.rtl),
                  RtlParagraph(label, FIGURE_LABEL, self.rtl)]
                 for label, value in block.items]
        if self.rtl:
            cells.reverse()
        table = PdfTable([cells], colWidths=[self.width / len(cells)] * len(cells))
        table.setStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#ced4da")),
                        ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#ced4da")),
                        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f8f9fa")),
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
        return KeepTogether([table, Gap(8)])

    def table(self, block: Table) -> list:
        if not block.rows:
            return [RtlParagraph(block.empty_text or self.report.chrome.no_data, NOTE, self.rtl)]
        total = sum(c.width for c in block.columns)
        widths = [self.width * c.width / total for c in block.columns]
        rows = [[self.cells.text(cell) for cell in row] for row in block.rows]
        tones = [str(t) if t is not Tone.PLAIN else "" for t in block.tones]
        return [rtl_table([c.title for c in block.columns], rows, widths, numeric=[c.numeric for c in block.columns],
                          rtl=self.rtl, tones=tones), Gap(8)]

    def charts(self, block: Charts) -> list:
        images: list = []
        for chart in block.charts:
            room = self.width if len(block.charts) == 1 else self.width / 2 - 4
            images.append(PendingChart(chart, self.style, self.tickets.get(id(chart)), room))
        if len(images) == 1:
            return [images[0], Gap(6)]
        rows = [images[i:i + 2] for i in range(0, len(images), 2)]
        for row in rows:
            if len(row) == 1:
                row.append(Spacer(1, 1))  # not an empty string: a Table draws strings in Helvetica
            if self.rtl:
                row.reverse()
        table = PdfTable(rows, colWidths=[self.width / 2] * 2)
        table.setStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                        ("VALIGN", (0, 0), (-1, -1), "TOP")])
        return [table, Gap(6)]


def _numbered_canvas(report: Report, progress: TaskProgress, index: PageIndex):
    """A canvas that holds its pages until the end so that each can say "page n of m", and the table of
    contents the page each section starts on."""
    cells = CellFormat(persian_digits=report.rtl, unbounded=report.chrome.unbounded)

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            progress.step(len(self._pages), 0, "")
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if self._pageNumber > 1:
                    self._furniture(total)
                super().showPage()
            self._contents_numbers()
            super().save()

        def _contents_numbers(self) -> None:
            for section in index.slots:
                # A form shows only what lies in its box (by default the page, from 0 up): a number drawn
                # leftwards of its line's end (left to right) lay outside it — extractable, but invisible.
                self.beginForm(contents_form(section), lowerx=-72, lowery=-36, upperx=72, uppery=36)
                self.setFont(REGULAR, 11)
                self.setFillColor(colors.HexColor("#212529"))
                shown = cells.number(index.pages[section]) if section in index.pages else ""
                if report.rtl:
                    self.drawString(0, 0, shown)
                else:
                    self.drawRightString(0, 0, shown)
                self.endForm()

        def _furniture(self, total: int) -> None:
            width, height = self._pagesize
            self.saveState()
            self.setFont(REGULAR, 8)
            self.setFillColor(colors.HexColor("#5c677d"))
            self.setStrokeColor(colors.HexColor("#ced4da"))
            top = height - MARGIN + 14
            left_text, right_text = cells.date(report.as_of), report.province
            if not report.rtl:
                left_text, right_text = right_text, left_text
            draw_line(self, width - MARGIN, top, right_text, report.rtl, "right")
            draw_line(self, width / 2, top, f"{report.title} — {report.period_label}", report.rtl, "centre")
            draw_line(self, MARGIN, top, left_text, report.rtl)
            self.line(MARGIN, top - 5, width - MARGIN, top - 5)
            bottom = MARGIN - 22
            self.line(MARGIN, bottom + 12, width - MARGIN, bottom + 12)
            page = report.chrome.page.format(page=cells.number(self._pageNumber), pages=cells.number(total))
            draw_line(self, width / 2, bottom, page, report.rtl, "centre")
            self.restoreState()

    return NumberedCanvas


def pdf_bytes(report: Report, progress: TaskProgress = NO_PROGRESS) -> bytes:
    """The report as PDF bytes (the preview uses them; :func:`write_pdf` writes them to a file)."""
    register_fonts()
    buffer = io.BytesIO()
    size = landscape(A4) if report.landscape else A4
    document = BaseDocTemplate(buffer, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                               bottomMargin=MARGIN, title=f"{report.title} — {report.period_label}",
                               author=report.province, subject=report.period_label, creator="Rasad",
                               lang="fa" if report.rtl else "en", displayDocTitle=True,
                               # the page's first font setting names Vazirmatn: no unused Helvetica in the file
                               initialFontName=REGULAR)
    frame = Frame(MARGIN, MARGIN, size[0] - 2 * MARGIN, size[1] - 2 * MARGIN, id="body", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    document.addPageTemplates([PageTemplate("cover", [frame]), PageTemplate("body", [frame])])
    index = PageIndex()
    # The charts go to the chart process first: it draws them while the pages before them are laid out.
    charts = report.charts()
    tickets = dict(zip(map(id, charts), send_charts(charts, chart_style(report)), strict=True))
    try:
        story = _Story(report, frame._width, progress, index, tickets).build()
        document.build(story, canvasmaker=_numbered_canvas(report, progress, index))
    finally:  # a report cancelled or failed on the way leaves none of its charts' answers behind
        chart_process().forget(tickets.values())
    return buffer.getvalue()


def write_pdf(report: Report, path: Path, progress: TaskProgress = NO_PROGRESS, record: Recording | None = None) -> Path:
    return write_atomically(Path(path), lambda: pdf_bytes(report, progress), record)
