"""Import a case listing through the window and find the worst branch in the ranking, then drill down and
export; the dashboard reads Σ/Σ figures from the indicator service."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox

from desktop.context import AppServices
from desktop.domain.jalali import PeriodKind
from desktop.ui.changes import ChangeNotifier
from desktop.ui.pages.imports import ImportsPage
from desktop.ui.pages.indicators import IndicatorsPage

CASE_HEADERS = ("شماره پرونده", "کد شعبه", "نوع پرونده", "تاریخ ثبت", "تاریخ ارجاع", "تاریخ اولین وقت رسیدگی",
                "تعداد جلسات", "تاریخ مختومه")
BRANCH_HEADERS = ("کد شعبه", "نام شعبه", "حوزه قضایی", "نوع واحد")


def write_csv(path: Path, headers, rows) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def case_rows() -> list[tuple[str, ...]]:
    """Mehr 1405: branch 201 disposes of 9 of its 10 new cases, branch 202 of 5, branch 203 of 1."""
    rows = []
    for branch, disposed in (("201", 9), ("202", 5), ("203", 1)):
        for n in range(10):
            rows.append((f"{branch}-{n}", branch, "حقوقی", "1405/07/02", "1405/07/02 09:30", "1405/07/10", "1",
                         "1405/07/25" if n < disposed else ""))
    return rows


@pytest.fixture
def silent_messages(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *a: shown.append(text))
    return shown


def import_through_page(qtbot, page: ImportsPage, path: Path) -> None:
    page.import_path(path)
    qtbot.waitUntil(lambda: not page.is_importing(), timeout=20_000)


def test_before_any_statistics_the_page_says_so_is_loaded_and_offers_nothing_to_export(
        qtbot, services: AppServices) -> None:
    page = IndicatorsPage(services, ChangeNotifier())
    qtbot.addWidget(page)
    assert page.current_table() is None and page.is_loaded() and page.is_complete()
    assert not page.export_button.isEnabled()
    assert page.model.rowCount() == 0


def test_importing_a_case_listing_through_the_window_shows_the_worst_branch(
        qtbot, services: AppServices, tmp_path: Path, silent_messages: list[str]) -> None:
    notifier = ChangeNotifier()
    imports = ImportsPage(services, notifier)
    qtbot.addWidget(imports)
    registry = write_csv(tmp_path / "شعب.csv", BRANCH_HEADERS, [
        ("201", "شعبه ۲۰۱ حقوقی مشهد", "01", "دادگاه عمومی حقوقی"),
        ("202", "شعبه ۲۰۲ حقوقی مشهد", "01", "دادگاه عمومی حقوقی"),
        ("203", "شعبه ۲۰۳ حقوقی مشهد", "01", "دادگاه عمومی حقوقی")])
    import_through_page(qtbot, imports, registry)
    import_through_page(qtbot, imports, write_csv(tmp_path / "پرونده‌ها.csv", CASE_HEADERS, case_rows()))
    assert imports.last_result is not None and imports.last_result.rows_written == 30
    assert [b.file_name for b in imports.history.rows()][:2] == ["پرونده‌ها.csv", "شعب.csv"]

    page = IndicatorsPage(services, notifier)
    qtbot.addWidget(page)
    page.set_choice(indicator="clearance_rate", level="branch", kind=PeriodKind.MONTH, period="1405-07")
    assert page.export_button.isEnabled()
    rows = page.current_table().rows
    assert [(row.code, row.value) for row in rows] == [("201", 90.0), ("202", 50.0), ("203", 10.0),
                                                       ("101", None)]  # no statistics: listed last, no value
    worst = [row for row in rows if row.is_worst]
    assert [row.code for row in worst] == ["203"]
    assert page.model.data(page.model.index(2, 0)) == "۳"  # the worst branch's rank, in Persian digits


def test_reimporting_the_same_file_changes_nothing_and_says_so(
        qtbot, services: AppServices, tmp_path: Path, silent_messages: list[str]) -> None:
    imports = ImportsPage(services, ChangeNotifier())
    qtbot.addWidget(imports)
    registry = write_csv(tmp_path / "شعب.csv", BRANCH_HEADERS, [("201", "شعبه ۲۰۱", "01", "")])
    import_through_page(qtbot, imports, registry)
    count = len(imports.history.rows())
    import_through_page(qtbot, imports, registry)
    assert imports.last_result.status == "already_imported"
    assert len(imports.history.rows()) == count


def test_districts_drill_down_to_their_branches_and_back(qtbot, demo_services: AppServices) -> None:
    page = IndicatorsPage(demo_services, ChangeNotifier())
    qtbot.addWidget(page)
    page.set_choice(indicator="clearance_rate", level="district", kind=PeriodKind.QUARTER)
    districts = page.current_table().rows
    assert len(districts) == 8
    target = next(row for row in districts if row.value is not None)
    page._drill(page.model.index(districts.index(target), 0))
    branches = page.current_table()
    assert branches.level == "branch" and all(row.parent_name == target.name for row in branches.rows)
    # Σ disposed ÷ Σ incoming of the district equals its branches' sums, not the mean of their rates
    incoming = sum(row.totals.incoming for row in branches.rows)
    disposed = sum(row.totals.disposed for row in branches.rows)
    assert target.value == pytest.approx(disposed / incoming * 100)
    page.back()
    assert page.current_table().level == "district"


def test_the_ranking_exports_to_a_right_to_left_excel_sheet(qtbot, demo_services: AppServices,
                                                            tmp_path: Path) -> None:
    page = IndicatorsPage(demo_services, ChangeNotifier())
    qtbot.addWidget(page)
    page.set_choice(indicator="backlog", level="district", kind=PeriodKind.QUARTER)
    path = tmp_path / "backlog.xlsx"
    page.export_to(path)
    sheet = load_workbook(path).active
    assert sheet.sheet_view.rightToLeft is True
    values = [row[4] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert values == [row.value for row in page.current_table().rows]
    assert all(isinstance(v, int | float) for v in values if v is not None)


def test_a_charts_are_drawn_and_can_be_saved(qtbot, demo_services: AppServices, tmp_path: Path) -> None:
    page = IndicatorsPage(demo_services, ChangeNotifier())
    qtbot.addWidget(page)
    page.show()  # the trend is computed once the ranking is painted
    page.set_choice(indicator="clearance_rate", level="district", kind=PeriodKind.QUARTER)
    qtbot.waitUntil(lambda: page.last_trend is not None, timeout=20_000)
    assert page.last_trend.series and len(page.last_trend.periods) > 1
    for name in ("ranking.png", "ranking.svg"):
        page._ranking_chart.save(tmp_path / name)
        assert (tmp_path / name).stat().st_size > 1000


def test_unknown_headers_are_matched_in_the_mapping_dialog_and_remembered(
        qtbot, services: AppServices, tmp_path: Path, silent_messages: list[str], monkeypatch) -> None:
    from desktop.ui.dialogs.column_mapping import ColumnMappingDialog

    imports = ImportsPage(services, ChangeNotifier())
    qtbot.addWidget(imports)
    odd = write_csv(tmp_path / "registry.csv", ("Code of branch", "Branch title", "Hoze", "Type"),
                    [("301", "شعبه ۳۰۱", "01", "")])
    chosen: list[ColumnMappingDialog] = []

    def answer(dialog: ColumnMappingDialog) -> int:
        dialog.kind.setCurrentIndex(dialog.kind.findData("branches"))
        dialog.choose("branch_code", "Code of branch")
        dialog.choose("branch_name", "Branch title")
        dialog.choose("district", "Hoze")
        chosen.append(dialog)
        return ColumnMappingDialog.DialogCode.Accepted

    monkeypatch.setattr(ColumnMappingDialog, "exec", answer)
    import_through_page(qtbot, imports, odd)
    assert chosen and imports.last_result.status == "imported"
    remembered = services.imports.remembered_mapping("branches")
    assert remembered  # the next file with these headers needs no dialog
    chosen.clear()
    import_through_page(qtbot, imports, write_csv(tmp_path / "registry2.csv",
                                                  ("Code of branch", "Branch title", "Hoze", "Type"),
                                                  [("302", "شعبه ۳۰۲", "01", "")]))
    assert not chosen and imports.last_result.status == "imported"


def test_a_file_with_problems_lists_them_and_can_import_only_the_valid_rows(
        qtbot, services: AppServices, tmp_path: Path, silent_messages: list[str], monkeypatch) -> None:
    from desktop.ui.dialogs.import_problems import ImportProblemsDialog

    imports = ImportsPage(services, ChangeNotifier())
    qtbot.addWidget(imports)
    valid = [("101-" + row[0], "101", *row[2:]) for row in case_rows()[:3]]  # branch 101 exists
    rows = valid + [("X-1", "999", "حقوقی", "1405/07/02", "1405/07/02 09:30", "", "", ""),
                    ("X-2", "101", "حقوقی", "1405/07/02", "1405/06/30 09:30", "", "", "")]
    path = write_csv(tmp_path / "بد.csv", CASE_HEADERS, rows)
    seen: list[list[tuple[int, str]]] = []

    def review(dialog: ImportProblemsDialog) -> int:
        seen.append([(p.row, p.column) for p in dialog.model.rows()])
        dialog.save_to(tmp_path / "problems.csv")
        return ImportProblemsDialog.DialogCode.Accepted  # "import only the valid rows"

    monkeypatch.setattr(ImportProblemsDialog, "exec", review)
    before = len(services.imports.history())
    import_through_page(qtbot, imports, path)
    assert seen
    # rows 2-4 are fine; the problems name the row (header = 1) and the column
    assert any(row == 5 and column == "کد شعبه" for row, column in seen[0])
    assert any(row == 6 and column == "تاریخ ارجاع" for row, column in seen[0])
    saved = (tmp_path / "problems.csv").read_text(encoding="utf-8-sig")
    assert saved.splitlines()[0] == "فایل,ردیف,ستون,علت"
    assert imports.last_result.status == "imported", silent_messages
    assert (imports.last_result.rows_written, imports.last_result.rows_rejected) == (3, 2)
    assert len(services.imports.history()) == before + 1


def test_opening_the_page_builds_its_first_table_and_trend_once(qtbot, demo_services: AppServices,
                                                                monkeypatch) -> None:
    """Startup to a ranked page (benchmarks/startup.py) paid every table and trend twice."""
    calls: list[str] = []
    for name in ("table", "trend"):
        original = getattr(demo_services.indicators, name)
        monkeypatch.setattr(demo_services.indicators, name,
                            lambda *a, _original=original, _name=name, **k: calls.append(_name) or _original(*a, **k))
    page = IndicatorsPage(demo_services, ChangeNotifier())
    qtbot.addWidget(page)
    assert page.current_table() is not None and page.current_table().rows
    page.show()
    qtbot.waitUntil(lambda: page.last_trend is not None, timeout=20_000)
    assert calls == ["table", "trend"]


def test_a_page_built_before_it_is_shown_computes_its_trend_only_after_its_ranking_is_painted(
        qtbot, demo_services: AppServices) -> None:
    """At start-up the page is built, then shown: the trend (and matplotlib for its chart) came before the
    ranking's first paint."""
    page = IndicatorsPage(demo_services, ChangeNotifier())
    qtbot.addWidget(page)
    assert page.current_table() is not None and page.trend_loading()
    qtbot.wait(50)  # the event loop turns: nothing computed for a page not painted yet
    assert page.last_trend is None and page.trend.chart is None
    painted: list[bool] = []
    page.trend_shown.connect(lambda: painted.append(not page.trend.waits_for_ranking()))
    page.show()
    qtbot.waitUntil(lambda: page.last_trend is not None, timeout=20_000)
    assert painted == [True]


def test_a_viewer_sees_no_export_button(qtbot, demo_services: AppServices) -> None:
    from desktop.domain.access import Principal, Role

    demo_services.set_principal(Principal(user_name="ناظر", role=Role.VIEWER))
    page = IndicatorsPage(demo_services, ChangeNotifier())
    qtbot.addWidget(page)
    assert page.export_button.isHidden()


def test_a_chart_saved_by_a_user_is_an_export_refused_to_a_viewer_and_recorded(
        qtbot, demo_services: AppServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A right-click saved any chart, whoever was signed in, and left no trace."""
    from desktop.audit.service import AuditFilter, AuditService
    from desktop.domain.access import PermissionDenied, Principal, Role
    from desktop.ui.charts.canvas import SavableChart
    from desktop.ui.charts.chart_export import ServiceChartExport

    monkeypatch.setattr(SavableChart, "export", ServiceChartExport(demo_services))  # as the main window does
    page = IndicatorsPage(demo_services, ChangeNotifier())
    qtbot.addWidget(page)
    page.set_choice(indicator="backlog", level="district", kind=PeriodKind.QUARTER)
    chart = page._ranking_chart
    demo_services.set_principal(Principal(user_name="ناظر", role=Role.VIEWER))
    assert not SavableChart.export.allowed()  # no menu is offered to him
    with pytest.raises(PermissionDenied):
        chart.export_to(tmp_path / "viewer.png")
    assert not (tmp_path / "viewer.png").exists()
    demo_services.set_principal(Principal.system("دبیر"))
    saved = chart.export_to(tmp_path / "ranking.svg")
    assert b"<svg" in saved.read_bytes()[:500]
    events = AuditService(demo_services.database).events(AuditFilter(operation="export.report"))
    assert [e.detail for e in events][-1].endswith(f"→ {saved}")


def test_the_trend_of_a_time_names_its_unit_beside_the_value_axis(qtbot, demo_services: AppServices) -> None:
    """A disposition time's trend: «روز» (days) beside its axis, on the right where its ticks stand."""
    page = IndicatorsPage(demo_services, ChangeNotifier())
    qtbot.addWidget(page)
    page.show()
    page.set_choice(indicator="avg_time_to_disposition", level="district", kind=PeriodKind.QUARTER)
    qtbot.waitUntil(lambda: page.last_trend is not None and page.last_trend.definition.code ==
                    "avg_time_to_disposition", timeout=20_000)
    [axes] = page.trend.chart.figure.axes
    assert axes.get_ylabel() == "روز"
    assert axes.yaxis.get_label_position() == "right"
