"""ImportService: every format end to end, every bad input rejected with nothing written, re-imports,
newer exports, only-valid-rows, cancellation, remembered mappings and saved problem lists."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.clock import FixedClock
from desktop.imports.columns import FileKind
from desktop.imports.service import ALREADY_IMPORTED, IMPORTED, REJECTED, ImportService
from desktop.store.database import Database
from desktop.store.models import (
    Branch,
    BranchMonthStat,
    CaseRecord,
    ChangeLog,
    District,
    ImportBatch,
    SatisfactionMonth,
)
from desktop.tasks import TaskCancelled, TaskProgress
from tests.imports.conftest import (
    CASE_HEADERS,
    CASES,
    MONTHLY_HEADERS,
    SATISFACTION_HEADERS,
    TODAY,
    USER,
    count,
    counts,
    make_database,
    write_csv,
    write_xlsx,
)


def _cases(database: Database) -> dict[str, tuple]:
    with database.session() as session:
        return {c.case_number: (c.branch.code, c.case_type, c.registered_on.isoformat(),
                                c.referred_at.isoformat(sep=" ") if c.referred_at else None,
                                c.first_hearing_on.isoformat() if c.first_hearing_on else None, c.hearings,
                                c.disposed_on.isoformat() if c.disposed_on else None)
                for c in session.scalars(select(CaseRecord))}


EXPECTED = {
    "1001": ("101001", "حقوقی", "2024-04-24", "2024-04-24 13:45:00", "2024-05-21", 2, "2024-07-22"),
    "1002": ("101002", "کیفری", "2024-04-25", "2024-04-26 08:00:00", None, None, None),
    "1003": ("102001", "خانواده", "2024-05-30", None, None, None, "2024-09-10"),
}


def _persian(text: str) -> str:
    return text.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))


def _arabic(text: str) -> str:
    return text.translate(str.maketrans("0123456789یک", "٠١٢٣٤٥٦٧٨٩يك"))


@pytest.mark.parametrize("form", ["utf-8", "utf-8-sig", "utf-16", "cp1256", "semicolon", "xlsx", "persian-digits",
                                  "arabic-digits-and-letters"])
def test_a_case_listing_in_every_format_imports_the_same_rows(
        service: ImportService, database: Database, tmp_path: Path, form: str) -> None:
    headers, rows = CASE_HEADERS, CASES
    if form == "cp1256":  # Windows-1256 has the Arabic yeh and Latin digits only
        headers = tuple(h.replace("ی", "ي") for h in headers)
        rows = tuple(tuple(c.replace("ی", "ي") for c in row) for row in rows)
    if form == "arabic-digits-and-letters":
        headers = tuple(_arabic(h) for h in headers)
        rows = tuple(tuple(_arabic(c) for c in row) for row in rows)
    if form == "persian-digits":
        headers = tuple(h.replace(" ", "\u200c", 1) if h.startswith("تاریخ") else h for h in headers)  # ZWNJ
        rows = tuple(tuple(_persian(c) for c in row) for row in rows)
    if form == "xlsx":
        path = write_xlsx(tmp_path / "cases.xlsx", headers, rows)
    elif form == "semicolon":
        path = write_csv(tmp_path / "cases.csv", headers, rows, delimiter=";")
    else:
        encoding = form if form in ("utf-8-sig", "utf-16", "cp1256") else "utf-8"
        path = write_csv(tmp_path / "cases.csv", headers, rows, encoding=encoding)
    preview = service.preview(path)
    assert preview.kind is FileKind.CASES and preview.match is not None and preview.match.complete
    result = service.import_file(path, FileKind.CASES)
    assert (result.status, result.rows_read, result.rows_written, result.problems) == (IMPORTED, 3, 3, ())
    assert _cases(database) == EXPECTED
    with database.session() as session:
        batch = session.scalars(select(ImportBatch)).one()
        assert (batch.kind, batch.rows_read, batch.rows_written, batch.imported_by) == ("cases", 3, 3, "کارشناس آمار")
        assert (batch.first_month, batch.last_month) == (1403 * 12 + 1, 1403 * 12 + 5)
        logged = session.scalars(select(ChangeLog.table_name).distinct()).all()
    assert logged.count("import_batch") == 1 and "case_record" not in logged
    assert count(database, CaseRecord) == 3
    # Up to the province's latest data month (the listing's latest date), not to today: later months are unknown.
    assert result.months[0] == 1403 * 12 + 1 and result.months[-1] == 1403 * 12 + 5


BAD_CASES = [
    ("unknown branch", ("2001", "999999", "حقوقی", "1403/02/05", "", "", "", ""), "کد شعبه", "There is no branch"),
    ("negative count", ("2001", "101001", "حقوقی", "1403/02/05", "", "", "-1", ""), "تعداد جلسات", "negative"),
    ("future registration", ("2001", "101001", "حقوقی", "1403/11/01", "", "", "", ""), "تاریخ ثبت", "future"),
    ("future disposal", ("2001", "101001", "حقوقی", "1403/02/05", "", "", "", "1404/01/01"), "تاریخ مختومه",
     "future"),
    ("disposed before registered", ("2001", "101001", "حقوقی", "1403/02/05", "", "", "", "1403/02/01"),
     "تاریخ مختومه", "before it was registered"),
    ("referred before registered", ("2001", "101001", "حقوقی", "1403/02/05", "1403/02/04 10:00", "", "", ""),
     "تاریخ ارجاع", "before it was registered"),
    ("hearing before referral", ("2001", "101001", "حقوقی", "1403/02/05", "1403/02/06 10:00", "1403/02/05", "", ""),
     "تاریخ اولین وقت رسیدگی", "before the referral"),
    ("duplicated case number", ("1001", "101001", "حقوقی", "1403/02/05", "", "", "", ""), "شماره پرونده",
     "more than once"),
    ("missing value", ("2001", "101001", "", "1403/02/05", "", "", "", ""), "نوع پرونده", "required"),
    ("unparseable date", ("2001", "101001", "حقوقی", "2024-04-24", "", "", "", ""), "تاریخ ثبت", "Jalali date"),
    ("unparseable number", ("2001", "101001", "حقوقی", "1403/02/05", "", "", "دو", ""), "تعداد جلسات",
     "whole number"),
]


@pytest.mark.parametrize(("label", "row", "column", "words"), BAD_CASES, ids=[case[0] for case in BAD_CASES])
def test_a_bad_case_row_rejects_the_file_and_writes_nothing(
        service: ImportService, database: Database, tmp_path: Path, label: str, row: tuple, column: str,
        words: str) -> None:
    path = write_csv(tmp_path / "cases.csv", CASE_HEADERS, (*CASES, row))
    before = counts(database)
    result = service.import_file(path, "cases")
    assert result.status == REJECTED
    assert counts(database) == before
    assert result.problem_count == 1 and result.rows_rejected == 1 and result.rows_read == 4
    problem = result.problems[0]
    assert (problem.file, problem.row, problem.column) == ("cases.csv", 5, column)
    assert words in problem.english()


@pytest.mark.parametrize(("content", "words"), [
    (b"", "is empty"),
    (bytes(range(256)) * 64, "not a text (CSV) or Excel file"),
    ((",".join(CASE_HEADERS) + "\n").encode(), "has column headers but no data rows"),
    ("شماره پرونده,کد شعبه\n1,101001\n".encode(), "missing"),
    # Persian in a code page that garbles it: no header is recognised
    ("شماره پرونده,کد شعبه,نوع پرونده,تاریخ ثبت,تاریخ مختومه\n".encode("utf-16-le")[:-2].replace(b"\x06", b"\x07"),
     "not a text"),
    ("شماره پرونده,کد شعبه,نوع پرونده\n1,101001,x\n".encode("cp1252", errors="replace"), "None of the column headers"),
])
def test_unreadable_or_empty_files_are_rejected_with_a_file_problem(
        service: ImportService, database: Database, tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    before = counts(database)
    result = service.import_file(path, "cases")
    assert result.status == REJECTED
    assert counts(database) == before
    assert result.problems and result.problems[0].file == "bad.csv"
    assert any(words in problem.english() for problem in result.problems), [p.english() for p in result.problems]


def test_only_valid_rows_writes_the_valid_ones_and_counts_the_rest(
        service: ImportService, database: Database, tmp_path: Path) -> None:
    rows = (*CASES, BAD_CASES[0][1], BAD_CASES[1][1], ("1001", "101002", "حقوقی", "1403/02/05", "", "", "", ""))
    path = write_csv(tmp_path / "cases.csv", CASE_HEADERS, rows)
    result = service.import_file(path, "cases", only_valid_rows=True)
    assert (result.status, result.rows_read, result.rows_written, result.rows_rejected) == (IMPORTED, 6, 3, 3)
    assert _cases(database) == EXPECTED  # the first 1001 wins
    with database.session() as session:
        assert session.scalars(select(ImportBatch.rows_rejected)).one() == 3


def test_the_same_file_again_is_already_imported_and_changes_nothing(
        service: ImportService, database: Database, cases_csv: Path) -> None:
    assert service.import_file(cases_csv, "cases").status == IMPORTED
    before = counts(database)
    again = service.import_file(cases_csv, "cases")
    assert again.status == ALREADY_IMPORTED and again.rows_written == 0
    assert counts(database) == before


def test_a_newer_export_replaces_cases_by_number_and_rebuilds_their_months(
        service: ImportService, database: Database, tmp_path: Path, cases_csv: Path) -> None:
    service.import_file(cases_csv, "cases")
    newer = write_csv(tmp_path / "cases-newer.csv", CASE_HEADERS, (
        ("1002", "101001", "کیفری", "1403/02/06", "1403/02/07 08:00", "1403/03/01", "3", "1403/04/01"),
        ("1004", "101002", "حقوقی", "1403/09/01", "", "", "", ""),
    ))
    result = service.import_file(newer, "cases")
    assert result.status == IMPORTED
    cases = _cases(database)
    assert len(cases) == 4
    assert cases["1002"] == ("101001", "کیفری", "2024-04-25", "2024-04-26 08:00:00", "2024-05-21", 3, "2024-06-21")
    assert cases["1001"] == EXPECTED["1001"]
    # 1002 moved from branch 101002: both branches are rebuilt, from Ordibehesht (its old pending months) on
    assert result.branches == 2 and result.months[0] == 1403 * 12 + 1
    with database.session() as session:
        pending = session.execute(select(ImportBatch.id)).all()
    assert len(pending) == 2


def test_monthly_statistics_and_satisfaction_replace_the_same_branch_and_month(
        service: ImportService, database: Database, tmp_path: Path) -> None:
    first = write_csv(tmp_path / "monthly.csv", MONTHLY_HEADERS, (
        ("101001", "1403", "2", "10", "8", "40", "55.5", "12", "30"),
        ("101002", "۱۴۰۳", "۲", "۵", "۴", "۲۰", "۴۰٫۵", "۱۰", "۱۰"),
    ))
    assert service.import_file(first, "monthly").status == IMPORTED
    newer = write_csv(tmp_path / "monthly2.csv", MONTHLY_HEADERS, (
        ("101001", "1403", "2", "11", "9", "41", "50", "12", "31"),
    ))
    assert service.import_file(newer, "monthly").status == IMPORTED
    with database.session() as session:
        stats = {(s.branch_id, s.month_index): (s.incoming, s.avg_disposition_days)
                 for s in session.scalars(select(BranchMonthStat))}
    assert sorted(stats.values()) == [(5, 40.5), (11, 50.0)]
    survey = write_csv(tmp_path / "survey.csv", SATISFACTION_HEADERS, (("101001", "1403", "2", "120", "81.5"),))
    assert service.import_file(survey, FileKind.SATISFACTION).status == IMPORTED
    assert count(database, SatisfactionMonth) == 1


@pytest.mark.parametrize(("row", "column", "words"), [
    (("101001", "1403", "13", "1", "1", "1", "1", "1", "1"), "ماه", "between 1 and 12"),
    (("101001", "1404", "1", "1", "1", "1", "1", "1", "1"), "ماه", "future"),
    (("101001", "1403", "2", "-1", "1", "1", "1", "1", "1"), "ورودی", "negative"),
    (("101001", "1403", "2", "1", "1", "1", "1", "10", "5"), "بیشترین زمان وقت\u200cدهی", "shorter than the average"),
    (("999", "1403", "2", "1", "1", "1", "1", "1", "1"), "کد شعبه", "no branch"),
    (("101002", "1403", "2", "1", "1", "1", "1", "1", "1"), "کد شعبه", "more than one row"),
    # a decimal comma: once read as 125 days and 120 cases, without a word
    (("101001", "1403", "2", "1", "1", "1", "12,5", "1", "1"), "میانگین زمان رسیدگی", "does not separate thousands"),
    (("101001", "1403", "2", "12,0", "1", "1", "1", "1", "1"), "ورودی", "does not separate thousands"),
    (("101001", "1403", "2", "1", "1", "1", "1.234,5", "1", "1"), "میانگین زمان رسیدگی", "decimal point"),
])
def test_bad_monthly_rows_reject_the_file(service: ImportService, database: Database, tmp_path: Path,
                                          row: tuple, column: str, words: str) -> None:
    path = write_csv(tmp_path / "monthly.csv", MONTHLY_HEADERS, (
        ("101002", "1403", "2", "1", "1", "1", "1", "1", "1"), row))
    before = counts(database)
    result = service.import_file(path, "monthly")
    assert result.status == REJECTED and counts(database) == before
    assert [(p.row, p.column) for p in result.problems] == [(3, column)]
    assert words in result.problems[0].english()


@pytest.mark.parametrize("average", ["101", "-5"])
def test_satisfaction_outside_0_to_100_is_refused(service: ImportService, database: Database, tmp_path: Path,
                                                  average: str) -> None:
    path = write_csv(tmp_path / "s.csv", SATISFACTION_HEADERS, (("101001", "1403", "2", "10", average),))
    result = service.import_file(path, "satisfaction")
    assert result.status == REJECTED and count(database, SatisfactionMonth) == 0
    assert result.problems[0].column == "میانگین رضایت"


def test_cancelling_leaves_nothing(service: ImportService, database: Database, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.imports import writing

    monkeypatch.setattr(writing, "BATCH_ROWS", 2)
    rows = [(str(3000 + n), "101001", "حقوقی", "1403/02/05", "", "", "", "") for n in range(10)]
    path = write_csv(tmp_path / "cases.csv", CASE_HEADERS, rows)
    before = counts(database)
    progress = TaskProgress()
    seen: list[tuple[int, int]] = []

    def on_progress(done: int, total: int, message: str) -> None:
        seen.append((done, total))
        if len(seen) == 3:
            progress.cancel()

    progress.on_progress = on_progress
    with pytest.raises(TaskCancelled):
        service.import_file(path, "cases", progress=progress)
    assert counts(database) == before
    assert all(total == path.stat().st_size for _, total in seen)


def test_an_import_says_what_it_is_doing_reading_then_deriving_then_saving(
        service: ImportService, tmp_path: Path) -> None:
    from desktop.imports.writing import READING_ROWS, REBUILDING_BRANCHES, ROLLING_UP, SAVING

    path = write_csv(tmp_path / "cases.csv", CASE_HEADERS, CASES)
    steps: list[tuple[int, int, str]] = []
    assert service.import_file(path, "cases", progress=TaskProgress(
        on_progress=lambda done, total, message: steps.append((done, total, message)))).status == IMPORTED
    phases = [message for _done, _total, message in steps if message]
    assert [m for n, m in enumerate(phases) if n == 0 or phases[n - 1] != m] == [
        READING_ROWS, REBUILDING_BRANCHES, ROLLING_UP, SAVING]
    reading = [(done, total) for done, total, message in steps if message == READING_ROWS]
    assert reading[-1] == (path.stat().st_size, path.stat().st_size)  # the rows counted by the bytes read
    # The figures by their steps, each phase from 0 to its end (a bar that moves through a million-case
    # listing's 20 seconds of them, not a busy one); the commit, busy: it has no count.
    for phase in (REBUILDING_BRANCHES, ROLLING_UP):
        counted = [(done, total) for done, total, message in steps if message == phase and total]
        assert len(counted) >= 4, phase
        assert counted[0][0] == 0 and counted[-1][0] == counted[-1][1], phase
        assert [done for done, _total in counted] == sorted(done for done, _total in counted), phase
    assert all(total == 0 for _done, total, message in steps if message == SAVING)  # busy, not "100 %"


def test_a_file_of_monthly_statistics_counts_the_case_steps_it_skips_so_its_bar_still_ends_full(
        service: ImportService, tmp_path: Path) -> None:
    from desktop.imports.writing import REBUILDING_BRANCHES, ROLLING_UP

    path = write_csv(tmp_path / "monthly.csv", MONTHLY_HEADERS, (
        ("101001", "1403", "2", "10", "8", "40", "55.5", "12", "30"),))
    steps: list[tuple[int, int, str]] = []
    assert service.import_file(path, "monthly", progress=TaskProgress(
        on_progress=lambda done, total, message: steps.append((done, total, message)))).status == IMPORTED
    for phase in (REBUILDING_BRANCHES, ROLLING_UP):
        done, total = [(done, total) for done, total, message in steps if message == phase and total][-1]
        assert done == total, phase


def test_cancelling_while_the_figures_are_derived_leaves_nothing(
        service: ImportService, database: Database, tmp_path: Path) -> None:
    from desktop.imports.writing import ROLLING_UP

    path = write_csv(tmp_path / "cases.csv", CASE_HEADERS, CASES)
    before = counts(database)
    progress = TaskProgress()
    progress.on_progress = lambda _done, _total, message: progress.cancel() if message == ROLLING_UP else None
    with pytest.raises(TaskCancelled):
        service.import_file(path, "cases", progress=progress)
    assert counts(database) == before


def test_cancelling_stops_the_statement_running_instead_of_waiting_for_it_to_end(
        service: ImportService, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A million-case listing's rebuild runs statements of seconds each; Cancel must not wait for the one
    running. Here the rebuild is one statement of about a minute (a count to 10^9), cancelled 0.2 s in."""
    import threading
    import time

    from sqlalchemy import text

    from desktop.imports.writing import REBUILDING_BRANCHES
    from desktop.indicators import aggregate

    def a_minute_of_sql(session, *_args, **_kwargs):  # noqa: ANN001, ANN002, ANN003 - rebuild_from's
        return session.execute(text("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                    "WHERE i < 1000000000) SELECT count(*) FROM n")).scalar()

    monkeypatch.setattr(aggregate, "rebuild_from", a_minute_of_sql)
    path = write_csv(tmp_path / "cases.csv", CASE_HEADERS, CASES)
    before = counts(database)
    progress = TaskProgress()
    cancelled_at: list[float] = []

    def cancel_soon() -> None:
        time.sleep(0.2)
        cancelled_at.append(time.monotonic())
        progress.cancel()

    progress.on_progress = lambda _done, _total, message: (
        threading.Thread(target=cancel_soon).start() if message == REBUILDING_BRANCHES else None)
    with pytest.raises(TaskCancelled):
        service.import_file(path, "cases", progress=progress)
    assert time.monotonic() - cancelled_at[0] < 2  # not the minute the statement would take
    assert counts(database) == before
    monkeypatch.undo()
    assert service.import_file(path, "cases").status == IMPORTED  # the connection is fine afterwards


def test_a_confirmed_mapping_is_remembered_for_the_next_file(
        service: ImportService, database: Database, tmp_path: Path) -> None:
    headers = ("ش. پرونده", *CASE_HEADERS[1:])
    path = write_csv(tmp_path / "cases.csv", headers, CASES)
    refused = service.import_file(path, "cases")
    assert refused.status == REJECTED and refused.problems[-1].column == "شماره پرونده"
    result = service.import_file(path, "cases", mapping={"case_number": "ش. پرونده"})
    assert result.status == IMPORTED
    assert service.remembered_mapping("cases") == {"ش. پرونده": "case_number"}
    other = write_csv(tmp_path / "other.csv", headers, (("5001", "101001", "حقوقی", "1403/02/05", "", "", "", ""),))
    preview = service.preview(other)
    assert preview.kind is FileKind.CASES and preview.match is not None and preview.match.complete
    assert service.import_file(other, "cases").status == IMPORTED


def test_the_branch_registry_upserts_districts_and_branches_through_the_change_log(
        service: ImportService, database: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "branches.csv", ("کد شعبه", "نام شعبه", "حوزه قضایی", "نوع واحد"), (
        ("101001", "شعبه اول حقوقی قم", "01", "حقوقی"),        # renamed
        ("۱۰۳۰۰۱", "شعبه ۱ کهک", "حوزه قضايي کهک", "عمومی"),  # new, in a new district (Arabic yeh)
    ))
    assert service.preview(path).kind is FileKind.BRANCHES
    result = service.import_file(path, "branches")
    assert (result.status, result.rows_written) == (IMPORTED, 2)
    with database.session() as session:
        branches = {b.code: (b.name, b.district.name) for b in session.scalars(select(Branch))}
        districts = {d.code: d.name for d in session.scalars(select(District))}
        logged = [(c.table_name, c.operation) for c in session.scalars(select(ChangeLog).order_by(ChangeLog.id))]
    assert branches["101001"] == ("شعبه اول حقوقی قم", "حوزه قضایی قم")
    assert branches["103001"] == ("شعبه 1 کهک", "حوزه قضایی کهک")  # names keep Latin digits, as validate_name does
    assert districts["03"] == "حوزه قضایی کهک"
    assert {("branch", "update"), ("branch", "insert"), ("district", "insert"), ("import_batch", "insert")} <= set(
        logged)


def test_problems_are_saved_as_csv_with_headers_in_the_lists_language(service: ImportService, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "cases.csv", CASE_HEADERS, (*CASES, BAD_CASES[0][1]))
    result = service.import_file(path, "cases")
    out = tmp_path / "problems.csv"
    ImportService.save_problems(result.problems, out, lambda context, text, params: "ت:" + text.format(**params))
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0] == ["ت:File", "ت:Row", "ت:Column", "ت:Reason"]
    assert rows[1] == ["cases.csv", "5", "کد شعبه", "ت:There is no branch with the code 999999."]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_the_history_lists_imported_files_newest_first(service: ImportService, cases_csv: Path) -> None:
    service.import_file(cases_csv, "cases")
    [batch] = service.history()
    assert (batch.kind, batch.file_name, batch.rows_written, batch.imported_by) == ("cases", "cases.csv", 3,
                                                                                   "کارشناس آمار")
    assert batch.months_label == "1403/02–1403/06"


def _case_record_schema(database: Database) -> list[tuple[str, str | None]]:
    with database.engine.connect() as connection:
        return sorted(connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'case_record' ORDER BY name").fetchall())


def test_a_first_listing_leaves_the_case_indexes_as_they_were_and_uses_them(
        service: ImportService, database: Database, cases_csv: Path) -> None:
    # The first listing goes into an empty table with its secondary indexes dropped and re-created after.
    before = _case_record_schema(database)
    assert sum(1 for _, sql in before if sql and sql.startswith("CREATE INDEX")) >= 3
    assert service.import_file(cases_csv, "cases").status == IMPORTED
    assert _case_record_schema(database) == before
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        plan = " ".join(str(row[-1]) for row in connection.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM case_record WHERE branch_id = 1 AND registered_on > '2024-01-01'"))
    assert "ix_case_record_branch_id_registered_on" in plan


def test_a_rejected_or_cancelled_first_listing_leaves_the_case_indexes(
        service: ImportService, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.imports import writing

    before = _case_record_schema(database)
    bad = write_csv(tmp_path / "bad.csv", CASE_HEADERS, (*CASES, ("1004", "999999", "حقوقی", "1403/02/05",
                                                                 "", "", "", "")))
    assert service.import_file(bad, "cases").status == REJECTED
    assert _case_record_schema(database) == before
    monkeypatch.setattr(writing, "BATCH_ROWS", 1)
    progress = TaskProgress()
    progress.on_progress = lambda done, total, message: progress.cancel() if done else None
    with pytest.raises(TaskCancelled):
        service.import_file(write_csv(tmp_path / "more.csv", CASE_HEADERS, CASES), "cases", progress=progress)
    assert _case_record_schema(database) == before and count(database, CaseRecord) == 0


def _stored_in_id_order(database: Database) -> list[tuple]:
    with database.engine.connect() as connection:
        return connection.exec_driver_sql(
            "SELECT id, case_number, branch_id, case_type, registered_on, referred_at, first_hearing_on, hearings,"
            " disposed_on, batch_id FROM case_record ORDER BY id").fetchall()


def test_many_rows_to_an_insert_store_every_row_in_file_order_as_one_row_at_a_time_would(
        service: ImportService, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.store import bulk_rows

    # Two whole statements of ROWS_PER_INSERT rows and a remainder.
    size = bulk_rows.ROWS_PER_INSERT
    rows = [(str(5000 + n), *CASES[n % 3][1:]) for n in range(2 * size + 37)]
    rows.reverse()  # the ids must follow the file, not the case numbers
    path = write_csv(tmp_path / "many.csv", CASE_HEADERS, rows)
    assert service.import_file(path, "cases").status == IMPORTED
    stored = _stored_in_id_order(database)
    assert [row[1] for row in stored] == [row[0] for row in rows]

    # The same file one row to an insert (as before) into another empty province: the very same rows.
    monkeypatch.setattr(bulk_rows, "ROWS_PER_INSERT", 1)
    reference = make_database(tmp_path / "reference.sqlite3")
    try:
        assert ImportService(reference, FixedClock(TODAY), USER).import_file(path, "cases").status == IMPORTED
        assert _stored_in_id_order(reference) == stored
    finally:
        reference.close()
