"""Download the national report from the dashboard in a real headless Chromium (issue 16, Acceptance: "download
the national report"): a viewer opens the report page from the nav, chooses the half-year and PDF, presses the
button, and the file Chromium saves is the national report (its title and the provinces read back with poppler)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from tests.center.browser.conftest import click_and_wait, screenshot, sign_in
from tests.reports.test_pdf_extraction import poppler_text


def _downloaded(folder: Path, seconds: float = 60) -> Path:
    """The file Chromium finished saving in ``folder`` (none half-written: no .crdownload left)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        done = [path for path in folder.iterdir() if not path.name.endswith(".crdownload")]
        if done and not any(path.name.endswith(".crdownload") for path in folder.iterdir()):
            return done[0]
        time.sleep(0.2)
    raise AssertionError(f"nothing downloaded into {folder} in {seconds} s")


def test_download_the_national_report(browser, center, tmp_path: Path) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    browser.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(folder)})
    sign_in(browser, center.base_url, "viewer")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "header nav a[href='/dashboard/report']"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "گزارش ملی وضعیت شش‌ماهه"
    Select(browser.find_element(By.ID, "period")).select_by_value("1405-H1")
    browser.find_element(By.CSS_SELECTOR, "input[name='format'][value='pdf']").click()
    screenshot(browser, "report-fa")
    browser.find_element(By.ID, "download").click()
    saved = _downloaded(folder)
    assert saved.name == "national-1405-H1.pdf"
    text = poppler_text(saved.read_bytes(), tmp_path)
    assert "گزارش ملی وضعیت شش‌ماهه" in text and "نیم‌سال اول ۱۴۰۵" in text
    for province in ("تهران", "قم", "خوزستان"):
        assert province in text
