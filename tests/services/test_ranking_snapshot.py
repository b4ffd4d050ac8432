"""The indicators page's remembered first view is shown only while it is current: every kind of write makes it
stale (the data generation), and what it holds equals what the services compute."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.context import AppServices
from desktop.ranking import codec
from desktop.ranking.views import FIRST_INDICATOR, FIRST_KIND, FIRST_LEVEL
from desktop.store.database import open_database
from desktop.store.view_snapshots import read_current, read_without_checks
from tests.services.conftest import TODAY
from tests.services.test_overview_snapshot import WRITES


@pytest.fixture(scope="module")
def shared(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppServices]:
    """One checked copy of the demo for the module: each test remembers the first view again before its write."""
    from desktop.clock import FixedClock

    folder = tmp_path_factory.mktemp("ranking-snapshot")
    shutil.copytree(demo_template, folder / "demo")
    database = open_database(folder / "demo" / "demo.sqlite3", create=False)
    assert not database.health.check().is_damaged
    yield AppServices(database, FixedClock(TODAY), is_demo=True)
    database.close()


def current(services: AppServices) -> bytes | None:
    """What the next start would find (without the header read: this process has the database open)."""
    return read_without_checks(services.database.path, codec.snapshot_key(services.clock.today()))


def remember(services: AppServices) -> None:
    assert services.ranking.remember(services.ranking.compute())
    assert current(services) is not None


# Writes that change the indicators themselves come first in WRITES' order of interest; every write counts.
INDICATOR_WRITES = ("case listing imported (executemany)", "monthly statistics imported",
                    "case listing withdrawing pending cases", "branch moved and renamed")


@pytest.mark.parametrize("write", WRITES.values(), ids=WRITES.keys())
def test_the_remembered_first_ranking_is_stale_after_a_write(shared: AppServices, tmp_path: Path,
                                                             write: Callable[[AppServices, Path], None]) -> None:
    remember(shared)
    write(shared, tmp_path)
    assert current(shared) is None


def test_the_writes_tried_include_those_that_change_the_indicators() -> None:
    assert set(INDICATOR_WRITES) <= set(WRITES)


def test_the_remembered_first_ranking_decodes_equal_to_the_computed_one(shared: AppServices) -> None:
    computed = shared.ranking.compute()
    ranking = computed.ranking
    assert ranking.table is not None and ranking.table.rows and ranking.months and ranking.case_types
    assert (ranking.choice.indicator, ranking.choice.level, ranking.choice.kind) == (
        FIRST_INDICATOR, FIRST_LEVEL, FIRST_KIND)
    assert shared.ranking.remember(computed)
    decoded = codec.decode(current(shared))
    assert decoded == ranking
    # the table is the one the indicators service ranks for that choice
    assert decoded.table == shared.indicators.table(FIRST_INDICATOR, FIRST_LEVEL, ranking.choice.period)


def test_remembering_the_ranking_changes_no_generation(shared: AppServices) -> None:
    remember(shared)
    assert shared.overview.remember(shared.overview.compute())  # nor does the overview's: both stay current
    assert current(shared) is not None
    assert shared.ranking.remember(shared.ranking.compute())


def test_another_day_or_version_or_revision_shows_no_remembered_ranking(shared: AppServices) -> None:
    remember(shared)
    key = codec.snapshot_key(shared.clock.today())
    path = shared.database.path
    assert read_without_checks(path, key) is not None
    assert read_without_checks(path, replace(key, day=TODAY + timedelta(days=1))) is None
    assert read_without_checks(path, replace(key, app_version=key.app_version + ".1")) is None
    assert read_without_checks(path, replace(key, revision="0013")) is None
    assert read_without_checks(path, replace(key, page="indicators/0")) is None  # another payload format
    assert read_current(path, replace(key, scope="account:1")) is None


def test_with_an_account_no_ranking_is_remembered_nor_shown(demo: AppServices) -> None:
    demo.database.health.check()
    remember(demo)
    demo.accounts.create_first_secretary("dabir", "دبیر", "a long enough password 1")
    assert current(demo) is None
    assert demo.ranking.remember(demo.ranking.compute()) is False


def test_no_ranking_is_remembered_while_the_health_is_unknown(demo: AppServices) -> None:
    assert not demo.database.health.cleared_by_record
    assert demo.ranking.remember(demo.ranking.compute()) is False


def test_a_payload_naming_an_unknown_indicator_or_another_table_is_unreadable(shared: AppServices) -> None:
    ranking = shared.ranking.compute().ranking
    unknown = replace(ranking, choice=replace(ranking.choice, indicator="no_such_indicator"))
    with pytest.raises(codec.UnreadableRanking):
        codec.decode(codec.encode(unknown))
    other_level = replace(ranking, choice=replace(ranking.choice, level="branch"))
    with pytest.raises(codec.UnreadableRanking):
        codec.decode(codec.encode(other_level))
    unlisted = replace(ranking, months=ranking.months[:1])  # the period chosen is not among those listed
    with pytest.raises(codec.UnreadableRanking):
        codec.decode(codec.encode(unlisted))
    for garbage in (b"", b"\x00garbage", codec.msgspec.msgpack.encode({"choice": 1})):
        with pytest.raises(codec.UnreadableRanking):
            codec.decode(garbage)
