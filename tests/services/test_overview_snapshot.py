"""The remembered overview is shown only while it is current: every kind of write makes it stale (the data
generation, desktop/store/engine.py), and what it holds equals what the services compute."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.context import AppServices
from desktop.domain.jalali import JalaliPeriod, PeriodKind
from desktop.domain.meetings import ResolutionStatus
from desktop.imports.columns import FileKind
from desktop.meetings.views import MeetingForm
from desktop.overview import codec
from desktop.planning.views import NodeKind
from desktop.store.backup import create_backup, restore_backup
from desktop.store.database import open_database
from desktop.store.view_snapshots import read_current, read_without_checks
from tests.imports.conftest import CASE_HEADERS, MONTHLY_HEADERS, SATISFACTION_HEADERS, write_csv
from tests.services.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def shared(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppServices]:
    """One copy of the demo for the module, checked once (a snapshot is written only once the health is known):
    each test remembers the overview again before its write."""
    from desktop.clock import FixedClock

    folder = tmp_path_factory.mktemp("overview-snapshot")
    shutil.copytree(demo_template, folder / "demo")
    database = open_database(folder / "demo" / "demo.sqlite3", create=False)
    assert not database.health.check().is_damaged
    yield AppServices(database, FixedClock(TODAY), is_demo=True)
    database.close()


def current(services: AppServices) -> bytes | None:
    """What the next start would find. Without the header read of read_current (a plain file descriptor closed
    in this process, which has the database open, would drop its SQLite locks); read_current itself is tested
    on closed files (tests/store/test_view_snapshots.py)."""
    return read_without_checks(services.database.path, codec.snapshot_key(services.clock.today()))


def remember(services: AppServices) -> None:
    assert services.overview.remember(services.overview.compute())
    assert current(services) is not None


def a_leaf_activity(services: AppServices) -> int:
    def leaves(nodes):
        for node in nodes:
            if node.kind is NodeKind.ACTIVITY and not node.children:
                yield node.id
            yield from leaves(node.children)

    return next(leaves(services.plans.tree()))


def a_branch(services: AppServices):  # noqa: ANN201
    return services.organisation.branches()[0]


def _progress(services: AppServices, tmp_path: Path) -> None:
    services.plans.record_progress(a_leaf_activity(services), 55.0, TODAY)


def _meeting(services: AppServices, tmp_path: Path) -> None:
    services.meetings.create_meeting(MeetingForm(held_on=TODAY, title="جلسه آزمون"))


def _resolution_done(services: AppServices, tmp_path: Path) -> None:
    row = next(r for r in services.meetings.resolutions() if r.status is not ResolutionStatus.DONE)
    services.meetings.set_status(row.id, ResolutionStatus.DONE, completed_on=TODAY)


def _follow_up(services: AppServices, tmp_path: Path) -> None:
    services.meetings.add_follow_up(services.meetings.resolutions()[0].id, "پیگیری شد")


def _import(kind: FileKind, headers, rows) -> Callable[[AppServices, Path], None]:  # noqa: ANN001
    def write(services: AppServices, tmp_path: Path) -> None:
        code = a_branch(services).code
        path = write_csv(tmp_path / f"{kind}.csv", headers, [[code if cell == "{branch}" else cell for cell in row]
                                                              for row in rows])
        result = services.imports.import_file(path, kind, snapshot=False)
        assert result.problem_count == 0, result.problems

    return write


def _branch_renamed(services: AppServices, tmp_path: Path) -> None:
    branch = a_branch(services)
    district = services.organisation.districts()[-1]  # moved to another district, and renamed
    path = write_csv(tmp_path / "branches.csv", ("کد شعبه", "نام شعبه", "حوزه قضایی"),
                     [(branch.code, branch.name + " (نو)", district.name)])
    result = services.imports.import_file(path, FileKind.BRANCHES)
    assert result.problem_count == 0, result.problems


def _withdrawing_listing(services: AppServices, tmp_path: Path) -> None:
    """A case listing that is a full snapshot of a branch's month: its pending cases missing from it are marked
    withdrawn, in the importer's own SQL on the session's sqlite3 connection."""
    import jdatetime

    connection = sqlite3.connect(services.database.path)
    code, registered = connection.execute(
        "SELECT b.code, c.registered_on FROM case_record c JOIN branch b ON b.id = c.branch_id "
        "WHERE c.disposed_on IS NULL AND c.withdrawn_on IS NULL ORDER BY c.registered_on DESC LIMIT 1").fetchone()
    connection.close()
    day = jdatetime.date.fromgregorian(date=date.fromisoformat(registered)).strftime("%Y/%m/%d")
    path = write_csv(tmp_path / "listing.csv", CASE_HEADERS, [("H13-W", code, "حقوقی", day, "", "", "", "")])
    result = services.imports.import_file(path, FileKind.CASES, confirm_withdrawals=lambda counts: True)
    assert result.problem_count == 0 and result.withdrawn, result


def _setting(services: AppServices, tmp_path: Path) -> None:
    services.organisation.set_user_name("کاربر دیگر")


def _import_setting(services: AppServices, tmp_path: Path) -> None:
    services.imports.set_earliest_year(services.imports.earliest_year() - 1)


def _approval(services: AppServices, tmp_path: Path) -> None:
    services.approvals.submit(JalaliPeriod(PeriodKind.MONTH, 1405, 7))


def _another_process(services: AppServices, tmp_path: Path) -> None:
    script = ("import sys; from desktop.store.database import open_database; from sqlalchemy import text\n"
              "with open_database(sys.argv[1]) as db, db.session() as s:\n"
              "    s.execute(text(\"UPDATE activity SET title = title || '.' WHERE id = (SELECT min(id) FROM activity)\"))")
    subprocess.run([sys.executable, "-c", script, str(services.database.path)], check=True, cwd=ROOT, timeout=120)


WRITES = {
    "progress recorded": _progress,
    "meeting added": _meeting,
    "resolution done": _resolution_done,
    "follow-up noted": _follow_up,
    "case listing imported (executemany)": _import(FileKind.CASES, CASE_HEADERS, [
        ("H13-1", "{branch}", "حقوقی", "1405/07/05", "", "", "", "")]),
    "monthly statistics imported": _import(FileKind.MONTHLY, MONTHLY_HEADERS, [
        ("{branch}", "1399", "1", "10", "9", "100", "30", "10", "20")]),
    "satisfaction imported": _import(FileKind.SATISFACTION, SATISFACTION_HEADERS, [
        ("{branch}", "1405", "8", "12", "4.1")]),
    "case listing withdrawing pending cases": _withdrawing_listing,
    "branch moved and renamed": _branch_renamed,
    "profile setting": _setting,
    "import setting": _import_setting,
    "period submitted for approval": _approval,
    "another process": _another_process,
}


@pytest.mark.parametrize("write", WRITES.values(), ids=WRITES.keys())
def test_the_remembered_overview_is_stale_after_a_write(shared: AppServices, tmp_path: Path,
                                                        write: Callable[[AppServices, Path], None]) -> None:
    remember(shared)
    write(shared, tmp_path)
    assert current(shared) is None


def test_the_remembered_overview_decodes_equal_to_the_computed_one(shared: AppServices) -> None:
    computed = shared.overview.compute()
    assert computed.overview.overdue and computed.overview.at_risk and computed.overview.coverage.period
    assert shared.overview.remember(computed)
    assert codec.decode(current(shared)) == computed.overview


def test_remembering_changes_no_generation_and_a_second_start_finds_it(shared: AppServices) -> None:
    remember(shared)
    again = shared.overview.compute()
    assert shared.overview.remember(again)  # the first snapshot's write did not make the second one stale
    assert current(shared) is not None


def test_another_day_or_another_version_shows_no_remembered_overview(shared: AppServices) -> None:
    remember(shared)
    key = codec.snapshot_key(shared.clock.today())
    path = shared.database.path
    assert read_without_checks(path, key) is not None
    assert read_without_checks(path, replace(key, day=TODAY + timedelta(days=1))) is None
    assert read_without_checks(path, replace(key, app_version=key.app_version + ".1")) is None
    assert read_without_checks(path, replace(key, revision="0013")) is None
    assert read_current(path, replace(key, scope="account:1")) is None


def test_with_an_account_nothing_is_remembered_nor_shown(demo: AppServices) -> None:
    demo.database.health.check()
    remember(demo)
    demo.accounts.create_first_secretary("dabir", "دبیر", "a long enough password 1")
    assert current(demo) is None
    assert demo.overview.remember(demo.overview.compute()) is False


def test_a_restored_backup_shows_no_overview_remembered_before_it(demo: AppServices, tmp_path: Path) -> None:
    demo.database.health.check()
    remember(demo)  # the backup carries this snapshot and its generation
    backup = create_backup(demo.database.path, tmp_path / "backups", now=datetime.now(UTC))
    path = demo.database.path
    demo.close()
    restore_backup(backup.path, path)
    with open_database(path) as reopened:
        assert read_current(path, codec.snapshot_key(TODAY)) is None
        assert reopened.health.report is not None


def test_nothing_is_remembered_while_the_health_is_unknown(demo: AppServices) -> None:
    # A copied file: nothing vouches for it until the full check has run; remembering never runs that check.
    assert not demo.database.health.cleared_by_record
    assert demo.overview.remember(demo.overview.compute()) is False
    assert demo.database.health.report.status.value == "unchecked"


class _PastMidnight:
    """A clock whose day turns over after the overview has read it: the services that follow compute for the
    next day (the meetings service's overdue days)."""

    def __init__(self) -> None:
        self.calls = 0

    def today(self) -> date:
        self.calls += 1
        return TODAY if self.calls == 1 else TODAY + timedelta(days=1)

    def now(self) -> datetime:
        return datetime.combine(self.today(), datetime.min.time(), tzinfo=UTC)


def test_an_overview_computed_across_midnight_is_not_remembered(shared: AppServices) -> None:
    """Its figures mix two days under the first day's key: shown again only if the clock went back (a time
    zone change), but then with the next day's overdue counts under the previous day's date."""
    services = AppServices(shared.database, _PastMidnight(), is_demo=True)
    computed = services.overview.compute()
    assert computed.day == computed.overview.summary.as_of == TODAY
    late = computed.overview.overdue[0]
    assert late.days_overdue == (TODAY + timedelta(days=1) - late.deadline).days  # the next day's figure
    assert services.overview.remember(computed) is False


def test_the_overview_with_its_units_at_risk_read_beside_the_plan_is_the_services_figures(
        shared: AppServices) -> None:
    """On a file the units at risk are read on a thread of their own while the plan is rolled up
    (OverviewService.compute): the overview is still each service's own figures, read one after the other."""
    from desktop.indicators.at_risk import judge_units_at_risk
    from desktop.meetings.views import ResolutionFilter
    from desktop.overview.views import Overview

    assert shared.database.path is not None
    overview = shared.overview.compute().overview
    judged = judge_units_at_risk(shared.indicators)
    expected = Overview(shared.dashboard.home_summary(shared.clock.today()),
                        shared.meetings.resolutions(ResolutionFilter(only_overdue=True)),
                        list(judged.at_risk), bool(shared.indicators.available_months()),
                        bool(shared.meetings.meetings()), shared.indicators.coverage(), list(judged.not_judged))
    assert overview.at_risk and overview == expected
