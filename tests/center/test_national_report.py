"""The six-monthly national report (issue 16, item 3): its figures are the sums of the provinces' own figures
(Σ numerator ÷ Σ denominator) and, for progress, each province's own plan roll-up with the national figure
their mean (each province counting once), computed independently here from each province's
own database through the province's own services; incomplete provinces are never ranked; an approved half-year
uses the figures its chief justice approved; the PDF and the workbook carry those figures; the command fails
cleanly. The center is fed by real signed bundles cut by the provinces' outboxes (tests/center/national_support.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop.approvals.service import ApprovalService
from desktop.center import cli
from desktop.center.cli_output import EXIT_FAILED
from desktop.center.report import service as national_report
from desktop.center.report.data import NationalData
from desktop.center.report.indicators import center_indicators
from desktop.clock import FixedClock
from desktop.domain.access import Principal
from desktop.domain.indicators.definitions import MeasureTotals
from desktop.indicators.service import IndicatorService
from desktop.planning.dashboard import DashboardService
from desktop.reports.formatting import CellFormat
from desktop.reports.status import indicator_number
from desktop.store.models import Activity, ProgressUpdate
from tests.center.national_support import NOW, PERIOD, TODAY
from tests.reports.test_pdf_extraction import poppler_text

FA = CellFormat(persian_digits=True)


@pytest.fixture(scope="module")
def center(national_center):
    return national_center


@pytest.fixture(scope="module")
def data(center) -> NationalData:
    service, _provinces = center
    return national_report.gather(service.engine, PERIOD, NOW)


def _own_row(database, code: str):
    """The province's own figure for the half-year, by its own indicator service (one province row)."""
    table = IndicatorService(database, principal=Principal.system()).table(code, "province", PERIOD)
    (row,) = table.rows
    return row


def test_each_national_indicator_is_the_sum_of_the_provinces_own_numerators_over_their_denominators(
        center, data: NationalData) -> None:
    _service, provinces = center
    for ranking in data.rankings:
        code = ranking.definition.code
        own = {province: _own_row(p.database, code) for province, p in provinces.items()}
        expected = ranking.definition.compute(MeasureTotals.sum(
            row.totals for row in own.values() if row.value is not None))
        assert ranking.national == pytest.approx(expected, rel=1e-9), code
        assert ranking.provinces_with_data == sum(1 for row in own.values() if row.value is not None), code


def test_each_province_is_shown_with_its_own_value_and_the_approved_one_where_its_chief_justice_approved(
        center, data: NationalData) -> None:
    _service, provinces = center
    for ranking in data.rankings:
        code = ranking.definition.code
        shown = {unit.code: unit for unit in (*ranking.ranked, *ranking.insufficient)}
        for province, p in provinces.items():
            own = _own_row(p.database, code).value
            if p.approved:  # frozen figures are rounded to 6 places (desktop/approvals/snapshot.py)
                assert shown[province].approved and shown[province].value == pytest.approx(own, abs=1e-6), code
            else:
                assert not shown[province].approved and shown[province].value == pytest.approx(own), code


def test_a_province_with_a_branch_without_statistics_is_never_ranked_but_listed_as_insufficient(
        center, data: NationalData) -> None:
    _service, provinces = center
    for ranking in data.rankings:
        own_complete = {code for code, p in provinces.items()
                        if _own_row(p.database, ranking.definition.code).complete}
        if ranking.definition.from_survey:  # also every branch answered the survey: the demo's do not, always
            assert own_complete <= {"QOM", "SMN"}
        else:
            assert own_complete == {"QOM", "SMN"}  # YZD's new branch sent nothing: the province says so itself
        assert {unit.code for unit in ranking.ranked} == own_complete  # the center judges by the province's rule
        assert "YZD" in {unit.code for unit in ranking.insufficient}
        assert "YZD" not in {unit.code for unit in (*ranking.best, *ranking.worst)}
        assert all(unit.rank is None for unit in ranking.insufficient)


def test_only_the_indicator_needing_a_histogram_is_left_out_and_the_report_says_why(data: NationalData) -> None:
    assert {ranking.definition.code for ranking in data.rankings} == {d.code for d in center_indicators()}
    assert "p90_time_to_disposition" not in {ranking.definition.code for ranking in data.rankings}


def _own_counts(database, as_of: date) -> tuple[int, int, int]:
    """(activities, reported by ``as_of``, overdue on ``as_of``) read from the province's tables: its lowest-level
    activities, as its overview counts them (a parent activity is made of its sub-activities, with no report)."""
    with database.reading() as session:
        parents = set(session.scalars(select(Activity.parent_id).where(Activity.parent_id.is_not(None))))
        activities = [(activity_id, finish) for activity_id, finish in session.execute(
            select(Activity.id, Activity.planned_finish)).all() if activity_id not in parents]
        updates = session.execute(select(ProgressUpdate.activity_id, ProgressUpdate.reported_on,
                                         ProgressUpdate.percent).where(ProgressUpdate.reported_on <= as_of)
                                  .order_by(ProgressUpdate.reported_on, ProgressUpdate.id)).all()
    assert parents, "the demo provinces have sub-activities: the count must leave their parents out"
    latest = {}
    for activity_id, _on, percent in updates:
        latest[activity_id] = percent
    overdue = sum(1 for activity_id, finish in activities if finish < as_of and latest.get(activity_id, 0) < 100)
    return len(activities), sum(1 for activity_id, _f in activities if activity_id in latest), overdue


def _own_overall(database, as_of: date):  # noqa: ANN202 - the province's own Progress
    """The province's own PV / EV on ``as_of``, by its own overview service (its home page's figures)."""
    return DashboardService(database, FixedClock(as_of)).home_summary(as_of).overall


def test_each_provinces_progress_is_its_own_plan_roll_up_and_the_national_one_their_mean(
        center, data: NationalData) -> None:
    _service, provinces = center
    lines = {line.code: line for line in data.progress}
    own = {code: _own_overall(p.database, data.as_of) for code, p in provinces.items()}
    for code, p in provinces.items():
        assert (lines[code].activities, lines[code].reported, lines[code].overdue) == _own_counts(
            p.database, data.as_of)
        # the activities the province's own overview counts ("finished of total"), and the progress page's
        assert lines[code].activities == DashboardService(p.database, FixedClock(data.as_of)).home_summary(
            data.as_of).activity_count
        assert lines[code].weighted_percent == lines[code].actual == pytest.approx(own[code].actual)
        assert lines[code].planned == pytest.approx(own[code].planned)
    # each province counts once; ILM (held and refused only) and KRM (silent) have no plan data: left out
    assert {line.code for line in data.progress if line.actual is None} == {"ILM", "KRM"}
    assert data.overall.provinces_with_value == len(provinces) == 3
    assert data.national_weighted_percent == pytest.approx(sum(o.actual for o in own.values()) / len(own))
    assert data.national_planned_percent == pytest.approx(sum(o.planned for o in own.values()) / len(own))


def test_the_approved_half_year_uses_the_snapshot_the_province_sent(center, data: NationalData) -> None:
    _service, provinces = center
    frozen = ApprovalService(provinces["QOM"].database, FixedClock(TODAY),
                             principal=Principal.system()).frozen_figures(PERIOD)
    approval = {line.code: line for line in data.approvals}
    assert approval["QOM"].state == "approved" and approval["QOM"].snapshot.sha256 == frozen.sha256
    assert approval["SMN"].state is None and approval["SMN"].snapshot is None
    milestones = {(line.province, line.key): line for line in data.milestones}
    for key, values in frozen.figures["plan"]["milestones"].items():
        assert milestones[("QOM", key)].approved.status == values["status"]
        assert milestones[("QOM", key)].approved.value == values["value"]
    assert all(milestones[("SMN", key)].approved is None and not milestones[("SMN", key)].is_approved
               for key in frozen.figures["plan"]["milestones"])
    qom = next(line for line in data.progress if line.code == "QOM")
    assert qom.approved_actual == frozen.figures["plan"]["overall"]["actual"]


def test_stale_provinces_held_and_refused_bundles_and_directives_of_the_period_are_listed(data: NationalData) -> None:
    assert [line.code for line in data.stale if line.stale] == ["KRM"]
    assert {(line.province, line.sequence, line.state) for line in data.bundles} == {
        ("ILM", 3, "held"), ("ILM", 1, "rejected")}
    assert all(line.reason for line in data.bundles)
    assert [(line.province, line.sequence) for line in data.directives] == [("QOM", 1)]


def _run(center, tmp_path: Path, *args: str) -> int:
    service, _provinces = center
    return cli.main(["report", "--db", str(service.engine.url), "--period", "1405-H1", *args])


def test_the_national_report_writes_a_count_of_a_whole_as_n_of_m(data: NationalData) -> None:
    """Provinces ranked, provinces approved, solutions meeting a milestone: «۲ از ۵», as the window writes it."""
    from desktop.reports.language import ReportLanguage
    from tests.reports.test_service import slashed_counts

    report = national_report.build(data, ReportLanguage(rtl=True), NOW)
    assert slashed_counts(report) == []
    figures = [b for s in report.sections for b in s.blocks if hasattr(b, "items")][0]
    assert dict(figures.items)["Period approved"].endswith(f" of {FA.number(len(data.provinces))}")


def test_the_pdf_written_by_the_command_carries_the_national_figures(center, data: NationalData, tmp_path: Path,
                                                                    capsys) -> None:
    out = tmp_path / "national.pdf"
    assert _run(center, tmp_path, "--out", str(out)) == 0
    text = poppler_text(out.read_bytes(), tmp_path)
    assert FA.percent(data.national_weighted_percent, 1) in text
    clearance = next(r for r in data.rankings if r.definition.code == "clearance_rate")
    assert FA.text(indicator_number("clearance_rate", clearance.national)) in text
    for province in ("قم", "سمنان", "یزد", "کرمان", "ایلام"):
        assert province in text
    assert str(out) in capsys.readouterr().out


def test_the_workbook_holds_numbers_as_numbers_and_is_set_up_to_print(center, data: NationalData,
                                                                      tmp_path: Path) -> None:
    out = tmp_path / "national.xlsx"
    assert _run(center, tmp_path, "--out", str(out), "--lang", "en") == 0
    workbook = load_workbook(out)
    progress = workbook["Progress"]
    header = [cell.value for cell in progress[1]]
    rows = {row[0]: row for row in progress.iter_rows(min_row=2, values_only=True)}
    assert "Weighted progress" not in header  # one progress figure per province: its own (no flat Σ beside it)
    actual = header.index("Actual progress (EV) as now reported")
    assert rows["Whole country"][actual] == pytest.approx(data.national_weighted_percent / 100, abs=1e-4)
    unknown = {"KRM": "nothing sent yet", "ILM": "no data received"}  # never zero, never blank
    for line in data.progress:
        expected = unknown[line.code] if line.actual is None else pytest.approx(line.actual / 100, abs=1e-4)
        assert rows[line.name][actual] == expected, line.code
    assert isinstance(rows["قم"][header.index("Activities")], int)
    for sheet in workbook.worksheets:
        assert sheet.sheet_properties.pageSetUpPr.fitToPage is True, sheet.title
        assert sheet.page_setup.fitToWidth == 1, sheet.title
        if sheet is not workbook.worksheets[0]:
            assert sheet.print_title_rows == "$1:$1", sheet.title
    rankings = workbook["Rankings"]
    values = [row[3] for row in rankings.iter_rows(min_row=2, values_only=True) if row[3] is not None]
    assert values and all(isinstance(value, int | float) for value in values)


@pytest.mark.parametrize(("args", "message"), [
    (("--period", "1405-Q1", "--out", "{dir}/n.pdf"), "half-year"),
    (("--period", "junk", "--out", "{dir}/n.pdf"), "junk"),
    (("--period", "1405-H1", "--out", "{dir}/n.txt"), ".pdf or .xlsx"),
    (("--period", "1405-H1", "--out", "{dir}/missing/deeper/n.pdf", "--db", "sqlite:///{dir}/none.db"),
     "no center database"),
    (("--period", "1499-H2", "--out", "{dir}/n.pdf"), "has not begun yet"),  # once written, exit 0
])
def test_a_bad_period_file_or_database_is_one_line_and_exit_2_and_no_file(tmp_path: Path, capsys, args, message,
                                                                          center) -> None:
    service, _provinces = center
    filled = [arg.format(dir=tmp_path) for arg in args]
    db = [] if "--db" in filled else ["--db", str(service.engine.url)]
    assert cli.main(["report", *db, *filled, "--lang", "en"]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert message.lower() in err.lower() and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert list(tmp_path.rglob("*")) == []


def test_an_unwritable_file_leaves_nothing_half_written(center, tmp_path: Path, capsys) -> None:
    blocker = tmp_path / "not-a-folder"  # (the tests may run as root: a read-only folder would not stop it)
    blocker.write_bytes(b"x")
    assert _run(center, tmp_path, "--out", str(blocker / "n.pdf"), "--lang", "en") == EXIT_FAILED
    assert "could not be written" in capsys.readouterr().err
    assert sorted(path.name for path in tmp_path.iterdir()) == ["not-a-folder"]


def test_a_center_without_provinces_has_no_report(tmp_path: Path, capsys) -> None:
    from desktop.center.service import CenterService
    from desktop.sync.keys import generate_private_key

    empty = CenterService(f"sqlite:///{tmp_path / 'empty.db'}", generate_private_key())
    empty.close()
    out = tmp_path / "n.pdf"
    assert cli.main(["report", "--db", f"sqlite:///{tmp_path / 'empty.db'}", "--period", "1405-H1", "--out",
                     str(out), "--lang", "en"]) == EXIT_FAILED
    assert "no registered province" in capsys.readouterr().err
    assert not out.exists()


def test_counts_such_as_the_backlog_name_no_best_or_worst_province(data: NationalData) -> None:
    from desktop.domain.indicators.definitions import Unit

    for ranking in data.rankings:
        if ranking.definition.unit is Unit.COUNT:
            assert (ranking.best, ranking.worst) == ((), ()), ranking.definition.code
    clearance = next(r for r in data.rankings if r.definition.code == "clearance_rate")
    assert clearance.best and clearance.worst  # a rate does


def test_a_report_for_a_liaison_holds_only_his_provinces_and_their_own_sums(center) -> None:
    service, provinces = center
    mine = national_report.gather(service.engine, PERIOD, NOW, only=frozenset({"QOM", "SMN"}))
    assert mine.limited and [code for code, _ in mine.provinces] == ["QOM", "SMN"]
    assert mine.bundles == () and [line.province for line in mine.directives] == ["QOM"]
    clearance = next(r for r in mine.rankings if r.definition.code == "clearance_rate")
    own = [_own_row(provinces[code].database, "clearance_rate") for code in ("QOM", "SMN")]
    assert clearance.national == pytest.approx(clearance.definition.compute(MeasureTotals.sum(r.totals for r in own)))
    with pytest.raises(national_report.NoDataError):
        national_report.gather(service.engine, PERIOD, NOW, only=frozenset())


def test_a_report_for_a_liaison_names_its_totals_as_his_provinces_never_the_whole_country(center) -> None:
    """The cover said "not the whole country's", yet the summary read "National progress" and the tables' total
    "Whole country"."""
    from desktop.reports.language import ReportLanguage

    service, _provinces = center
    mine = national_report.gather(service.engine, PERIOD, NOW, only=frozenset({"QOM", "SMN"}))
    report = national_report.build(mine, ReportLanguage(), NOW)
    labels = [label for s in report.sections for b in s.blocks if hasattr(b, "items") for label, _ in b.items]
    columns = [column.title for _section, table in report.tables() for column in table.columns]
    cells = [cell for _section, table in report.tables() for row in table.rows for cell in row]
    paragraphs = [b.text for s in report.sections for b in s.blocks if hasattr(b, "text")]
    assert "Progress of these provinces (mean of their EV)" in labels
    assert not any("National" in label for label in labels)
    assert not any("National" in text or "national" in text for text in paragraphs), paragraphs
    assert any("The progress of these provinces is the mean of their own figures" in text for text in paragraphs)
    assert "Whole country" not in columns + cells and "These provinces" in columns and "These provinces" in cells


def test_a_province_without_plan_data_is_named_as_such_in_the_progress_chart_not_drawn_as_zero(
        center, data: NationalData, tmp_path: Path) -> None:
    """Each province without a figure has its words in the chart, never a bar of zero: KRM has sent nothing,
    ILM's bundles were only held or refused (neither is "no plan data": nothing of theirs was applied)."""
    from desktop.reports.document import Charts
    from desktop.reports.language import ReportLanguage

    without = [line.code for line in data.progress if line.actual is None]
    assert sorted(without) == ["ILM", "KRM"], "the test center has provinces whose figures did not arrive"
    report = national_report.build(data, ReportLanguage(rtl=False), NOW)
    (chart,) = next(block for section in report.sections for block in section.blocks
                    if isinstance(block, Charts)).charts
    names, words = chart.draw.keywords["names"], chart.draw.keywords["words"]
    values = dict(zip(names, chart.draw.keywords["values"], strict=True))
    assert values["کرمان"] is None and values["ایلام"] is None
    shown = dict(zip(names, words, strict=True))
    assert (shown["کرمان"], shown["ایلام"]) == ("nothing sent yet", "no data received")
    out = tmp_path / "national-en.pdf"
    assert _run(center, tmp_path, "--out", str(out), "--lang", "en") == 0
    text = poppler_text(out.read_bytes(), tmp_path)
    assert "nothing sent yet" in text and "no data received" in text
