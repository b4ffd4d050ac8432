"""Fixtures for the window tests: an offscreen Qt application in Persian, set-up services and a demo."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import hashlib  # noqa: E402
import shutil  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

# Whole before any window starts: a window imports matplotlib (and with it numpy) on a worker thread
# (desktop/ui/charts/loading.py), and pytest.approx reads sys.modules["numpy"] without the import lock, so a
# comparison made meanwhile failed with "AttributeError: partially initialized module 'numpy' …".
# The window itself only ever imports it, which waits for the other thread's import.
import numpy  # noqa: E402, F401
import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.clock import FixedClock  # noqa: E402
from desktop.context import AppServices  # noqa: E402
from desktop.organisation.service import DistrictDraft, OrganisationService, SetupForm  # noqa: E402
from desktop.planning.reference_seed import seed_reference_plans  # noqa: E402
from desktop.store.database import open_database  # noqa: E402
from desktop.ui.changes import ChangeNotifier  # noqa: E402
from desktop.ui.fonts import install_fonts  # noqa: E402
from desktop.ui.language import Language, install_language  # noqa: E402
from desktop.ui.main_thread_gc import install_main_thread_collector, remove_main_thread_collector  # noqa: E402
from desktop.ui.settings import UiSettings  # noqa: E402
from desktop.ui.tasks import stop_background_jobs  # noqa: E402
from tests.demo_support import DEMO_AS_OF, copy_demo  # noqa: E402

TODAY = DEMO_AS_OF  # 2 Azar 1405 (2026-11-23)
USER = "دبیر شورا"


@pytest.fixture(scope="session", autouse=True)
def persian_application(qapp: QApplication) -> QApplication:
    """Language, direction and fonts are set once, before any widget, as the app does at start."""
    install_language(QApplication.instance(), Language.PERSIAN)
    install_fonts(qapp)
    return qapp


@pytest.fixture(autouse=True)
def collect_on_the_window_thread(qapp: QApplication) -> Iterator[None]:
    """As the app does (desktop/ui/main_thread_gc.py): no Qt object is collected in a job's thread. Only during a
    window test: this process may run tests without an event loop next, which must collect as usual."""
    install_main_thread_collector(qapp)
    yield
    remove_main_thread_collector()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


@pytest.fixture
def services(tmp_path: Path, clock: FixedClock) -> Iterator[AppServices]:
    """A province with one district, the reference plans of 1405 and no meetings."""
    database = open_database(tmp_path / "rasad.sqlite3")
    with database.session() as session:
        seed_reference_plans(session, 1405)
    OrganisationService(database).complete_setup(SetupForm(
        province_code="KHR", province_name="خراسان رضوی", user_name=USER,
        districts=(DistrictDraft("01", "حوزه قضایی مشهد", (("101", "شعبه ۱۰۱ دادگاه حقوقی مشهد", "حقوقی"),)),)))
    yield AppServices(database, clock)
    stop_background_jobs()
    database.close()


@pytest.fixture(scope="session")
def demo_template(demo_province: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The demo province (generated once per run, tests/conftest.py), the window tests' own copy of it; each
    `demo_services` works on a copy of this one."""
    folder = tmp_path_factory.mktemp("ui-demo-template") / "demo"
    copy_demo(demo_province, folder)
    before = _fingerprint(folder / "demo.sqlite3")
    yield folder
    # A test that opened the template itself instead of a copy changes what every later test of this process
    # starts from (a remembered overview made one fail only when it ran after the screenshots): say which file.
    assert _fingerprint(folder / "demo.sqlite3") == before, (
        f"{folder / 'demo.sqlite3'} was written by a test: work on a copy (demo_services, copy_demo)")


def _fingerprint(database: Path) -> str:
    """The database and its write-ahead log (a write not yet checkpointed is only there)."""
    digest = hashlib.sha256()
    for path in (database, database.with_name(database.name + "-wal")):
        digest.update(path.read_bytes() if path.exists() else b"-")
    return digest.hexdigest()


@pytest.fixture
def demo_services(demo_template: Path, tmp_path: Path, clock: FixedClock) -> Iterator[AppServices]:
    folder = tmp_path / "demo"
    shutil.copytree(demo_template, folder)
    database = open_database(folder / "demo.sqlite3")
    yield AppServices(database, clock, is_demo=True)
    stop_background_jobs()  # as the app at exit: no job of this test still reads the file, nor runs into the next
    database.close()


@pytest.fixture
def notifier() -> ChangeNotifier:
    return ChangeNotifier()


@pytest.fixture
def ui_settings(tmp_path: Path) -> UiSettings:
    """Preferences in a file of their own, never the user's real ones."""
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
