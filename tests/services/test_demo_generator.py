"""The demo province: Qom-sized, in every state, and the same for the same seed and date."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.context import AppServices
from desktop.demo.generator import DemoSummary, generate_demo
from desktop.domain.meetings import ResolutionStatus
from desktop.meetings.views import ResolutionFilter
from desktop.planning.views import NodeKind, PlanNode
from desktop.store.check_record import is_recorded_as_checked
from desktop.store.database import Database, open_database
from desktop.store.models import (
    Activity,
    Base,
    Branch,
    District,
    EvidenceFile,
    Meeting,
    OperationalProgram,
    ProgressUpdate,
    Resolution,
    Solution,
)
from tests.services.conftest import TODAY, count_rows

#: Written at run time, not from the seed.
TIMESTAMPS = {"recorded_at", "added_at", "changed_at"}


def _digest(database: Database, leave_out: frozenset[str] = frozenset()) -> str:
    """SHA-256 over every user-data table (rows in key order, as stored, timestamps left out) but ``leave_out``."""
    hasher = hashlib.sha256()
    with database.reading() as session:
        run = session.connection().exec_driver_sql
        for table in Base.metadata.sorted_tables:
            if table.name == "change_log" or table.name in leave_out:
                continue
            columns = ", ".join(f'"{c.name}"' for c in table.columns if c.name not in TIMESTAMPS)
            key = ", ".join(f'"{c.name}"' for c in table.primary_key.columns)
            for row in run(f'SELECT {columns} FROM "{table.name}" ORDER BY {key}'):
                hasher.update(repr((table.name, tuple(row))).encode())
    return hasher.hexdigest()


@pytest.fixture(scope="module")
def template_digest(demo_template: Path) -> str:
    with open_database(demo_template / "demo.sqlite3") as template:  # seed 1403, as of TODAY
        return _digest(template)


def _generate(folder: Path, seed: int) -> tuple[str, DemoSummary, tuple[int, ...]]:
    """The digest, the returned summary and the rows actually written."""
    with open_database(folder / "t.sqlite3") as database:
        summary = generate_demo(database, seed=seed, as_of=TODAY)
        counts = tuple(count_rows(database, m) for m in (District, Branch, Solution, OperationalProgram,
                                                         Activity, ProgressUpdate, Meeting, Resolution))
        return _digest(database), summary, counts


def _leaves(nodes: tuple[PlanNode, ...]):
    for node in nodes:
        if node.kind is NodeKind.ACTIVITY and not node.children:
            yield node
        yield from _leaves(node.children)


def test_the_normal_demo_is_a_qom_sized_province(demo: AppServices) -> None:
    database = demo.database
    assert count_rows(database, District) == 8
    assert 95 <= count_rows(database, Branch) <= 105
    assert count_rows(database, Solution) >= 30
    assert count_rows(database, OperationalProgram) >= 30
    assert count_rows(database, Activity) >= 30
    assert count_rows(database, ProgressUpdate) > count_rows(database, Activity)
    assert count_rows(database, EvidenceFile) > 0
    assert count_rows(database, Meeting) == 12
    profile = demo.profile()
    assert (profile.province_name, profile.is_set_up) == ("قم", True) and profile.user_name


def test_demo_resolutions_are_in_several_states_and_some_are_overdue(demo: AppServices) -> None:
    resolutions = demo.meetings.resolutions()
    assert {r.status for r in resolutions} == set(ResolutionStatus)
    overdue = demo.meetings.resolutions(ResolutionFilter(only_overdue=True))
    assert overdue and all(r.days_overdue > 0 and r.status.is_active for r in overdue)
    assert all(r.completed_on is not None for r in resolutions if r.status is ResolutionStatus.DONE)
    assert [m.number for m in sorted(demo.meetings.meetings(), key=lambda m: m.held_on)] == list(range(1, 13))
    assert all(m.held_on <= TODAY for m in demo.meetings.meetings())


def test_demo_activities_are_ahead_on_and_behind_schedule(demo: AppServices) -> None:
    spis = [leaf.progress.spi for leaf in _leaves(demo.plans.tree()) if leaf.progress.spi is not None]
    assert sum(1 for s in spis if s > 1.05) >= 5  # ahead
    assert sum(1 for s in spis if 0.95 <= s <= 1.05) >= 5  # on schedule
    assert sum(1 for s in spis if s < 0.95) >= 5  # behind
    summary = demo.dashboard.home_summary()
    assert len(summary.behind) == 10 and 0 < summary.finished_activity_count < summary.activity_count
    assert summary.solutions_without_program >= 1


@pytest.mark.parametrize("other_seed, same", [(1403, True), (7, False)])
def test_the_same_seed_and_date_give_the_same_data(template_digest: str, tmp_path: Path, other_seed: int,
                                                  same: bool) -> None:
    digest, summary, counts = _generate(tmp_path, seed=other_seed)
    assert (digest == template_digest) is same
    assert (summary.districts, summary.branches, summary.solutions, summary.programs, summary.activities,
            summary.progress_updates, summary.meetings, summary.resolutions) == counts


def test_a_demo_written_alone_derives_half_its_months_beside_and_gives_the_same_data(
        demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file opened ``alone`` (the `demo` command's): the cases are committed first, half the months and the
    branch spans derived on a second connection (desktop/indicators/rebuild_beside.py) - every row as in one
    transaction, but the count of write transactions (``data_generation``: three, not one)."""
    from desktop.indicators import rebuild_beside

    threads: list[tuple[str, str]] = []

    def spy(name: str):  # noqa: ANN202
        original = getattr(rebuild_beside, name)

        def spied(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 - the spied function's own
            threads.append((name, threading.current_thread().name))
            return original(*args, **kwargs)

        return spied

    for name in ("rebuild_months", "refresh_branch_spans"):
        monkeypatch.setattr(rebuild_beside, name, spy(name))
    path = tmp_path / "alone.sqlite3"
    with open_database(path, alone=True) as database:
        generate_demo(database, seed=1403, as_of=TODAY)
        database.use_wal()
        digest = _digest(database, leave_out=frozenset({"data_generation"}))
    with open_database(demo_template / "demo.sqlite3") as template:
        assert digest == _digest(template, leave_out=frozenset({"data_generation"}))
    assert sorted(threads) == [("rebuild_months", "MainThread"), ("rebuild_months", "rebuild beside"),
                               ("refresh_branch_spans", "rebuild beside")]
    assert not rebuild_beside.scratch_path(path).exists()
    assert is_recorded_as_checked(path) is not None  # its own writes, vouched for as in one transaction


def test_a_generated_demo_is_recorded_as_checked_so_the_next_process_writes_without_a_full_check(
        demo_template: Path) -> None:
    """desktop/store/check_record.py: the generator's own writes into a file it created are vouched for."""
    path = demo_template / "demo.sqlite3"
    assert is_recorded_as_checked(path) is not None
    with open_database(path, create=False) as db:
        assert db.health.cleared_by_record


def test_the_demo_keeps_every_index_the_migrations_made(demo_template: Path, tmp_path: Path) -> None:
    """The case loop drops case_record's indexes for its million inserts and builds them again after."""
    def indexes(path: Path) -> list[tuple[str, str]]:
        with open_database(path) as db, db.reading() as session:
            return [tuple(row) for row in session.execute(text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"))]

    migrated = indexes(tmp_path / "empty.sqlite3")
    assert ("ix_case_record_disposed_on", "CREATE INDEX ix_case_record_disposed_on ON case_record (disposed_on)") in migrated
    assert indexes(demo_template / "demo.sqlite3") == migrated


@pytest.mark.parametrize("alone", [False, True], ids=["one transaction", "file of its own"])
def test_a_failed_demo_takes_the_evidence_files_it_added_and_leaves_those_it_found(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, alone: bool) -> None:
    from desktop.demo import generator

    def fail(*_args, **_kwargs):
        raise KeyboardInterrupt  # Ctrl+C while the cases are written: the plans' evidence is in the store by then

    monkeypatch.setattr(generator, "write_cases", fail)
    found = tmp_path / "evidence" / "ab" / ("ab" + "0" * 62)  # another database's file in the shared folder
    found.parent.mkdir(parents=True)
    found.write_bytes(b"kept")
    with open_database(tmp_path / "demo.sqlite3", alone=alone) as database, pytest.raises(KeyboardInterrupt):
        generate_demo(database, as_of=TODAY)
    assert sorted(p.relative_to(tmp_path) for p in (tmp_path / "evidence").rglob("*")) == [
        found.parent.relative_to(tmp_path), found.relative_to(tmp_path)]
