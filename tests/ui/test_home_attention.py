"""The overview says what needs attention, each item a link to where it is dealt with; on day one it points
to the first steps instead of showing EV 0 % and SPI 0.00."""

from __future__ import annotations

import pytest

from desktop.context import AppServices
from desktop.ui.main_window import MainWindow
from tests.ui.text_layout import visual_spans

pytestmark = pytest.mark.gui


def open_window(qtbot, services: AppServices, ui_settings) -> MainWindow:
    window = MainWindow(ui_settings, services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.page("home").is_loaded, timeout=20_000)
    return window


def test_needs_attention_links_overdue_resolutions_activities_behind_and_units_at_risk(
        qtbot, demo_services: AppServices, ui_settings) -> None:
    window = open_window(qtbot, demo_services, ui_settings)
    home = window.page("home")
    links = home.attention.links()
    assert "resolutions:overdue" in links
    assert any(link.startswith("activity:") for link in links)
    unit_links = [link for link in links if link.startswith("unit:")]
    assert unit_links and len(home.at_risk()) >= len(unit_links)

    home.attention.link_activated.emit("resolutions:overdue")
    meetings = window._stack.currentWidget()
    assert meetings is window.page("meetings")
    rows = meetings.resolution_rows()
    assert rows and all(row.days_overdue > 0 for row in rows)

    level, unit_id = unit_links[0].split(":")[1:]
    home.attention.link_activated.emit(unit_links[0])
    indicators = window.page("indicators")
    assert window._stack.currentWidget() is indicators
    assert indicators.current_table().period.kind.value == "month"
    selected = indicators.view.currentIndex()
    if level == "branch":
        assert indicators.model.row_at(selected.row()).unit_id == int(unit_id)
    else:
        assert indicators.breadcrumb.crumbs()[-1].key == f"district:{unit_id}"

    activity = next(link for link in links if link.startswith("activity:"))
    home.attention.link_activated.emit(activity)
    plans = window.page("plans")
    assert window._stack.currentWidget() is plans
    assert plans.activity_panel.activity_id() == int(activity.split(":")[1])


def test_day_one_shows_no_alarming_figures_and_points_to_the_first_steps(qtbot, services: AppServices,
                                                                         ui_settings) -> None:
    window = open_window(qtbot, services, ui_settings)
    home = window.page("home")
    assert home.no_progress_yet()
    assert home._overall.value_text() == "—" and home._spi.value_text() == "—"
    assert home.getting_started.isVisible()
    assert set(home.getting_started.links()) == {"page:plans", "page:imports", "page:meetings"}
    home.getting_started.link_activated.emit("page:imports")
    assert window._stack.currentWidget() is window.page("imports")
    assert not home.at_risk()


def test_persian_titles_in_the_english_overviews_links_read_in_order_with_their_figures(
        qtbot, demo_services: AppServices, ui_settings) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop.ui.language import Language, install_language

    app = QApplication.instance()
    install_language(app, Language.ENGLISH)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    try:
        window = open_window(qtbot, demo_services, ui_settings)
        home = window.page("home")
        item = next(i for i in home.attention.items() if any(link.link.startswith("activity:") for link in i.links))
        assert len(item.links) >= 2
        separator = ", "
        line = f"{item.heading} {separator.join(link.text for link in item.links)} {item.more}"
        summary = home.summary()
        title_of = {f"activity:{a.id}": a.title for a in (*summary.behind, *summary.behind_unreported)}
        titles = [title_of[link.link] for link in item.links]
        pieces = []
        for link, title in zip(item.links, titles, strict=True):
            figure = link.text[link.text.rindex("("):]
            pieces += [title, figure]
        spans = visual_spans(line, pieces, home.attention.font())
        # read left to right: each title, then its figure, then the next title — never swapped
        for (_left, right), (next_left, _next_right) in zip(spans, spans[1:], strict=False):
            assert right <= next_left + 0.5, (line, spans)
    finally:
        install_language(app, Language.PERSIAN)
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)


def test_an_activity_behind_with_a_progress_report_names_its_spi(
        qtbot, demo_services: AppServices, ui_settings) -> None:
    home = open_window(qtbot, demo_services, ui_settings).page("home")
    item = next(i for i in home.attention.items() if any(link.link.startswith("activity:") for link in i.links))
    behind = {f"activity:{activity.id}": activity for activity in home.summary().behind}
    ranked = [link for link in item.links if link.link in behind]
    assert ranked  # the ranked first; one with no progress report after them (the next test)
    for link in ranked:
        activity = behind[link.link]
        assert activity.reported
        assert "شاخص زمان‌بندی" in link.text  # not a bare «(۰٫۰۰)»
        # once "(SPI 0.00; no progress reported yet)" for a reported 0 % and no report alike: a reported one says
        # its SPI only (the unreported ones are listed apart: the next test)
        assert "هنوز" not in link.text


def _behind_and_unreported(services: AppServices) -> dict[str, int]:
    """One program under a seeded solution: a reported 0 %, a reported 60 % (both behind) and one with no
    progress report whose schedule called for all of it by TODAY."""
    from datetime import date, timedelta

    from sqlalchemy import text

    from desktop.planning.views import ActivityForm, ProgramForm
    from tests.ui.conftest import TODAY

    with services.database.reading() as session:
        solution = session.execute(text("SELECT id FROM solution ORDER BY id LIMIT 1")).scalar_one()
    plans = services.plans
    program = plans.create_program(ProgramForm(solution, "TD-S01-P9", "برنامهٔ آزمون"))
    half = (TODAY - timedelta(days=50), TODAY + timedelta(days=50))
    ids = {
        "zero": plans.create_activity(ActivityForm(program, "1", "فعالیت صفر گزارش‌شده", 1, *half)),
        "sixty": plans.create_activity(ActivityForm(program, "2", "فعالیت شصت درصد", 1, date(2026, 1, 1),
                                                    date(2026, 6, 30))),
        "unreported": plans.create_activity(ActivityForm(program, "3", "فعالیت بی‌گزارش", 1, date(2026, 1, 1),
                                                         date(2026, 8, 31))),
    }
    plans.record_progress(ids["zero"], 0, date(2026, 11, 1))
    plans.record_progress(ids["sixty"], 60, date(2026, 11, 1))
    return ids


def test_an_activity_with_no_progress_report_reads_not_reported_apart_never_0_percent(
        qtbot, services: AppServices, ui_settings) -> None:
    """Partial data is normal: an activity with no progress report is not ranked at 0 % among the reported
    ones; it is listed apart, its actual progress "not reported" and its SPI "—" - while a reported 0 % is a
    known figure, ranked, SPI 0.00."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView

    ids = _behind_and_unreported(services)
    home = open_window(qtbot, services, ui_settings).page("home")

    def cells(name: str) -> dict[int, dict[str, str]]:
        model = home.findChild(QAbstractItemView, name).model()
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        return {model.row_at(r).id: {headers[c]: model.data(model.index(r, c)) for c in range(len(headers))}
                for r in range(model.rowCount())}

    ranked, apart = cells("behind"), cells("behindUnreported")
    assert list(ranked) == [ids["zero"], ids["sixty"]]
    assert (ranked[ids["zero"]]["واقعی"], ranked[ids["zero"]]["SPI"]) == ("۰٪", "۰٫۰۰")
    assert ids["unreported"] in apart  # with the seeded reference activities, none reported either
    row = apart[ids["unreported"]]
    assert (row["واقعی"], row["SPI"]) == ("گزارش نشده", "—")
    assert row["کد"] == "TD-S۰۱-P۹ › ۳"  # under its program: "3" stands in many programs
    assert home.findChild(QAbstractItemView, "behindUnreported").isVisible()

    links = {link.link: link.text for item in home.attention.items() for link in item.links}
    unreported = links[f"activity:{ids['unreported']}"]
    assert "هنوز پیشرفتی گزارش نشده" in unreported and "شاخص زمان‌بندی" not in unreported and "۰" not in unreported
    zero = links[f"activity:{ids['zero']}"]
    assert "شاخص زمان‌بندی ۰٫۰۰" in zero and "هنوز" not in zero


def test_a_count_of_a_whole_reads_as_the_indicators_page_words_it_in_persian(
        qtbot, demo_services: AppServices, ui_settings) -> None:
    """«۶ از ۱۹», as the indicators page's «۷ از ۷ شعبه کامل»: the overview wrote «۶ / ۱۹» in its milestones,
    finished activities and complete branches."""
    import re

    from PySide6.QtCore import Qt

    window = open_window(qtbot, demo_services, ui_settings)
    home = window.page("home")
    part_of = re.compile(r"^[۰-۹٬]+ از [۰-۹٬]+$")
    milestones = home.findChild(type(home.behind_lists.behind_view), "milestones")
    model = milestones.model()
    column = model.columnCount() - 1
    cells = [model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())]
    assert cells and all(part_of.match(text) for text in cells), cells
    for card in (home._activities, home._statistics_card):
        assert part_of.match(card.value_text()), card.value_text()


def test_a_cut_through_a_tie_of_activities_behind_is_said_on_the_overview_and_in_needs_attention(
        qtbot, services: AppServices, ui_settings) -> None:
    """Twelve activities behind by the same amount (tests/behind_ties_support.py): the overview's ten list them by
    code in natural order and say how many more are behind, three of them by as much as the tenth; "Needs
    attention" (one line) counts every one behind it does not name - once 6 of 9 tied were shown, the others hidden
    with nothing said."""
    from PySide6.QtWidgets import QAbstractItemView
    from sqlalchemy import text

    from desktop.domain.persian import to_persian_digits
    from tests.behind_ties_support import LISTED, TIED_UNLISTED, UNLISTED, add_tie

    with services.database.reading() as session:
        solution = session.execute(text("SELECT id FROM solution ORDER BY id LIMIT 1")).scalar_one()
    ids = add_tie(services.plans, solution)
    home = open_window(qtbot, services, ui_settings).page("home")

    ranked = home.findChild(QAbstractItemView, "behind").model()
    assert tuple(ranked.row_at(row).code for row in range(ranked.rowCount())) == LISTED
    assert home.behind_lists.ranked_note() == to_persian_digits(
        f"{UNLISTED} فعالیت دیگرِ دارای گزارش پیشرفت نیز از برنامه عقب‌اند و در فهرست نیامده‌اند؛ "
        f"{TIED_UNLISTED} فعالیت از آن‌ها به همان اندازهٔ آخرین فعالیت فهرست عقب‌اند.")

    item = next(i for i in home.attention.items() if any(link.link.startswith("activity:") for link in i.links))
    code_of = {f"activity:{activity_id}": code for code, activity_id in ids.items()}
    named = [code_of[link.link] for link in item.links if link.link in code_of]
    assert named == list(LISTED[:len(named)]) and len(named) >= 2  # the one further behind, then the tie
    # one line, so that the driver projects' chart stays above the fold: the tie is the overview list's to say
    assert not any("به همین اندازه" in link.text for link in item.links)
    summary = home.summary()
    left = len(LISTED) + UNLISTED + summary.behind_unreported_total - len(item.links)
    assert item.more == to_persian_digits(f"و {left} مورد دیگر")
