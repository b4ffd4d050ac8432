"""The dashboard in a real headless Chromium (issue 16).

* ``center`` (module-scoped): the center served by uvicorn in a thread on a free loopback port, over a SQLite
  database seeded through the center's own ingest — Tehran with applied, held and refused bundles and approval
  states, Qom up to date, Khuzestan registered a month ago and silent (stale) — and one account of each role
  (password ``PASSWORD``; cheap Argon2id parameters).
* ``driver`` (module-scoped): Debian's ``/usr/bin/chromium`` driven by Selenium through Debian's
  ``/usr/bin/chromedriver`` (the same package version, no download at run time; tools/test_packages.sh installs
  both when root). Without them the tests skip with a notice saying what is missing.
* ``sign_in(driver, base_url, user, password)`` and ``screenshot(driver, name)`` (written only when
  ``RASAD_SCREENSHOTS=<folder>`` is set).

Selenium rather than Playwright: Playwright's Python package brings its own Node driver and expects browser builds
of its own version; Selenium speaks W3C WebDriver to the chromedriver that Debian ships with chromium.
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.center.app import create_app
from desktop.center.service import CenterService
from desktop.center.web.app import DashboardSettings
from desktop.sync import canonical, frame
from desktop.sync.keys import export_public, generate_private_key
from tests.center.conftest import NOW, Province
from tests.center.staff_support import PASSWORD, Clock, add_every_role, cheap_hashing

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
WINDOW = (1366, 768)


@dataclass
class RunningCenter:
    base_url: str
    service: CenterService
    app: object
    clock: Clock


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _with_approvals(province: Province, periods: list[dict]) -> bytes:
    """Province.bundle's next bundle, also carrying approvals.json (the state of each period, as a province sends
    it: desktop/sync/progress_content.py)."""
    province.sequence += 1
    rows = [{"id": province.next_change, "changed_at": "2026-11-01T08:00:00+00:00", "user_name": "u",
             "table": "progress_update", "row_id": province.next_change, "operation": "insert", "old": None,
             "new": {"percent": 40.0, "note": "پیشرفت"}}]
    province.next_change += 1
    data = frame.encode({
        "payload_type": "progress", "bundle_id": frame.new_bundle_id(), "province": province.code,
        "sequence": province.sequence, "previous_hash": province.previous, "created_at": frame.utc_timestamp(NOW),
        "app_version": "0.1.0", "schema_version": "0003",
    }, [("changes.json", canonical.dumps({"changes": rows}), True),
        ("approvals.json", canonical.dumps({"periods": periods}), False)], province.key)
    province.previous = frame.file_hash(data)
    return data


def seed(service: CenterService, clock: Clock) -> None:
    clock.now = NOW - timedelta(days=30)
    khz = Province("KHZ")
    service.register_province("KHZ", "خوزستان", export_public(khz.key.public_key()))
    service.ingest(khz.bundle())  # its last bundle a month ago: stale
    clock.now = NOW - timedelta(days=3)
    thr, qom = Province("THR"), Province("QOM")
    service.register_province("THR", "تهران", export_public(thr.key.public_key()))
    service.register_province("QOM", "قم", export_public(qom.key.public_key()))
    service.ingest(thr.bundle())
    service.ingest(_with_approvals(thr, [
        {"period": "1405-07", "kind": "month", "state": "approved", "decided_by": "رئیس کل",
         "decided_at": "2026-10-30T08:00:00+00:00", "approved_at": "2026-10-30T08:00:00+00:00"},
        {"period": "1405-08", "kind": "month", "state": "returned", "decided_by": "رئیس کل",
         "decided_at": "2026-11-20T08:00:00+00:00", "approved_at": None}]))
    clock.now = NOW - timedelta(days=1)
    service.ingest(thr.bundle(sequence=5))  # a gap: held until 3 and 4 arrive
    service.ingest(thr.bundle(sequence=3, previous="0" * 64))  # the wrong previous hash: refused for good
    service.ingest(qom.bundle())
    clock.now = NOW


@pytest.fixture(scope="module")
def center() -> Iterator[RunningCenter]:
    import uvicorn

    folder = Path(tempfile.mkdtemp(prefix="rasad-browser-"))
    clock = Clock()
    service = CenterService(f"sqlite:///{folder / 'center.db'}", generate_private_key(), clock=clock)
    seed(service, clock)
    # Secure cookies as in production: Chromium keeps them on http://127.0.0.1 (a potentially trustworthy origin)
    app = create_app(service, dashboard=DashboardSettings(hashing=cheap_hashing()))
    add_every_role(app.state.staff_accounts)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the center did not start for the browser tests")
        time.sleep(0.05)
    try:
        yield RunningCenter(f"http://127.0.0.1:{port}", service, app, clock)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        service.close()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def driver() -> Iterator[object]:
    missing = [str(path) for path in (CHROMIUM, CHROMEDRIVER) if not path.exists()]
    if missing:
        pytest.skip(f"browser tests need Debian's chromium and chromium-driver ({', '.join(missing)} missing; "
                    "tools/test_packages.sh installs them when run as root)")
    try:
        from selenium import webdriver
        from selenium.common.exceptions import WebDriverException
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        pytest.skip("browser tests need the selenium package (pip install -e '.[test]')")
    profile = tempfile.mkdtemp(prefix="rasad-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={profile}",
                 f"--window-size={WINDOW[0]},{WINDOW[1]}", "--lang=fa"):
        options.add_argument(flag)
    try:
        browser = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    except WebDriverException as error:
        shutil.rmtree(profile, ignore_errors=True)
        pytest.skip(f"headless Chromium could not be started ({str(error).splitlines()[0]})")
    browser.set_page_load_timeout(30)
    # the page itself 1366×768 (the window's size would include the browser's own frame)
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": WINDOW[0], "height": WINDOW[1], "deviceScaleFactor": 1, "mobile": False})
    try:
        yield browser
    finally:
        browser.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def browser(driver, center):  # noqa: ANN001, ANN201
    """The module's browser with no cookie of an earlier test."""
    driver.get(center.base_url + "/login")
    driver.delete_all_cookies()
    return driver


def sign_in(driver, base_url: str, user: str, password: str = PASSWORD) -> None:  # noqa: ANN001
    from selenium.webdriver.common.by import By

    driver.get(f"{base_url}/login")
    driver.find_element(By.ID, "user_name").clear()
    driver.find_element(By.ID, "user_name").send_keys(user)
    driver.find_element(By.ID, "password").send_keys(password)
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "form[action='/login'] button[type='submit']"))


def click_and_wait(driver, element, seconds: float = 15) -> None:  # noqa: ANN001
    """Click ``element`` and wait until the next page has replaced this one (a click returns before that)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.wait import WebDriverWait

    page = driver.find_element(By.TAG_NAME, "html")
    element.click()
    WebDriverWait(driver, seconds).until(expected_conditions.staleness_of(page))


def screenshot(driver, name: str) -> Path | None:  # noqa: ANN001
    """Save the window as ``<RASAD_SCREENSHOTS>/<name>.png`` when that variable names a folder; else nothing."""
    folder = os.environ.get("RASAD_SCREENSHOTS")
    if not folder:
        return None
    path = Path(folder) / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(path))
    return path
