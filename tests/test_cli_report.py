"""The command line: `python -m desktop report KIND --period … --out FILE`."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.indicators.rollup import rebuild_rollups
from desktop.store.database import open_database  # noqa: E402
from tests.cli_support import english, qt_language_restored, run_cli  # noqa: E402, F401


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Two districts, three branches with statistics for Farvardin 1403 (month 16836), no plans."""
    path = tmp_path / "rasad.sqlite3"
    with open_database(path) as db, db.engine.begin() as connection:
        run = connection.exec_driver_sql
        run("INSERT INTO province (id, code, name) VALUES (1, 'P', 'استان')")
        run("INSERT INTO district (id, province_id, code, name) VALUES (1, 1, '01', 'حوزه ۱'), (2, 1, '02', 'حوزه ۲')")
        run("INSERT INTO branch (id, district_id, code, name, unit_type) VALUES (1, 1, 'B1', 'شعبه ۱', ''),"
            " (2, 1, 'B2', 'شعبه ۲', ''), (3, 2, 'B3', 'شعبه ۳', '')")
        run("INSERT INTO indicator_month (branch_id, month_index, case_type, incoming, disposed, pending_end, source)"
            " VALUES (?, 16836, 'حقوقی', ?, ?, ?, 'cases')", [(1, 10, 5, 40), (2, 30, 30, 12), (3, 20, 25, 7)])
        # As a rebuild writes them: each branch-month's untyped row carries its (complete) source.
        run("INSERT INTO indicator_month (branch_id, month_index, case_type, source)"
            " VALUES (1, 16836, '', 'cases'), (2, 16836, '', 'cases'), (3, 16836, '', 'cases')")
        rebuild_rollups(connection)  # as a rebuild does after writing the branch rows
    return path


def test_the_district_report_is_written_as_pdf_with_its_charts(db_path: Path, tmp_path: Path) -> None:
    out, charts = tmp_path / "out" / "district.pdf", tmp_path / "charts"
    code, stdout, stderr = run_cli("report", "district", "--db", str(db_path), "--period", "1403-01",
                                   "--out", str(out), "--charts", str(charts), "--chart-format", "svg",
                                   "--as-of", "2024-06-01")
    assert code == 0, stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert "Report written to" in stdout
    assert [p.suffix for p in charts.iterdir()] == [".svg"]


def test_one_district_as_excel(db_path: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "district.xlsx"
    code, _stdout, stderr = run_cli("report", "district", "--db", str(db_path), "--period", "1403-01",
                                    "--district", "01", "--out", str(out), "--as-of", "2024-06-01")
    assert code == 0, stderr
    names = [row[1] for row in load_workbook(out)["Branches of حوزه ۱"].iter_rows(min_row=2, values_only=True)]
    assert names == ["شعبه ۲", "شعبه ۱"]  # ranked by clearance rate: 100 % before 50 %


def test_an_empty_period_still_writes_a_report_that_says_so(db_path: Path, tmp_path: Path) -> None:
    code, stdout, _stderr = run_cli("report", "status", "--db", str(db_path), "--period", "1403-H2",
                                    "--out", str(tmp_path / "s.pdf"), "--as-of", "2025-06-01")
    assert code == 0
    assert "There is no data for 1403-H2" in stdout
    assert (tmp_path / "s.pdf").exists()


@pytest.mark.parametrize(("args", "message"), [
    (("status", "--period", "1403-Q1", "--out", "x.pdf"), "half-year"),
    (("district", "--period", "1403-01", "--out", "x.docx"), ".pdf or .xlsx"),
    (("district", "--period", "1403-01", "--district", "77", "--out", "x.pdf"), "no district"),
    (("citizens", "--period", "soon", "--out", "x.pdf"), "period code"),
])
def test_mistakes_are_reported_with_exit_code_one(db_path: Path, tmp_path: Path, args: tuple[str, ...],
                                                  message: str) -> None:
    kind, *rest = args
    rest = [str(tmp_path / value) if value.startswith("x.") else value for value in rest]
    code, _stdout, stderr = run_cli("report", kind, "--db", str(db_path), *rest)
    assert code == 1 and message in stderr
    assert not any(tmp_path.glob("x.*"))


def test_a_folder_that_cannot_be_written_gets_a_clear_message_and_no_file(db_path: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    code, _stdout, stderr = run_cli("report", "district", "--db", str(db_path), "--period", "1403-01",
                                    "--out", str(blocker / "r.pdf"))
    assert code == 1 and "could not be written" in stderr


def test_a_report_on_a_file_copied_in_starts_the_check_its_audit_record_needs_before_gathering_figures(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The large demo copied in: 3.3 s of check after 2.7 s of figures (6.1 s); started ahead, it runs beside
    them (3.9 s)."""
    from desktop.store.check_record import record_path
    from desktop.store.health import DatabaseHealth, HealthStatus

    record_path(db_path).unlink(missing_ok=True)
    seen: list[HealthStatus] = []
    started_ahead = DatabaseHealth.check_ahead

    def spied(health: DatabaseHealth) -> bool:
        seen.append(health.report.status)
        return started_ahead(health)

    monkeypatch.setattr(DatabaseHealth, "check_ahead", spied)
    code, _stdout, stderr = run_cli("report", "district", "--db", str(db_path), "--period", "1403-01",
                                    "--out", str(tmp_path / "district.pdf"), "--as-of", "2024-06-01")
    assert code == 0, stderr
    assert seen == [HealthStatus.UNCHECKED]
    assert record_path(db_path).exists()


@pytest.mark.parametrize(("recorded", "cores", "drawn_here"), [(False, 2, True), (False, 8, False), (True, 2, False)])
def test_while_a_check_holds_one_of_two_processors_the_pdfs_charts_are_drawn_in_the_command_itself(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, recorded: bool, cores: int,
        drawn_here: bool) -> None:
    """A copy brought in is checked whole beside the report: on two processors a second interpreter importing
    matplotlib only competes with that check (a copy of the large demo: 5.44 -> 4.85 s); with more, or with no
    check to run, the charts go to the chart process as always."""
    from desktop.cli import commands_report
    from desktop.reports.chart_process import chart_process
    from desktop.store.check_record import record_path

    if recorded:  # checked whole already: the next process opens it without a check
        assert run_cli("db", "check", "--db", str(db_path))[0] == 0
    else:
        record_path(db_path).unlink(missing_ok=True)
    assert record_path(db_path).exists() is recorded
    monkeypatch.setattr(commands_report, "_cores", lambda: cores)
    before = chart_process().drawn_here
    code, _stdout, stderr = run_cli("report", "district", "--db", str(db_path), "--period", "1403-01",
                                    "--out", str(tmp_path / "district.pdf"), "--as-of", "2024-06-01")
    assert code == 0, stderr
    assert (chart_process().drawn_here > before) is drawn_here


@pytest.mark.parametrize(("lang", "right_to_left"), [("en", False), ("fa", True)])
def test_a_report_is_laid_out_in_the_language_of_the_command(db_path: Path, tmp_path: Path, lang: str,
                                                             right_to_left: bool) -> None:
    """`--lang en` wrote English words into a right-to-left report with Persian digits: the layout was chosen
    from the language before the command's own was installed (the window's default, Persian)."""
    from openpyxl import load_workbook

    from desktop.ui import language

    language._current.language = language.Language.PERSIAN if lang == "en" else language.Language.ENGLISH
    out = tmp_path / "district.xlsx"
    code, _stdout, stderr = run_cli("--lang", lang, "report", "district", "--db", str(db_path), "--period",
                                    "1403-01", "--out", str(out), "--as-of", "2024-06-01")
    assert code == 0, stderr
    sheets = load_workbook(out).worksheets
    assert [bool(sheet.sheet_view.rightToLeft) for sheet in sheets] == [right_to_left] * len(sheets)


def test_a_report_killed_while_writing_leaves_no_part_file_after_the_next_report(db_path: Path, tmp_path: Path) -> None:
    """A process killed between claiming its temporary name and the rename cannot clean up: the next export into
    the folder removes what it left (and nothing of a writer still running, nor anyone else's file)."""
    import signal
    import subprocess
    import sys
    import time

    folder = tmp_path / "out"
    folder.mkdir()
    stuck = ("import sys, time; from pathlib import Path; from desktop.exports.files import write_atomically;"
             " write_atomically(Path(sys.argv[1]), lambda: time.sleep(120) or b'')")
    root = Path(__file__).resolve().parents[1]

    def started_writer(name: str) -> subprocess.Popen[bytes]:
        writer = subprocess.Popen([sys.executable, "-c", stuck, str(folder / name)], cwd=root)
        deadline = time.monotonic() + 30
        while not any(name in p.name for p in folder.iterdir()) and time.monotonic() < deadline:
            time.sleep(0.02)
        return writer

    killed, running = started_writer("district.pdf"), started_writer("other.pdf")
    killed.send_signal(signal.SIGKILL)
    killed.wait(30)
    unrelated = folder / ".notes.123-abc.txt"
    unrelated.write_bytes(b"mine")
    try:
        [left] = [p for p in folder.iterdir() if p.name.startswith(".district.pdf.")]
        code, _stdout, stderr = run_cli("report", "district", "--db", str(db_path), "--period", "1403-01",
                                        "--out", str(folder / "district.pdf"), "--as-of", "2024-06-01")
        assert code == 0, stderr
        assert not left.exists()
        assert [p.name for p in folder.iterdir() if p.name.startswith(".other.pdf.")]  # still being written
        assert unrelated.exists() and (folder / "district.pdf").read_bytes().startswith(b"%PDF")
    finally:
        running.kill()
        running.wait(30)


@pytest.mark.parametrize(("args", "english_text", "persian_ending"), [
    (("status", "--period", "1405-13", "--out", "x.pdf"), "'1405-13' is not a period code such as 1403-07, "
     "1403-Q2, 1403-H1 or 1403. Check the period.", "1403-H1 یا 1403. دوره را بررسی کنید."),
    (("status", "--period", "1405-07", "--out", "x.pdf"), "This report covers a half-year, such as 1404-H1. "
     "Check the period.", "این گزارش برای یک نیم‌سال است، مانند 1404-H1. دوره را بررسی کنید."),
    (("status", "--period", "1405-H1", "--out", "x.txt"), "Save the report as a .pdf or .xlsx file, not x.txt. "
     "Check the output file.", "نه x.txt. فایل خروجی را بررسی کنید."),
], ids=["period code", "period kind", "output file"])
def test_a_refused_value_is_followed_by_a_sentence_naming_its_field_in_words(
        db_path: Path, tmp_path: Path, args: tuple[str, ...], english_text: str,
        persian_ending: str) -> None:
    """Not by the field's identifier in brackets («… [period]»), in either language."""
    kind, *rest = args
    rest = [str(tmp_path / value) if value.startswith("x.") else value for value in rest]
    code, _stdout, stderr = run_cli("report", kind, "--db", str(db_path), *rest, "--lang", "en")
    assert code == 1 and stderr.strip() == english_text, stderr
    code, _stdout, stderr = run_cli("report", kind, "--db", str(db_path), *rest, "--lang", "fa")
    assert code == 1 and stderr.strip().endswith(persian_ending) and "[" not in stderr, stderr


@pytest.mark.parametrize(("kind", "future", "under_way"), [
    ("status", "1403-H2", "1403-H1"), ("citizens", "1403-Q2", "1403-Q1"), ("district", "1403-04", "1403-03"),
])
def test_a_period_that_has_not_begun_is_refused_with_exit_code_one_and_no_file_but_one_under_way_is_written(
        db_path: Path, tmp_path: Path, kind: str, future: str, under_way: str) -> None:
    """As of 1403/03/12 (2024-06-01) a later period had been written as an empty report, exit code 0."""
    out = tmp_path / "out.pdf"
    code, stdout, stderr = run_cli("report", kind, "--db", str(db_path), "--period", future, "--out", str(out),
                                   "--as-of", "2024-06-01")
    assert code == 1 and "has not begun yet" in stderr and "nothing to report" in stderr, stderr
    assert stdout == "" and [p.name for p in tmp_path.iterdir() if not p.name.startswith(db_path.name)] == []
    code, _stdout, stderr = run_cli("report", kind, "--db", str(db_path), "--period", under_way, "--out", str(out),
                                    "--as-of", "2024-06-01")
    assert code == 0 and out.read_bytes().startswith(b"%PDF"), stderr


def test_a_report_with_data_in_part_says_which_part_it_lacks_not_that_it_has_none(db_path: Path,
                                                                                    tmp_path: Path) -> None:
    """A report with branch statistics but no plans was announced as having no data at all (the citizens'
    report looked at its programs only, while its survey page showed 1,910 respondents)."""
    code, stdout, stderr = run_cli("report", "status", "--db", str(db_path), "--period", "1403-H1",
                                   "--out", str(tmp_path / "s.pdf"), "--as-of", "2025-06-01")
    assert code == 0, stderr
    assert "There is no data" not in stdout
    assert ("The report for 1403-H1 has part of its data: No activities with a schedule or a progress report have "
            "been recorded yet") in stdout


@pytest.mark.parametrize("typed", ["1403-05", "۱۴۰۳-۰۵", "1403-H2"])
def test_the_no_data_message_echoes_the_period_as_it_was_typed_in_persian_too(db_path: Path, tmp_path: Path,
                                                                             typed: str) -> None:
    """A month's code, all digits, came out in Persian digits («۱۴۰۵-۰۹») while a quarter's or a half's stayed
    Latin («1403-Q3»): the period is the user's own input, shown as typed (docs/architecture.md, AsTyped)."""
    kind = "status" if "H" in typed else "district"
    code, stdout, stderr = run_cli("--lang", "fa", "report", kind, "--db", str(db_path), "--period", typed,
                                   "--out", str(tmp_path / "r.pdf"), "--as-of", "2025-06-01")
    assert code == 0, stderr
    assert f"برای {typed} داده‌ای نیست" in stdout
