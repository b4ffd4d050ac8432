"""The dashboard in a real headless Chromium (issue 16): sign in, see the provinces, sign out; every page refused
without a session; the administrators' audit page refused to a weaker role; the lockout told in Persian."""

from __future__ import annotations

from urllib.parse import urlsplit

from selenium.webdriver.common.by import By

from tests.center.browser.conftest import click_and_wait, screenshot, sign_in
from tests.center.test_dashboard_web import _dashboard_routes, _url


def _path(driver) -> str:  # noqa: ANN001
    return urlsplit(driver.current_url).path


def test_sign_in_see_the_provinces_and_sign_out(browser, center) -> None:
    browser.get(center.base_url + "/login")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("dir") == "rtl"
    screenshot(browser, "login-fa")
    sign_in(browser, center.base_url, "admin")
    assert _path(browser) == "/dashboard/provinces"
    rows = {row.find_element(By.CSS_SELECTOR, "th .name").text: row
            for row in browser.find_elements(By.CSS_SELECTOR, "table.provinces tbody tr")}
    assert set(rows) == {"تهران", "قم", "خوزستان"}
    assert "stale" in rows["خوزستان"].get_attribute("class") and "عقب‌افتاده" in rows["خوزستان"].text
    assert "stale" not in rows["تهران"].get_attribute("class")
    tehran = rows["تهران"].text
    assert "شمارهٔ ۵" in tehran and "شمارهٔ ۳" in tehran  # the held and the refused bundle, with their reasons
    assert "مهر ۱۴۰۵: تأییدشده" in tehran and "آبان ۱۴۰۵: برگشت‌خورده" in tehran
    assert "۳۰" in rows["خوزستان"].text  # days since its last bundle, in Persian digits
    font = browser.execute_script("return getComputedStyle(document.body).fontFamily")
    assert "Vazirmatn" in font
    assert browser.execute_script("return document.fonts.check('16px Vazirmatn')")
    screenshot(browser, "provinces-fa")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form[action='/logout'] button"))
    assert _path(browser) == "/login"
    browser.get(center.base_url + "/dashboard/provinces")
    assert _path(browser) == "/login"  # signed out for real


def test_every_dashboard_page_without_a_session_goes_to_sign_in(browser, center) -> None:
    pages = [route for route in _dashboard_routes(center.app, "GET") if route.path != "/login"]
    assert len(pages) >= 3
    for route in pages:
        browser.get(center.base_url + _url(route))
        assert _path(browser) == "/login", route.path
        assert browser.find_element(By.ID, "password")


def test_a_viewer_is_refused_the_audit_page_and_does_not_see_it_in_the_nav(browser, center) -> None:
    sign_in(browser, center.base_url, "viewer")
    nav = [link.get_attribute("href") for link in browser.find_elements(By.CSS_SELECTOR, "header nav a")]
    assert any(href.endswith("/dashboard/provinces") for href in nav)
    assert not any(href.endswith("/dashboard/audit") for href in nav)
    browser.get(center.base_url + "/dashboard/audit")
    assert "نقش حساب شما اجازهٔ این صفحه یا کار را نمی‌دهد" in browser.find_element(By.TAG_NAME, "main").text
    browser.delete_all_cookies()
    sign_in(browser, center.base_url, "admin")  # and the administrator reads that refusal in the audit
    browser.get(center.base_url + "/dashboard/audit")
    assert "view_audit" in browser.find_element(By.TAG_NAME, "table").text


def test_repeated_wrong_passwords_lock_the_account_and_say_so_in_persian(browser, center) -> None:
    for _ in range(4):
        sign_in(browser, center.base_url, "analyst", "not the password")
        assert "نام کاربری یا گذرواژه نادرست است" in browser.find_element(By.CSS_SELECTOR, ".alert").text
    sign_in(browser, center.base_url, "analyst", "not the password")
    assert "این حساب تا ۱۵ دقیقه قفل است" in browser.find_element(By.CSS_SELECTOR, ".alert").text
    sign_in(browser, center.base_url, "analyst")  # the right password is refused while locked
    assert _path(browser) == "/login" and "قفل" in browser.find_element(By.CSS_SELECTOR, ".alert").text
    screenshot(browser, "login-locked-fa")
