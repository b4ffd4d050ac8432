"""Charts in the PDF are vector drawings whose text stays text; saved charts are print-sharp; tick labels of
an axis never repeat; the PDF names its title, author and language and holds only the fonts it uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.charts.indicators import draw_trend
from desktop.charts.style import PERSIAN, PRINT_DPI, new_figure
from desktop.clock import FixedClock
from desktop.domain.indicators import indicator
from desktop.domain.jalali import JalaliPeriod
from desktop.indicators.views import IndicatorTrend, TrendSeries
from desktop.reports.document import Report
from desktop.reports.language import ReportLanguage
from desktop.reports.pdf_writer import pdf_bytes
from desktop.reports.service import ReportKind, ReportRequest, ReportService
from desktop.store.database import Database
from tests.reports.sample import PROJECTS, sample_report


@pytest.fixture(scope="module")
def sample_pdf() -> bytes:
    return pdf_bytes(sample_report())


def _page_text(pdf: bytes, page: int) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return document[page].get_textpage().get_text_range()
    finally:
        document.close()


def test_a_charts_labels_are_text_in_the_pdf_not_a_picture(sample_pdf: bytes) -> None:
    text = _page_text(sample_pdf, 2)  # the page of the driver-project chart
    for project in PROJECTS:
        assert project.title in text
    assert "برنامه" in text and "واقعی" in text  # its legend
    assert b"/Subtype /Image" not in sample_pdf


def test_the_pdf_names_its_title_author_and_language_and_holds_only_the_fonts_it_uses(sample_pdf: bytes) -> None:
    import pypdfium2 as pdfium

    report = sample_report()
    document = pdfium.PdfDocument(sample_pdf)
    try:
        metadata = document.get_metadata_dict()
    finally:
        document.close()
    assert report.title in metadata["Title"] and report.period_label in metadata["Title"]
    assert metadata["Author"] == report.province
    assert b"/Lang (fa)" in sample_pdf
    assert b"Helvetica" not in sample_pdf
    assert sample_pdf.count(b"/FontFile2") == sample_pdf.count(b"/BaseFont")  # every font embedded, none named only


def test_tick_labels_of_an_axis_never_repeat() -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    months = tuple(JalaliPeriod.parse(f"1405-{m:02d}") for m in range(1, 7))
    values = (67.2, 67.4, 67.9, 68.1, 67.6, 67.5)  # a narrow range: ticks every half percent
    trend = IndicatorTrend(indicator("satisfaction"), months, (TrendSeries("province", 1, "قم", values),))
    figure = new_figure(4.2, 2.8)
    axes = figure.add_subplot(1, 1, 1)
    draw_trend(axes, trend, [p.code for p in months], PERSIAN, threshold_label="آستانه",
               incomplete_label="داده ناقص")
    FigureCanvasAgg(figure).draw()
    labels = [label.get_text() for label in axes.get_yticklabels() if label.get_text()]
    assert len(labels) >= 3
    assert len(set(labels)) == len(labels), labels


def test_saved_charts_are_drawn_at_print_resolution(demo_database: Database, clock: FixedClock,
                                                    tmp_path: Path) -> None:
    from PIL import Image

    service = ReportService(demo_database, clock)
    report = service.build(ReportRequest(ReportKind.STATUS, JalaliPeriod.parse("1405-H1")), ReportLanguage(rtl=True))
    charts = {chart.name: chart for chart in report.charts()}
    for path in service.save_charts(report, tmp_path, "png"):
        chart = next(c for name, c in charts.items() if path.stem.endswith(name))
        with Image.open(path) as image:
            assert image.size == (round(chart.width_inches * PRINT_DPI), round(chart.height_inches * PRINT_DPI))


def test_a_trend_draws_its_incomplete_periods_hollow_on_a_dashed_line_with_a_legend_entry() -> None:
    months = tuple(JalaliPeriod.parse(f"1405-{m:02d}") for m in range(1, 5))
    series = TrendSeries("branch", 1, "شعبه ۱", (90.0, 95.0, 80.0, 85.0), (True, True, False, True))
    trend = IndicatorTrend(indicator("clearance_rate"), months, (series,))
    figure = new_figure(4.2, 2.8)
    axes = figure.add_subplot(1, 1, 1)
    draw_trend(axes, trend, [p.code for p in months], PERSIAN, threshold_label="آستانه",
               incomplete_label="داده ناقص")
    hollow = [line for line in axes.get_lines() if line.get_gid() == "incomplete"]
    assert [list(line.get_ydata()) for line in hollow] == [[80.0]]
    assert hollow[0].get_markerfacecolor() == "white"
    dashed = [line for line in axes.get_lines() if line.get_linestyle() == "--" and len(line.get_xdata()) == 4]
    assert dashed  # the segments to and from the incomplete month are dashed (the solid line breaks there)
    solid = next(line for line in axes.get_lines() if line.get_label() == "شعبه ۱")
    assert [v == v for v in solid.get_ydata()] == [True, True, False, True]
    assert "داده ناقص" in [text.get_text() for text in axes.get_legend().get_texts()]


def test_a_complete_trend_has_no_incomplete_legend_entry() -> None:
    months = tuple(JalaliPeriod.parse(f"1405-{m:02d}") for m in range(1, 4))
    trend = IndicatorTrend(indicator("clearance_rate"), months,
                           (TrendSeries("branch", 1, "شعبه ۱", (90.0, 95.0, 80.0), (True, True, True)),))
    figure = new_figure(4.2, 2.8)
    axes = figure.add_subplot(1, 1, 1)
    draw_trend(axes, trend, [p.code for p in months], PERSIAN, threshold_label="آستانه",
               incomplete_label="داده ناقص")
    assert "داده ناقص" not in [text.get_text() for text in axes.get_legend().get_texts()]


def _new_provinces_status_report(path: Path, clock: FixedClock, titled: str | None = None) -> Report:
    """The status report of H1 1405 of a province just set up (its reference plans seeded, no activity done);
    ``titled``: the first driver project and the first plan given that title before."""
    from sqlalchemy import select

    from desktop.organisation.service import DistrictDraft, OrganisationService, SetupForm
    from desktop.planning.reference_seed import seed_reference_plans
    from desktop.store.database import open_database
    from desktop.store.models import DriverProject, Plan

    database = open_database(path)
    try:
        with database.session() as session:
            seed_reference_plans(session, 1405)
            if titled is not None:
                session.flush()
                session.scalar(select(DriverProject).where(DriverProject.number == 1)).title = titled
                session.scalar(select(Plan).limit(1)).title = titled
        OrganisationService(database).complete_setup(SetupForm(
            province_code="QOM", province_name="قم", user_name="دبیر",
            districts=(DistrictDraft("01", "حوزه قضایی قم", (("101", "شعبه ۱۰۱", "حقوقی"),)),)))
        return ReportService(database, clock).build(ReportRequest(ReportKind.STATUS, JalaliPeriod.parse("1405-H1")),
                                                    ReportLanguage())
    finally:
        database.close()


def test_the_status_reports_driver_chart_names_a_project_without_activities(tmp_path: Path, clock: FixedClock) -> None:
    """A province just set up: its seeded driver projects have no activity, and an empty row would read as 0 %."""
    report = _new_provinces_status_report(tmp_path / "new.sqlite3", clock)
    [chart] = [chart for chart in report.charts() if chart.name == "driver-projects"]
    axes = new_figure(chart.width_inches, chart.height_inches).add_subplot(1, 1, 1)
    chart.draw(axes, PERSIAN)
    titles = [label.get_text() for label in axes.get_yticklabels()]
    assert len(titles) == 10 and all(title.endswith(" (no activities)") for title in titles)


@pytest.mark.parametrize(("language", "days", "cases"), [("fa", "روز", "پرونده"), ("en", "Days", "Cases")],
                         ids=["fa", "en"])
def test_the_status_reports_trends_name_the_unit_of_their_values(demo_database: Database, clock: FixedClock,
                                                                   language: str, days: str, cases: str) -> None:
    """Days and cases beside the value axis, in the report's language; a percent says it on every tick."""
    from desktop.domain.indicators import Unit
    from desktop.translations import Language, translate

    lang = ReportLanguage(lambda context, text, **params: translate(Language(language), context, text, **params),
                          rtl=language == "fa")
    report = ReportService(demo_database, clock).build(ReportRequest(ReportKind.STATUS, JalaliPeriod.parse("1405-H1")),
                                                       lang)
    trends = [chart for chart in report.charts() if chart.name.startswith("trend-")]
    units = {indicator(chart.name.removeprefix("trend-")).unit for chart in trends}
    assert {Unit.DAYS, Unit.COUNT, Unit.PERCENT} <= units
    for chart in trends:
        axes = new_figure(chart.width_inches, chart.height_inches).add_subplot(1, 1, 1)
        chart.draw(axes, PERSIAN)
        unit = indicator(chart.name.removeprefix("trend-")).unit
        assert axes.get_ylabel() == {Unit.DAYS: days, Unit.COUNT: cases}.get(unit, ""), chart.name


def test_a_driver_project_and_a_plan_titled_as_math_are_drawn_as_typed_in_the_report(tmp_path: Path,
                                                                                      clock: FixedClock) -> None:
    """A secretary may type "$...$" in a title: matplotlib would parse it as math and fail the whole chart (and the
    report) on an unbalanced one; every chart text is data, drawn as typed (desktop/charts/style.py)."""
    from desktop.charts.style import figure_bytes

    title = r"$\frac{a}{$"
    report = _new_provinces_status_report(tmp_path / "new.sqlite3", clock, titled=title)
    [chart] = [chart for chart in report.charts() if chart.name == "driver-projects"]
    figure = new_figure(chart.width_inches, chart.height_inches)
    axes = figure.add_subplot(1, 1, 1)
    chart.draw(axes, PERSIAN)
    assert figure_bytes(figure, "png")
    assert any(label.get_text().startswith(title) for label in axes.get_yticklabels())
    import pypdfium2 as pdfium

    pdf = pdf_bytes(report)
    pages = len(pdfium.PdfDocument(pdf))
    assert any(title in _page_text(pdf, page) for page in range(pages))
