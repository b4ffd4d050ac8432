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
import tempfile
from pathlib import Path

import hypothesis
import pytest

from tests.demo_support import DEMO_AS_OF

# The window's preferences (QSettings: the remembered page, geometry, language) go to a folder of this test run,
# never the user's: no test starts from what a person or an earlier run left open, nor changes it for them.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="rasad-test-config-")
# The data folder (the crash log, a key file with no --key-file, the demo's default place) likewise: never the
# user's, and never one that another test process writes at the same moment.
os.environ["RASAD_DATA_DIR"] = tempfile.mkdtemp(prefix="rasad-test-data-")
# The system keyring likewise: a test never writes a signing key into the user's keyring, and the window shows the
# same thing on every machine (a CI machine whose keyring raised showed a notice this one never did). Tests of a
# keyring pass a backend of their own (`keyring_backend=`).
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
# The window tests draw offscreen on a 1920x1080 screen, as an office's monitor: Qt's offscreen screen is 800x800,
# smaller than the window's minimum, which is then fitted to it (desktop/ui/first_window_size.py); the tests that
# size the window as a laptop's (1366x768) need a screen that holds it.
from desktop.ui.offscreen_screen import offscreen_platform, wants_offscreen_default  # noqa: E402 - no Qt in it

if wants_offscreen_default():
    os.environ["QT_QPA_PLATFORM"] = offscreen_platform()

# No time limit per hypothesis example (its default is 200 ms): with two test processes on two cores and whatever
# else the machine runs, a pure function can be descheduled past it, and hypothesis then fails the test as
# "Unreliable test timings" for reasons that have nothing to do with the code. Every property is still checked.
hypothesis.settings.register_profile("rasad", deadline=None)
hypothesis.settings.load_profile("rasad")

POSTGRES_VARIABLE = "RASAD_TEST_POSTGRES_URL"
#: Where a worker keeps the URL it was given (the maintenance door to the server) once it has its own database.
_POSTGRES_SERVER = "RASAD_TEST_POSTGRES_SERVER_URL"


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


def pytest_unconfigure(config: pytest.Config) -> None:
    if _POSTGRES_SERVER in os.environ and _worker():
        _drop_postgres_database(os.environ[_POSTGRES_SERVER], os.environ[POSTGRES_VARIABLE])


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """In a parallel run, the ``start_first`` tests go to the head of the queue (their order otherwise kept).
    Every worker collects and sorts alike, as xdist requires."""
    if _worker() is None:
        return
    items.sort(key=lambda item: item.get_closest_marker("start_first") is None)


@pytest.fixture(autouse=True)
def _root_logger_as_found():
    """The root logger's handlers and level put back after each test: a command run in-process that configures the
    center's logging (desktop/center/logs.py ``configure``) left a handler on the stream pytest had captured for it,
    at INFO, and a later test in the same process then found Python's "Logging error" report - the record's raw
    arguments - on its own stderr."""
    import logging

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
    root.setLevel(level)


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


# Here, at import, not in pytest_configure: this conftest is loaded before every other (they are below it), and
# the center tests read the variable when their conftest and modules are imported — `pytest tests/center` loads
# tests/center/conftest.py before any pytest_configure runs.
if _worker() and os.environ.get(POSTGRES_VARIABLE) and _POSTGRES_SERVER not in os.environ:
    try:
        _own = _worker_postgres_url(os.environ[POSTGRES_VARIABLE], _worker())
    except Exception as error:  # a server that is down, an account that may not create databases
        raise pytest.UsageError(
            f"{POSTGRES_VARIABLE}: a parallel run gives each worker a database of its own on that server and could "
            f"not create one ({type(error).__name__}: {str(error).splitlines()[0]}). Grant the account CREATEDB, "
            "or run in one process (-n 0).") from None
    os.environ[_POSTGRES_SERVER] = os.environ[POSTGRES_VARIABLE]
    os.environ[POSTGRES_VARIABLE] = _own
