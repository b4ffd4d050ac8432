"""The progress, indicators, directives and keys pages in a real headless Chromium, over real signed bundles
(demo provinces cut by their own outbox): drill down province → district → branch, issue a directive from the
form and see it listed, a too-weak role refused on directives and keys."""

from __future__ import annotations

import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.wait import WebDriverWait

from desktop.center.app import create_app
from desktop.center.web.app import DashboardSettings
from tests.center.browser.conftest import RunningCenter, _free_port, click_and_wait, screenshot, sign_in
from tests.center.dashboard.conftest import close, seed_real_provinces
from tests.center.staff_support import PASSWORD, ROLES, cheap_hashing


@pytest.fixture(scope="module")
def center() -> Iterator[RunningCenter]:
    """This module's center: the real bundles of tests/center/dashboard, served on a free loopback port."""
    import uvicorn

    folder = Path(tempfile.mkdtemp(prefix="rasad-browser-pages-"))
    seeded = seed_real_provinces(folder)
    app = create_app(seeded.center, dashboard=DashboardSettings(hashing=cheap_hashing()))
    for user, (role, _) in ROLES.items():  # a liaison of Qom here (staff_support's liaison is Tehran's)
        app.state.staff_accounts.add(user, f"کاربر {user}", role, PASSWORD,
                                     provinces=("QOM",) if role == "liaison" else ())
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=_free_port(), log_level="warning",
                                           lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the center did not start for the browser tests")
        time.sleep(0.05)
    try:
        yield RunningCenter(f"http://127.0.0.1:{server.config.port}", seeded.center, app, seeded.clock)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        close(seeded)
        shutil.rmtree(folder, ignore_errors=True)


def test_drill_down_from_the_provinces_to_a_districts_branches_and_back(browser, center) -> None:
    sign_in(browser, center.base_url, "viewer")
    browser.get(center.base_url + "/dashboard/indicators")
    assert browser.find_element(By.CSS_SELECTOR, "figure.chart svg")  # the trend, drawn on the server
    rows = browser.find_elements(By.CSS_SELECTOR, "table.ranking tbody tr")
    assert {row.find_element(By.CSS_SELECTOR, "th").text.split()[0] for row in rows} == {"قم", "اصفهان", "کرمان"}
    screenshot(browser, "indicators-fa")
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "قم"))
    assert parse_qs(urlsplit(browser.current_url).query)["province"] == ["QOM"]
    district = browser.find_element(By.CSS_SELECTOR, "table.ranking tbody tr th a")
    name = district.text
    click_and_wait(browser, district)
    crumbs = browser.find_element(By.CSS_SELECTOR, "nav.crumbs").text
    assert "همهٔ استان‌ها" in crumbs and "قم" in crumbs and name in crumbs
    assert browser.find_elements(By.CSS_SELECTOR, "table.ranking tbody tr")  # its branches
    assert "شعبه" in browser.find_element(By.CSS_SELECTOR, "table.ranking tbody").text
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "همهٔ استان‌ها"))
    assert "province" not in parse_qs(urlsplit(browser.current_url).query)


def test_an_analyst_issues_a_directive_from_the_form_and_sees_it_listed(browser, center) -> None:
    sign_in(browser, center.base_url, "analyst")
    browser.get(center.base_url + "/dashboard/directives")
    browser.find_element(By.CSS_SELECTOR, "input[name='province'][value='ISF']").click()
    browser.find_element(By.NAME, "note").send_keys("ابلاغ آزمون مرورگر")
    browser.find_elements(By.NAME, "deadline_code")[0].send_keys("D-BROWSER")
    browser.find_elements(By.NAME, "deadline_title")[0].send_keys("گزارش شش‌ماهه")
    browser.find_elements(By.NAME, "deadline_due")[0].send_keys("۱۴۰۵/۱۰/۰۱")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.directive-form button[type='submit']"))
    assert "ISF-1" in browser.find_element(By.CSS_SELECTOR, "p.notice").text
    listed = browser.find_element(By.CSS_SELECTOR, "table.directives tbody").text
    assert "اصفهان" in listed and "هنوز گزارش نشده" in listed
    screenshot(browser, "directives-fa")


@pytest.mark.parametrize(("user", "page"), [("viewer", "/dashboard/directives"), ("analyst", "/dashboard/keys")])
def test_a_too_weak_role_sees_no_form_and_its_post_is_refused(browser, center, user, page) -> None:
    sign_in(browser, center.base_url, user)
    browser.get(center.base_url + page)
    assert not browser.find_elements(By.CSS_SELECTOR, "main form[method='post']")
    # the form of a stronger role, posted anyway from this page (with this session's token): refused, audited
    action = "/dashboard/directives" if page.endswith("directives") else "/dashboard/keys/register/preview"
    token = browser.find_element(By.CSS_SELECTOR, "header form input[name='csrf_token']").get_attribute("value")
    browser.execute_script(
        "const f = document.createElement('form'); f.method = 'post'; f.action = arguments[0];"
        "const t = document.createElement('input'); t.name = 'csrf_token'; t.value = arguments[1]; f.appendChild(t);"
        "document.body.appendChild(f); f.submit();", action, token)
    WebDriverWait(browser, 15).until(lambda d: urlsplit(d.current_url).path == action)
    assert "اجازهٔ" in browser.find_element(By.TAG_NAME, "main").text


def _box(driver, selector: str) -> dict:  # noqa: ANN001
    return driver.execute_script("return arguments[0].getBoundingClientRect().toJSON()",
                                 driver.find_element(By.CSS_SELECTOR, selector))


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_forms_and_cards_start_where_the_page_starts_in_both_directions(browser, center, lang) -> None:
    """Looked at in screenshots (r16): the report's form was centred like the sign-in box, a card's heading sat
    1.6 rem below its padding, the directive form's province boxes were indented by a physical left margin."""
    sign_in(browser, center.base_url, "admin")
    browser.get(f"{center.base_url}/dashboard/report?lang={lang}")
    start = "right" if lang == "fa" else "left"
    heading, form = _box(browser, "main h1"), _box(browser, "form.report")
    assert abs(heading[start] - form[start]) <= 1, (heading, form)
    browser.get(center.base_url + "/dashboard/keys")
    for card in browser.find_elements(By.CSS_SELECTOR, "main form.card"):
        gap = browser.execute_script("const c = arguments[0].getBoundingClientRect();"
                                     "return arguments[0].querySelector('h2').getBoundingClientRect().top - c.top",
                                     card)
        assert gap < 25, gap  # the card's padding (1.25 rem) and its border
    browser.get(center.base_url + "/dashboard/directives")
    boxes = _box(browser, "fieldset.checks"), _box(browser, "fieldset.checks label")
    assert abs(boxes[0][start] - boxes[1][start]) < 20, boxes  # the fieldset's padding (1 rem) and its border
    screenshot(browser, f"directives-{lang}")
