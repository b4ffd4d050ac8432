"""Shared test set-up.

hypothesis is imported here, at collection, because its pytest plugin otherwise imports it during the
terminal summary, where pytest's assertion rewriting trips over a CPython 3.11 AST bug
("AST constructor recursion depth mismatch") when only a subset of the tests ran.

`make test` runs the suite in parallel (pytest-xdist, one process per core; CONTRIBUTING.md "Tests"). What the
processes could otherwise share is made their own here:

* the window's preferences (XDG_CONFIG_HOME) and the data folder (RASAD_DATA_DIR: the crash log, the default
  key file), a temporary folder per process;
* the PostgreSQL database of the center tests (RASAD_TEST_POSTGRES_URL): each worker gets a database of its own
  on the same server, created when it starts and dropped when it ends, since those tests wipe their tables.

Tests marked ``start_first`` (a minute or more of their own) are handed out before the rest, so that the last
minutes of a parallel run are not one process finishing a long test while the other core idles. Tests marked
``exclusive`` never run while another ``exclusive`` test runs in another process (a file lock in the run's
temporary folder): for a test that needs something of the machine's that cannot be made its own.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import date
from pathlib import Path

import hypothesis  # noqa: F401
import pytest

# The window's preferences (QSettings: the remembered page, geometry, language) go to a folder of this test run,
# never the user's: no test starts from what a person or an earlier run left open, nor changes it for them.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="rasad-test-config-")
# The data folder (the crash log, a key file with no --key-file, the demo's default place) likewise: never the
# user's, and never one that another test process writes at the same moment.
os.environ["RASAD_DATA_DIR"] = tempfile.mkdtemp(prefix="rasad-test-data-")

POSTGRES_VARIABLE = "RASAD_TEST_POSTGRES_URL"
#: The date the demo templates are generated as of (2 Azar 1405), as in every area's conftest.
DEMO_AS_OF = date(2026, 11, 23)


def _worker() -> str | None:
    """The xdist worker this process is ("gw0", "gw1", …), None when the run is not parallel."""
    return os.environ.get("PYTEST_XDIST_WORKER")


def _worker_postgres_url(url: str, worker: str) -> str:
    """A fresh database ``<name>_<worker>`` on the server of ``url`` (the one given is the maintenance door)."""
    from sqlalchemy import create_engine, make_url

    base = make_url(url)
    name = f"{base.database}_{worker}"
    engine = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    finally:
        engine.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


def _drop_postgres_database(maintenance_url: str, url: str) -> None:
    from sqlalchemy import create_engine, make_url

    engine = create_engine(maintenance_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')
    finally:
        engine.dispose()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "start_first: a long test (a minute or so) a parallel run hands out first")
    config.addinivalue_line("markers", "exclusive: never runs at the same time as another exclusive test")
    # The center tests read the variable when their modules are imported, which is after this hook.
    worker, url = _worker(), os.environ.get(POSTGRES_VARIABLE)
    if worker and url:
        config._rasad_postgres = (url, _worker_postgres_url(url, worker))  # type: ignore[attr-defined]
        os.environ[POSTGRES_VARIABLE] = config._rasad_postgres[1]  # type: ignore[attr-defined]


def pytest_unconfigure(config: pytest.Config) -> None:
    urls = getattr(config, "_rasad_postgres", None)
    if urls:
        os.environ[POSTGRES_VARIABLE] = urls[0]
        _drop_postgres_database(*urls)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """In a parallel run, the ``start_first`` tests go to the head of the queue (their order otherwise kept).
    Every worker collects and sorts alike, as xdist requires."""
    if _worker() is None:
        return
    items.sort(key=lambda item: item.get_closest_marker("start_first") is None)


@pytest.fixture(autouse=True)
def _exclusive(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """Holds the run's exclusive lock through a test marked ``exclusive`` (nothing for the others)."""
    if request.node.get_closest_marker("exclusive") is None or _worker() is None:
        yield
        return
    import fcntl

    # the workers' temporary folders (popen-gw0, …) share their parent: the run's own folder
    with open(tmp_path_factory.getbasetemp().parent / "exclusive.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


@pytest.fixture(scope="session")
def demo_province(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding the normal demo province (``demo.sqlite3``, its evidence), generated once per test
    process (a few seconds) as of DEMO_AS_OF, exactly as the generator left it (tests/services/test_demo_generator.py
    checks that state). Never written to: a test that changes a demo works on a copy (`copy_demo`, copytree)."""
    from desktop.demo.generator import generate_demo
    from desktop.store.database import open_database

    folder = tmp_path_factory.mktemp("demo-province")
    with open_database(folder / "demo.sqlite3") as database:
        generate_demo(database, as_of=DEMO_AS_OF)
    return folder


def copy_demo(demo_province: Path, folder: Path, name: str = "demo.sqlite3") -> Path:
    """A copy of the demo folder at ``folder``, its database (and the files beside it) named ``name``; returns
    the database's path. The copy stands as a demo generated in place would: recorded as checked
    (desktop/store/check_record.py) when the generator's own file is, so that its first write does not run the
    full integrity check a copied-in file otherwise gets (seconds), just as when each area generated its own."""
    from desktop.store.check_record import identity_of, is_recorded_as_checked, write_record

    original = demo_province / "demo.sqlite3"
    checked = is_recorded_as_checked(original) is not None
    shutil.copytree(demo_province, folder)
    if name != "demo.sqlite3":
        for path in list(folder.glob("demo.sqlite3*")):
            path.rename(folder / (name + path.name.removeprefix("demo.sqlite3")))
    database = folder / name
    identity = identity_of(database)
    if checked and identity is not None:
        write_record(database, identity)
    return database
