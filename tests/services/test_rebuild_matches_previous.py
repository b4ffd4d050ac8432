"""The set-based rebuild written for speed (issue 13: keyed partial tables, one ordered pass with the backlog as a
running sum) gives exactly the figures of the rebuild it replaced (``tests/services/previous_aggregate.py``, the
module as it was before), on a province made to hit the edges: quiet months, months carried forward after a
listing and after monthly statistics, a gap between two listings, withdrawn cases, cases moved once and twice,
cases pending for more than 730 days, empty dates, a case without a type, satisfaction alone.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy import Connection

from desktop.domain.indicators.periods import month_bounds
from desktop.indicators import aggregate
from desktop.store.database import Database, open_database
from tests.services import previous_aggregate

FIRST, LAST = 16800, 16841  # 1400/01 .. 1403/06
END = month_bounds(LAST)[1]
START = date(2019, 6, 1)  # long before the first month: pending cases older than 730 days at its end
TYPES = ("حقوقی", "کیفری", "خانواده")


def _day(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randrange((last - first).days + 1))


def _province(connection: Connection) -> dict[str, int]:
    """Raw rows of four branches (seeded): returns counts of what the scenario holds."""
    run = connection.exec_driver_sql
    rng = random.Random(1403)
    run("INSERT INTO province (id, code, name) VALUES (1, 'P', 'استان')")
    run("INSERT INTO district (id, province_id, code, name) VALUES (1, 1, 'D1', 'حوزه')")
    for branch in range(1, 5):
        run("INSERT INTO branch (id, district_id, code, name, unit_type) VALUES (?, 1, ?, ?, '')",
            (branch, f"B{branch}", f"شعبه {branch}"))
    run("INSERT INTO import_batch (id, kind, file_name, sha256, imported_at, imported_by, rows_read, rows_written,"
        " rows_rejected) VALUES (1, 'cases', 'f.csv', ?, '2024-09-01 00:00:00', '', 0, 0, 0)", ("0" * 64,))
    cases = []
    for n in range(420):
        registered = _day(rng, START, END)
        referred = None
        if rng.random() < 0.8:  # else: empty referral date
            referred = f"{registered + timedelta(days=rng.randrange(3))} {rng.randrange(6, 17):02d}:{rng.randrange(60):02d}:00"
        hearing = None
        if referred and rng.random() < 0.75:  # else: empty first-hearing date
            hearing = (date.fromisoformat(referred[:10]) + timedelta(days=rng.randrange(5, 150))).isoformat()
        disposed = registered + timedelta(days=rng.randrange(0, 1300))
        disposed_text = disposed.isoformat() if disposed <= END and rng.random() < 0.6 else None
        hearings = rng.randrange(6) if disposed_text and rng.random() < 0.7 else None
        case_type = "" if n == 7 else TYPES[rng.randrange(3)]  # one case without a type
        cases.append((f"C{n}", rng.randrange(1, 4), case_type, registered.isoformat(), referred, hearing, hearings,
                      disposed_text))
    run("INSERT INTO case_record (case_number, branch_id, case_type, registered_on, referred_at, first_hearing_on,"
        " hearings, disposed_on, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)", cases)
    ids = [row[0] for row in run("SELECT id FROM case_record WHERE disposed_on IS NULL ORDER BY id")]
    # Withdrawn: pending cases a newer snapshot no longer held.
    withdrawn = ids[:25]
    for case_id in withdrawn:
        registered = date.fromisoformat(run("SELECT registered_on FROM case_record WHERE id = ?", (case_id,)).scalar())
        run("UPDATE case_record SET withdrawn_on = ? WHERE id = ?", (_day(rng, registered, END).isoformat(), case_id))
    # Moves: once (and twice for every third one); case_record keeps the branch holding the case now.
    moved = rng.sample(range(1, len(cases) + 1), 40)
    for k, case_id in enumerate(moved):
        branch, registered, disposed = run(
            "SELECT branch_id, registered_on, disposed_on FROM case_record WHERE id = ?", (case_id,)).one()
        end = date.fromisoformat(disposed) if disposed else END
        day = _day(rng, date.fromisoformat(registered), end)
        to = branch % 3 + 1
        run("INSERT INTO case_transfer (case_id, from_branch_id, to_branch_id, moved_on, batch_id) VALUES (?, ?, ?, ?, 1)",
            (case_id, branch, to, day.isoformat()))
        if k % 3 == 0:
            later, again = _day(rng, day, end), to % 3 + 1
            run("INSERT INTO case_transfer (case_id, from_branch_id, to_branch_id, moved_on, batch_id)"
                " VALUES (?, ?, ?, ?, 1)", (case_id, to, again, later.isoformat()))
            to = again
        run("UPDATE case_record SET branch_id = ? WHERE id = ?", (to, case_id))
    # Sources: branch 1 covered throughout; branch 2 from 1400/07 to 1402/12, then carried (monthly before it);
    # branch 3 two listings with a gap (monthly statistics in two gap months); branch 4 monthly statistics only.
    run("INSERT INTO case_listing_span (batch_id, branch_id, first_month, last_month, snapshot) VALUES"
        f" (1, 1, {FIRST}, {LAST}, 1), (1, 2, 16806, 16835, 1), (1, 3, {FIRST}, 16810, 1)")
    run("INSERT INTO import_batch (id, kind, file_name, sha256, imported_at, imported_by, rows_read, rows_written,"
        " rows_rejected) VALUES (2, 'cases', 'g.csv', ?, '2024-09-02 00:00:00', '', 0, 0, 0)", ("1" * 64,))
    run(f"INSERT INTO case_listing_span (batch_id, branch_id, first_month, last_month, snapshot) VALUES"
        f" (2, 3, 16820, {LAST}, 0)")
    monthly = [(2, 16803), (2, 16804), (3, 16812), (3, 16813)] + [(4, m) for m in range(16830, 16836)]
    run("INSERT INTO branch_month_stat (branch_id, month_index, incoming, disposed, pending_end, avg_disposition_days,"
        " avg_scheduling_days, max_scheduling_days, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
        [(b, m, 5 + m % 7, 3 + m % 5, 40 + m % 11, 90.5, 12.25, 30.0) for b, m in monthly])
    run("INSERT INTO satisfaction_month (branch_id, month_index, responses, average, batch_id) VALUES"
        " (1, 16820, 10, 80.0, 1), (4, 16820, 4, 55.5, 1), (2, 16838, 7, 91.0, 1)")
    return {"withdrawn": len(withdrawn), "moved": len(moved)}


@pytest.fixture(scope="module")
def database() -> Iterator[Database]:
    database = open_database(":memory:")
    with database.engine.begin() as connection:
        _province(connection)
    yield database
    database.close()


Derived = tuple[list[tuple], list[tuple]]


def _derived_after(database: Database, rebuild: Callable[[Connection], object]) -> Derived:
    """Both derived tables after ``rebuild`` over what a full rebuild wrote (rolled back after)."""
    with database.engine.connect() as connection:
        transaction = connection.begin()
        previous_aggregate.rebuild_all(connection)
        rebuild(connection)
        derived = ([tuple(row) for row in connection.exec_driver_sql(
                       "SELECT * FROM indicator_month ORDER BY branch_id, month_index, case_type")],
                   [tuple(row) for row in connection.exec_driver_sql(
                       "SELECT * FROM disposition_histogram ORDER BY branch_id, month_index, case_type, bucket")])
        transaction.rollback()
    return derived


def test_the_scenario_reaches_every_edge(database: Database) -> None:
    rows, _ = _derived_after(database, aggregate.rebuild_all)
    with database.engine.connect() as connection:
        columns = [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(indicator_month)")]
    figures = [dict(zip(columns, row, strict=True)) for row in rows]
    typed = [row for row in figures if row["case_type"]]
    assert any(row["withdrawn"] for row in figures)
    assert any(row["transferred_in"] for row in figures) and any(row["transferred_out"] for row in figures)
    assert any(row["pending_over_730"] for row in figures)
    assert any(row["cases_missing_dates"] for row in figures)
    assert any(row["source"] == "carried" and row["pending_end"] for row in typed)  # a listing carried forward
    assert any(row["source"] == "carried" and not row["case_type"] and row["pending_end"] for row in figures)
    assert any(row["source"] == "missing" for row in figures)  # satisfaction alone
    # A quiet month: cases pending, nothing registered or disposed.
    assert any(row["source"] == "cases" and row["pending_end"] and not row["incoming"] and not row["disposed"]
               for row in typed)


@pytest.mark.parametrize("rebuild_name", ["rebuild_all", "some_branches", "months_in_the_middle", "one_branch_late"])
def test_the_fast_rebuild_gives_the_figures_of_the_previous_one(database: Database, rebuild_name: str) -> None:
    def rebuilds(module) -> Callable[[Connection], object]:
        return {
            "rebuild_all": module.rebuild_all,
            "some_branches": lambda c: module.rebuild_months(c, {2, 3}, range(16815, LAST + 1)),
            "months_in_the_middle": lambda c: module.rebuild_months(c, None, range(16825, 16831)),
            "one_branch_late": lambda c: module.rebuild_months(c, {4}, range(16834, LAST + 1)),
        }[rebuild_name]

    assert _derived_after(database, rebuilds(aggregate)) == _derived_after(database, rebuilds(previous_aggregate))



def test_a_branch_rebuilt_alone_keeps_a_case_type_only_a_moved_away_case_had(database: Database) -> None:
    """The rebuild numbers the case types it meets (``_rb_type``); rebuilding branch 2 alone must still count the
    type of a case that left it: its months there, its move out (case_record holds it at branch 1 now)."""

    def moved_away(connection: Connection) -> None:
        run = connection.exec_driver_sql
        run("INSERT INTO case_record (case_number, branch_id, case_type, registered_on, referred_at, first_hearing_on,"
            " hearings, disposed_on, batch_id) VALUES ('MOVED-AWAY', 1, 'اداری', '2019-09-01', NULL, NULL, NULL, NULL, 1)")
        case_id = run("SELECT id FROM case_record WHERE case_number = 'MOVED-AWAY'").scalar()
        run("INSERT INTO case_transfer (case_id, from_branch_id, to_branch_id, moved_on, batch_id)"
            " VALUES (?, 2, 1, '2023-01-15', 1)", (case_id,))

    def rebuilt(module) -> Derived:
        def rebuild(connection: Connection) -> None:
            moved_away(connection)
            module.rebuild_months(connection, {2}, range(FIRST, LAST + 1))

        return _derived_after(database, rebuild)

    rows, _ = rebuilt(aggregate)
    assert any(row[0] == 2 and row[2] == "اداری" for row in rows)  # the type is there, at the branch it left
    assert (rows, _) == rebuilt(previous_aggregate)
