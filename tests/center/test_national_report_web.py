"""The dashboard's national report page (issue 16, item 3: "a button on the dashboard"), without a browser: the
form, the download in both formats with the same figures as the command line's, a bad period told on the page,
a liaison's report limited to his provinces, the download audited, the rule in the service layer."""

from __future__ import annotations

import io

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from sqlalchemy import select

from desktop.center.app import create_app
from desktop.center.models import CenterAudit
from desktop.center.report import service as national_report
from desktop.center.staff import MATRIX, Refused, StaffRole
from desktop.center.web.app import DashboardSettings
from desktop.reports.formatting import CellFormat
from desktop.translations import Language
from tests.center.national_support import NOW, PERIOD
from tests.center.staff_support import PASSWORD, cheap_hashing
from tests.center.test_dashboard_web import BASE, sign_in
from tests.reports.test_pdf_extraction import poppler_text


@pytest.fixture(scope="module")
def app(national_center):
    service, _provinces = national_center
    application = create_app(service, dashboard=DashboardSettings(hashing=cheap_hashing()))
    accounts = application.state.staff_accounts
    for user, role in (("admin", "admin"), ("analyst", "analyst"), ("viewer", "viewer")):
        accounts.add(user, f"کاربر {user}", role, PASSWORD)
    accounts.add("liaison", "رابط قم", "liaison", PASSWORD, provinces=("QOM",))
    return application


def _signed_in(app, user: str) -> TestClient:  # noqa: ANN001
    client = TestClient(app, base_url=BASE, follow_redirects=False)
    assert sign_in(client, user).status_code == 303
    return client


def _audited(app, user: str) -> list[tuple[str, str, str]]:  # noqa: ANN001
    with app.state.staff_accounts.read() as session:
        return [(row.action, row.target, row.outcome) for row in session.scalars(
            select(CenterAudit).where(CenterAudit.user_name == user, CenterAudit.action == "download_report"))]


def test_the_form_offers_the_recent_half_years_and_both_formats(app) -> None:
    page = _signed_in(app, "viewer").get("/dashboard/report")
    assert page.status_code == 200
    assert 'value="1405-H1" selected' in page.text and 'value="1405-H2"' in page.text
    assert 'value="pdf" checked' in page.text and 'value="xlsx"' in page.text
    assert 'href="/dashboard/report"' in page.text  # in the nav


def test_a_viewer_downloads_the_pdf_with_the_national_figures_and_it_is_audited(app, tmp_path) -> None:
    client = _signed_in(app, "viewer")
    answer = client.get("/dashboard/report/download", params={"period": "1405-H1", "format": "pdf"})
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/pdf"
    assert 'filename="national-1405-H1.pdf"' in answer.headers["content-disposition"]
    data = national_report.gather(app.state.center.engine, PERIOD, NOW)
    text = poppler_text(answer.content, tmp_path)
    assert "گزارش ملی وضعیت شش‌ماهه" in text  # the viewer's language: Persian
    assert CellFormat(persian_digits=True).percent(data.national_weighted_percent, 1) in text
    assert _audited(app, "viewer") == [("download_report", "1405-H1.pdf", "allowed")]


def test_the_workbook_download_holds_numbers(app) -> None:
    answer = _signed_in(app, "analyst").get("/dashboard/report/download",
                                            params={"period": "1405-H1", "format": "xlsx", "lang": "en"})
    assert answer.status_code == 200 and "spreadsheetml" in answer.headers["content-type"]
    workbook = load_workbook(io.BytesIO(answer.content))
    progress = workbook["Progress"]
    actual = [cell.value for cell in progress[1]].index("Actual progress (EV) as now reported")
    assert any(isinstance(row[actual], float) for row in progress.iter_rows(min_row=2, values_only=True))


def test_a_bad_period_is_told_on_the_page_and_nothing_is_audited_as_downloaded(app) -> None:
    client = _signed_in(app, "admin")
    answer = client.get("/dashboard/report/download", params={"period": "1405-Q1", "format": "pdf"})
    assert answer.status_code == 400 and "text/html" in answer.headers["content-type"]
    assert "نیم‌سال اول ۱۴۰۵" in answer.text or "نیم‌سال" in answer.text
    answer = client.get("/dashboard/report/download", params={"period": "1405-H1", "format": "docx"})
    assert answer.status_code == 400
    answer = client.get("/dashboard/report/download", params={"period": "1499-H2", "format": "pdf"})
    assert answer.status_code == 400 and "هنوز آغاز نشده است" in answer.text  # a half-year to come: nothing yet
    assert _audited(app, "admin") == []


def test_a_liaisons_report_holds_only_his_provinces_and_says_so(app, tmp_path) -> None:
    answer = _signed_in(app, "liaison").get("/dashboard/report/download",
                                            params={"period": "1405-H1", "format": "pdf"})
    assert answer.status_code == 200
    text = poppler_text(answer.content, tmp_path)
    assert "فقط استان‌های این حساب" in text  # on the cover
    assert "قم" in text and not any(name in text for name in ("سمنان", "یزد", "ایلام", "کرمان"))
    assert _audited(app, "liaison") == [("download_report", "1405-H1.pdf", "allowed")]


def test_the_rule_is_in_the_service_layer(app, monkeypatch) -> None:
    from desktop.center.staff.accounts import StaffAccounts  # noqa: F401 - the accounts the page hands in
    from desktop.center.staff.context import StaffContext

    monkeypatch.setitem(MATRIX, StaffRole.viewer, frozenset())
    viewer = StaffContext(1, "viewer", "viewer", StaffRole.viewer, None, "s", "c")
    with pytest.raises(Refused):
        national_report.dashboard_report(app.state.staff_accounts, viewer, "1405-H1", "pdf", NOW, 14,
                                         Language.PERSIAN)
