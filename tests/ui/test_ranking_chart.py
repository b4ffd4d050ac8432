"""The window's ranking chart, drawn with Qt: the bars `ranking_bars` chooses (the PDF's too) in the best / worst /
plain colours, the gap of a long ranking marked, incomplete units never drawn, right to left in Persian, a click
on a bar naming its unit. Checked on the painted pixels, not only on what the chart says it drew."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QTextLayout, QTextOption
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from desktop.charts.indicators import BEST_COLOR, PLAIN_COLOR, WORST_COLOR, ranking_bars
from desktop.domain.indicators import Unit
from desktop.indicators.views import IndicatorRow, MeasureTotals
from desktop.ui.charts.ranking_chart import RankingChart
from desktop.ui.formatting import format_number
from desktop.ui.language import Language, install_language

pytestmark = pytest.mark.gui

BAR_COLORS = {BEST_COLOR, WORST_COLOR, PLAIN_COLOR}
RANKED = 40
MARKS = "\u200e\u200f\u202a\u202b\u202c"  # direction marks and embeddings: zero-width
LONG_NAME = "شعبه ۱۰۴ دادگاه عمومی حقوقی و انقلاب شهرستان بسیار دور با نامی که در ستون نام‌ها جا نمی‌شود"


def ranking(count: int = RANKED, incomplete: int = 3) -> list[IndicatorRow]:
    """``count`` ranked units, best first (the best and worst three marked), then ``incomplete`` units that keep a
    value - larger than any ranked one, so a bar drawn for them could not hide - but have no rank."""
    rows = [IndicatorRow(n, f"{n:03}", LONG_NAME if n == 2 else f"شعبه {n}", "حوزه", 100.0 - n, n,
                         n <= 3, n > count - 3, MeasureTotals())
            for n in range(1, count + 1)]
    rows += [IndicatorRow(1000 + n, f"9{n:02}", f"ناقص {n}", "حوزه", 500.0, None, False, False, MeasureTotals(),
                          complete=False) for n in range(incomplete)]
    return rows


@pytest.fixture
def chart(qtbot) -> RankingChart:
    chart = RankingChart()
    qtbot.addWidget(chart)
    chart.resize(560, 420)
    chart.show()
    assert QTest.qWaitForWindowExposed(chart)
    return chart


def painted(chart: RankingChart) -> QImage:
    image = chart.grab().toImage()
    assert image.width() == chart.width()  # one image pixel per widget pixel (offscreen, ratio 1)
    return image


def colour_at(image: QImage, x: float, y: float) -> str:
    return QColor(image.pixel(int(x), int(y))).name()


def bar_bands(image: QImage) -> list[tuple[int, str]]:
    """(first pixel row, colour) of every horizontal band of bar-coloured pixels, top to bottom."""
    bands: list[tuple[int, str]] = []
    inside = False
    for y in range(image.height()):
        colours = {QColor(image.pixel(x, y)).name() for x in range(0, image.width(), 2)} & BAR_COLORS
        if colours and not inside:
            bands.append((y, min(colours)))
        inside = bool(colours)
    return bands


def test_a_long_ranking_paints_the_bars_of_ranking_bars_best_green_worst_red_with_the_gap_marked(
        chart: RankingChart) -> None:
    rows = ranking()
    chart.draw_rows(rows, Unit.PERCENT, None)
    shown = ranking_bars(rows)
    assert chart.drawn_rows() == list(reversed(shown))  # bottom to top: the worst lowest, the best highest
    image = painted(chart)
    expected = [BEST_COLOR if r.is_best else WORST_COLOR if r.is_worst else PLAIN_COLOR for r in shown if r]
    bands = bar_bands(image)
    assert [colour for _, colour in bands] == expected  # as many bars as ranking_bars, in its order and colours
    for row in (r for r in shown if r is not None):
        centre = chart.bar_rect(row).center()
        assert colour_at(image, centre.x(), centre.y()) == expected[[r for r in shown if r].index(row)]
    gap = shown.index(None)
    above, below = shown[gap - 1], shown[gap + 1]
    between = (chart.bar_rect(above).bottom() + chart.bar_rect(below).top()) / 2
    assert colour_at(image, chart.bar_rect(below).center().x(), between) not in BAR_COLORS  # shaded, no bar
    left_out = format_number(RANKED - len(expected))
    assert left_out in chart.bar_labels()[len(shown) - 1 - gap]  # "… ۱۶ more units between …", in Persian
    assert any(left_out in line for line in chart.text_alternative())


def test_units_with_insufficient_data_get_no_bar_however_large_their_value(chart: RankingChart) -> None:
    rows = ranking(count=5, incomplete=2)
    chart.draw_rows(rows, Unit.DAYS, None)
    drawn = [row.unit_id for row in chart.drawn_rows() if row is not None]
    assert sorted(drawn) == [1, 2, 3, 4, 5]
    assert len(bar_bands(painted(chart))) == 5
    assert not any("ناقص" in label for label in chart.bar_labels() + chart.text_alternative())


def test_in_persian_values_grow_leftwards_with_the_names_on_the_right_and_in_english_the_other_way(
        qtbot) -> None:
    rows = ranking(count=6, incomplete=0)
    app = QApplication.instance()
    sides = {}
    try:
        for language in (Language.PERSIAN, Language.ENGLISH):
            install_language(app, language)
            chart = RankingChart()
            qtbot.addWidget(chart)
            chart.resize(500, 300)
            chart.show()
            chart.draw_rows(rows, Unit.PERCENT, 90.0)
            image = painted(chart)
            best, worst = chart.bar_rect(rows[0]), chart.bar_rect(rows[-1])
            # one end of every bar stands on the zero line; the better (longer) one reaches further from it
            sides[language] = "left" if best.left() < worst.left() else "right"
            zero = best.right() if sides[language] == "left" else best.left()
            assert zero == pytest.approx(worst.right() if sides[language] == "left" else worst.left())
            # the names beyond the zero end: no bar colour there, but ink
            beyond = range(int(zero) + 8, chart.width() - 4) if sides[language] == "left" else range(4, int(zero) - 8)
            y = int(best.center().y())
            inks = [colour_at(image, x, y) for x in beyond]
            assert not set(inks) & BAR_COLORS and set(inks) - {"#ffffff"}
            axis = chart.value_axis_labels()
            assert axis and all(text.endswith("٪" if language is Language.PERSIAN else "%") for text in axis)
            digits = "".join(axis)
            assert any(d in digits for d in ("۰۱۲۳۴۵۶۷۸۹" if language is Language.PERSIAN else "0123456789"))
            assert not any(d in digits for d in ("0123456789" if language is Language.PERSIAN else "۰۱۲۳۴۵۶۷۸۹"))
            assert chart.text_alternative()[-1].endswith("۹۰٫۰٪" if language is Language.PERSIAN else "90.0%")
    finally:
        install_language(app, Language.PERSIAN)
    assert sides == {Language.PERSIAN: "left", Language.ENGLISH: "right"}


def test_a_click_on_each_bar_names_its_unit_and_a_click_on_the_gap_names_none(qtbot, chart: RankingChart) -> None:
    rows = ranking()
    chart.draw_rows(rows, Unit.PERCENT, None)
    clicked: list[int] = []
    chart.unit_clicked.connect(clicked.append)
    drawn = [row for row in chart.drawn_rows() if row is not None]
    for row in drawn:
        x, y = chart.click_position(row)
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(int(x), int(y)))
    assert clicked == [row.unit_id for row in drawn]
    gap = chart.drawn_rows().index(None)
    under = chart.bar_rect(chart.drawn_rows()[gap - 1])
    over = chart.bar_rect(chart.drawn_rows()[gap + 1])
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(under.center().x()), int((under.top() + over.bottom()) / 2)))
    assert len(clicked) == len(drawn)  # nothing opened from the gap
    x, y = chart.click_position(drawn[0])
    qtbot.mouseMove(chart, QPoint(int(x), int(y)))
    assert chart.cursor().shape() == Qt.CursorShape.PointingHandCursor
    qtbot.mouseMove(chart, QPoint(int(x), 1))
    assert chart.cursor().shape() == Qt.CursorShape.ArrowCursor


def test_a_long_name_is_elided_beside_its_bar_and_whole_in_its_tooltip(qtbot, chart: RankingChart) -> None:
    rows = ranking(count=8, incomplete=0)
    chart.draw_rows(rows, Unit.PERCENT, None)
    chart.resize(420, 300)  # narrow: the long name cannot fit
    long_row = rows[1]
    assert long_row.name == LONG_NAME
    x, y = chart.click_position(long_row)
    QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, QPoint(int(x), int(y)),
                                             chart.mapToGlobal(QPoint(int(x), int(y)))))
    assert LONG_NAME in QToolTip.text()
    assert chart.label_rect(long_row).width() <= chart.width() * 0.4 + 1
    assert chart.elided_label(long_row) != LONG_NAME and chart.elided_label(long_row).strip(MARKS).endswith("…")
    assert LONG_NAME in chart.accessibleDescription() and chart.accessibleName()


def test_the_chart_resizes_without_cutting_its_axis_labels(qtbot, chart: RankingChart) -> None:
    chart.draw_rows(ranking(), Unit.COUNT, 50.0)
    for width, height in ((300, 200), (560, 420), (900, 700)):
        chart.resize(width, height)
        image = painted(chart)
        assert len(bar_bands(image)) == len([r for r in chart.drawn_rows() if r is not None])
        for rect in chart.value_axis_label_rects():
            assert rect.left() >= 0 and rect.right() <= width and rect.bottom() <= height
        row = next(r for r in chart.drawn_rows() if r is not None)
        assert chart.row_at(QPointF(*chart.click_position(row))) == row


def test_a_single_unit_is_one_bar_of_ordinary_thickness_clickable_on_the_bar_only(qtbot, chart: RankingChart) -> None:
    province = ranking(count=1, incomplete=0)
    chart.draw_rows(province, Unit.PERCENT, None)
    bar = chart.bar_rect(province[0])
    assert bar.height() <= chart.height() / 8  # not a block filling the chart
    assert chart.row_at(bar.center()) == province[0]
    assert chart.row_at(QPointF(bar.center().x(), bar.top() - 30)) is None


@pytest.mark.parametrize(("low", "high", "most"), [(0, 137.5, 7), (0, 10.5, 5), (0, 1.26, 7), (-10.5, 5.25, 8)])
def test_value_axis_ticks_are_round_and_written_exactly(low: float, high: float, most: int) -> None:
    from decimal import Decimal

    from desktop.domain.persian import to_latin_digits
    from desktop.ui.charts.ranking_chart import tick_labels, value_ticks

    ticks = value_ticks(low, high, most)
    assert ticks[0] <= low and ticks[-1] >= high and len(ticks) <= most + 2
    written = [Decimal(to_latin_digits(text).replace("٫", ".").replace("٬", "")) for text in tick_labels(ticks, "")]
    assert written == [Decimal(str(tick)) for tick in ticks]  # 7.5 is «۷٫۵», never «۸»


def _ellipsis_left_of_the_letters(text: str, chart: RankingChart) -> bool:
    """Whether Qt draws ``text`` (in the widget's direction) with its "…" left of every Persian letter: each
    character's glyphs found by its place in the string."""
    layout = QTextLayout(text, chart.font())
    option = QTextOption()
    option.setTextDirection(chart.layoutDirection())
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()

    def left_right(index: int) -> tuple[float, float]:
        boxes = [run.boundingRect() for run in line.glyphRuns(index, 1)]
        return min(box.left() for box in boxes), max(box.right() for box in boxes)

    letters = [left_right(i) for i, c in enumerate(text) if "\u0600" <= c <= "\u06ff"]
    return left_right(text.index("…"))[1] <= min(left for left, _ in letters) + 0.5


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.PERSIAN])
def test_a_cut_persian_name_shows_its_ellipsis_where_it_is_cut_on_its_left(qtbot, language: Language) -> None:
    install_language(QApplication.instance(), language)
    try:
        chart = RankingChart()
        qtbot.addWidget(chart)
        chart.resize(420, 300)
        rows = ranking(count=8, incomplete=0)
        chart.draw_rows(rows, Unit.PERCENT, None)
        label = chart.elided_label(rows[1])
        kept = label.strip(MARKS).removesuffix("…").removesuffix("\u200d")  # Qt joins the cut letter on
        assert kept != LONG_NAME and LONG_NAME.startswith(kept)
        assert _ellipsis_left_of_the_letters(label, chart)
    finally:
        install_language(QApplication.instance(), Language.PERSIAN)
