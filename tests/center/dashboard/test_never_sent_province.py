"""A province registered with the others that has sent nothing (KRM, registered at the tests' NOW) is its own state
wherever the center shows provinces: `center status`, the provinces and progress pages, the national report's
summary, follow-up section, progress table and rankings (model, PDF and workbook) - never "sent recently", never
0 activities or 0 overdue, never ranked. In a real rollout every province is registered at once: for the first
14 days every silent province was certified as reporting with nothing overdue."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.center import cli
from desktop.center.report import service as national_report
from desktop.center.report.data import NationalData
from desktop.reports.document import Figures, Number, Table
from desktop.reports.language import ReportLanguage
from desktop.translations import Language, translate
from tests.center.dashboard.conftest import NOW, SILENT
from tests.center.dashboard.test_dashboard_pages import ACCOUNTS, client_for
from tests.reports.test_pdf_extraction import poppler_text

CODE, NAME = SILENT
REGISTERED_FA = "۱۴۰۵/۰۹/۰۲"  # NOW, 23 November 2026, in the Jalali calendar
SENT_RECENTLY_FA = "همهٔ استان‌ها به‌تازگی بسته فرستاده‌اند"


def _lang(language: Language) -> ReportLanguage:
    return ReportLanguage(lambda context, text, **params: translate(language, context, text, **params),
                          rtl=language is Language.PERSIAN)


@pytest.fixture(scope="module")
def data(seeded) -> NationalData:
    return national_report.gather(seeded.center.engine, national_report.half_year("1405-H1"), NOW)


def _table(report, sheet: str) -> Table:  # noqa: ANN001
    return next(block for section in report.sections for block in section.blocks
                if isinstance(block, Table) and block.sheet == sheet)


def test_status_says_the_province_has_sent_nothing_since_its_registration_and_is_not_late_yet(
        seeded, monkeypatch, capsys) -> None:
    (row,) = [row for row in seeded.center.status() if row.code == CODE]
    assert (row.never_sent, row.stale, row.last_received) == (True, False, None)
    assert row.registered_at == NOW
    assert not any(other.never_sent for other in seeded.center.status() if other.code != CODE)
    monkeypatch.setattr(cli, "open_service", lambda args: seeded.center)
    assert cli.main(["status", "--db", "sqlite://", "--lang", "en"]) == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if line.startswith(f"code={CODE}"))
    assert "never_sent=True" in line and line.endswith("has sent nothing yet (registered on 2026-11-23)")
    assert cli.main(["status", "--db", "sqlite://", "--format", "json"]) == 0
    assert '"never_sent": true' in capsys.readouterr().out


def test_the_reports_summary_counts_it_apart_and_names_it(data: NationalData) -> None:
    assert data.never_sent == {CODE} and not any(line.stale for line in data.stale)
    report = national_report.build(data, _lang(Language.ENGLISH), NOW)
    summary = report.sections[0]
    figures = dict(next(block for block in summary.blocks if isinstance(block, Figures)).items)
    assert figures["Stale provinces"] == Number(0)  # not late yet...
    assert figures["Provinces that have sent nothing yet"] == Number(1)  # ...but it has sent nothing
    said = summary.blocks[1].text
    assert "Nothing has reached the center yet from 1 province(s):" in said and NAME in said


def test_the_follow_up_section_lists_it_with_its_registration_never_every_province_sent_recently(
        data: NationalData) -> None:
    for language, words in ((Language.ENGLISH, ("has sent nothing yet (registered on 1405/09/02)", "not late yet")),
                            (Language.PERSIAN, (f"هنوز چیزی نفرستاده است (ثبت‌شده در {REGISTERED_FA})",
                                                "هنوز دیر نشده"))):
        report = national_report.build(data, _lang(language), NOW)
        stale = _table(report, translate(language, "Reports", "Stale provinces"))
        assert stale.rows == ((NAME, words[0], None, words[1]),)  # the empty text is never shown


def test_the_progress_table_says_nothing_sent_yet_never_zero_activities_or_overdue(data: NationalData) -> None:
    report = national_report.build(data, _lang(Language.PERSIAN), NOW)
    progress = _table(report, translate(Language.PERSIAN, "Reports", "Progress"))
    (row,) = [row for row in progress.rows if row[0] == NAME]
    assert row[1:6] == ("هنوز چیزی نفرستاده",) * 5
    drivers = _table(report, translate(Language.PERSIAN, "Reports", "Driver projects"))
    assert [row[1] for row in drivers.rows if row[0] == NAME] == ["هنوز چیزی نفرستاده"]


def test_it_is_never_ranked_and_the_rankings_say_it_has_sent_nothing(data: NationalData) -> None:
    for ranking in data.rankings:
        assert CODE not in {unit.code for unit in ranking.ranked + ranking.best + ranking.worst}
        assert CODE in {unit.code for unit in ranking.insufficient}
    report = national_report.build(data, _lang(Language.ENGLISH), NOW)
    notes = {row[4] for row in _table(report, "Rankings").rows if row[2] == NAME}
    assert notes == {"nothing sent yet"}


def test_the_pdf_and_the_workbook_say_it_has_sent_nothing(data: NationalData, tmp_path: Path) -> None:
    lang = _lang(Language.PERSIAN)
    report = national_report.build(data, lang, NOW)
    text = poppler_text(national_report.report_bytes(report, "pdf", lang), tmp_path)
    assert "هنوز چیزی نفرستاده" in text and SENT_RECENTLY_FA not in text
    english = _lang(Language.ENGLISH)
    path = national_report.write(national_report.build(data, english, NOW), tmp_path / "r.xlsx", "xlsx", english)
    book = load_workbook(path, read_only=True)
    progress = {row[0]: row for row in book["Progress"].iter_rows(values_only=True)}
    assert progress[NAME][1:6] == ("nothing sent yet",) * 5
    stale = [row for row in book["Stale provinces"].iter_rows(values_only=True) if row[0] == NAME]
    assert stale == [(NAME, "has sent nothing yet (registered on 1405/09/02)", None, "not late yet")]
    summary = [cell for row in book.worksheets[0].iter_rows(values_only=True) for cell in row]
    assert "Provinces that have sent nothing yet" in summary


@pytest.fixture(scope="module")
def app(seeded):
    from desktop.center.app import create_app
    from desktop.center.web.app import DashboardSettings
    from tests.center.staff_support import PASSWORD, cheap_hashing

    application = create_app(seeded.center, dashboard=DashboardSettings(hashing=cheap_hashing()))
    for user, (role, provinces) in ACCOUNTS.items():
        application.state.staff_accounts.add(user, user, role, PASSWORD, provinces=provinces)
    return application


@pytest.mark.parametrize(("lang", "badge", "registered"), [
    ("fa", "هنوز چیزی نفرستاده است", f"هنوز چیزی نفرستاده است (ثبت‌شده در {REGISTERED_FA})"),
    ("en", "has sent nothing yet", "has sent nothing yet (registered on 1405/09/02)")], ids=["fa", "en"])
def test_the_provinces_and_progress_pages_say_it_has_sent_nothing_since_its_registration(
        app, lang: str, badge: str, registered: str) -> None:
    client = client_for(app, "viewer")
    provinces = client.get(f"/dashboard/provinces?lang={lang}").text
    row = provinces[provinces.index(f'<span class="code" dir="ltr">{CODE}</span>'):]
    row = row[:row.index("</tr>")]
    assert f'<span class="badge muted">{badge}</span>' in row and registered in row
    progress = client.get(f"/dashboard/progress?lang={lang}").text
    row = progress[progress.index(f"?province={CODE}"):]
    row = row[:row.index("</tr>")]
    assert badge in row and registered in row
    one = client.get(f"/dashboard/progress?province={CODE}&lang={lang}").text
    assert registered in one
