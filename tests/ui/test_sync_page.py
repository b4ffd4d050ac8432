"""The "Send to center" page: bundle states, time without a receipt, export, receipts, sending and retries."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx2
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from keyring.backends import fail as fail_backend
from PySide6.QtCore import Qt

from desktop.center.service import CenterService
from desktop.clock import FixedClock
from desktop.context import AppServices
from desktop.store.models import Meeting
from desktop.sync import frame
from desktop.sync.keys import export_public
from desktop.sync.service import SyncService
from desktop.ui.changes import ChangeNotifier
from desktop.ui.main_window import MainWindow
from desktop.ui.pages import sync_link, sync_ways_out
from desktop.ui.pages.sync import SyncPage
from desktop.ui.sync_runner import SyncRunner
from tests.ui.test_persian_text import problems_in
from tests.ui.text_layout import readable

pytestmark = pytest.mark.gui

PASSPHRASE = "گذرواژه آزمایشی"
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
URL = "http://127.0.0.1:8765"
STATE_COLUMN, ATTEMPTS_COLUMN, NEXT_COLUMN, REASON_COLUMN = 3, 4, 5, 7


@dataclass
class MovableClock:
    moment: datetime = NOW

    def today(self) -> date:
        return self.moment.date()

    def now(self) -> datetime:
        return self.moment


@dataclass
class FakeCenter:
    service: CenterService
    down: bool = False
    seen: list[bytes] = field(default_factory=list)

    def handler(self, request: httpx2.Request) -> httpx2.Response:
        if self.down:
            raise httpx2.ConnectError("refused", request=request)
        if request.method == "GET" and request.url.path == "/center/key-rotations":
            return httpx2.Response(200, json=[])  # the center's key was never rotated in these tests
        if request.method == "GET" and request.url.path.endswith("/directives"):  # none issued in these tests
            return httpx2.Response(200, content=self.service.directive_listing(
                request.url.path.split("/")[2], int(request.url.params.get("after", 0))))
        self.seen.append(request.content)
        return httpx2.Response(200, content=self.service.ingest(request.content))

    def client(self) -> httpx2.Client:
        return httpx2.Client(transport=httpx2.MockTransport(self.handler))


@pytest.fixture
def moving_clock() -> MovableClock:
    return MovableClock()


@pytest.fixture
def center(tmp_path: Path, moving_clock: MovableClock) -> Iterator[FakeCenter]:
    service = CenterService(f"sqlite:///{tmp_path / 'center.sqlite3'}", Ed25519PrivateKey.generate(),
                            moving_clock.now)
    yield FakeCenter(service)
    service.close()


@pytest.fixture
def app_services(services: AppServices, moving_clock: MovableClock, center: FakeCenter) -> AppServices:
    """The province of the UI fixtures (KHR), its key in an encrypted file (no secure keyring here)."""
    moved = AppServices(services.database, moving_clock)
    moved.sync = SyncService(services.database, moving_clock.now, keyring_backend=fail_backend.Keyring(),
                             http_client=center.client)
    return moved


@pytest.fixture
def page(qtbot, app_services: AppServices, monkeypatch) -> SyncPage:
    errors: list[str] = []
    monkeypatch.setattr(sync_ways_out, "show_error", lambda parent, title, error: errors.append(str(error)))
    monkeypatch.setattr(sync_link, "show_error", lambda parent, title, error: errors.append(str(error)))
    notifier = ChangeNotifier()
    runner = SyncRunner(app_services, notifier, automatic=False)
    widget = SyncPage(app_services, notifier, runner)
    widget.errors = errors
    widget.passphrases.ask = lambda new=False: PASSPHRASE
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def _record_meeting(services: AppServices, number: int) -> None:
    with services.database.session() as session:
        session.add(Meeting(number=number, held_on=date(2026, 11, 1), title=f"جلسه {number}", location="تالار"))


def _link(page: SyncPage, center: FakeCenter, tmp_path: Path) -> None:
    page.link_box.create_key()
    public = tmp_path / "khr.pub"
    page.link_box.export_public_key(public)
    center.service.register_province("KHR", "خراسان رضوی", public.read_bytes())
    center_key = tmp_path / "center.pub"
    center_key.write_bytes(export_public(center.service.public_key))
    page.link_box.pin_center_key(center_key)
    page.link_box.url_edit.setText(URL)
    page.link_box.save_url()
    assert page.errors == []


def _cell(page: SyncPage, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return page.model.data(page.model.index(row, column), role)


def _wait_idle(qtbot, page: SyncPage) -> None:
    qtbot.waitUntil(lambda: not page._runner.is_busy(), timeout=15_000)


def test_a_fresh_province_has_no_key_and_nothing_sent(page: SyncPage) -> None:
    assert page.link_box.signing_key_label.text().lstrip("\u200f") == "هنوز کلیدی ساخته نشده"
    assert page.link_box.create_key_button.isVisibleTo(page)
    assert page.banner.text() == "هنوز چیزی به مرکز فرستاده نشده است."
    assert not page.send_button.isEnabled() and not page.export_button.isEnabled()


def test_creating_the_key_and_linking_shows_the_key_ids(page: SyncPage, center, tmp_path) -> None:
    _link(page, center, tmp_path)
    status = page.status
    assert status is not None and status.link.can_send
    key_id = status.link.signing_key.key_id
    assert key_id in page.link_box.signing_key_label.text() and "KHR.rasad-key" in page.link_box.signing_key_label.text()
    assert status.link.center_key_id in page.link_box.center_key_label.text()
    assert not page.link_box.create_key_button.isVisibleTo(page)
    assert page.send_button.isEnabled()


def test_export_to_folder_writes_verified_files_and_shows_waiting(qtbot, page, app_services, tmp_path) -> None:
    page.link_box.create_key()
    _record_meeting(app_services, 1)
    page.refresh()
    assert "تغییر" in page.details.text()  # changes not yet in a bundle
    folder = tmp_path / "usb"
    folder.mkdir()
    page.export_to(folder)
    _wait_idle(qtbot, page)
    [written] = list(folder.iterdir())
    entry = page.status.entries[0]
    assert frame.file_hash(written.read_bytes()) == entry.file_hash
    assert "۱" in page.outcome.text() and str(folder) in readable(page.outcome.text())
    assert _cell(page, 0, 0) == "۱" and _cell(page, 0, STATE_COLUMN) == "در انتظار"
    assert page.banner.text() == "کمتر از یک ساعت بدون رسید از مرکز"


def test_importing_the_receipt_acknowledges_the_bundle(qtbot, page, app_services, center, tmp_path) -> None:
    _link(page, center, tmp_path)
    _record_meeting(app_services, 1)
    folder = tmp_path / "usb"
    folder.mkdir()
    page.export_to(folder)
    _wait_idle(qtbot, page)
    [bundle] = list(folder.iterdir())
    receipt = tmp_path / "answer.rasad-receipt"
    receipt.write_bytes(center.service.ingest(bundle.read_bytes()))
    [outcome] = page.import_receipts([receipt])
    assert outcome.entry is not None and outcome.entry.state == "acknowledged"
    assert "answer.rasad-receipt" in page.outcome.text() and "تأیید" in page.outcome.text()
    assert _cell(page, 0, STATE_COLUMN) == "تأیید شده"
    assert page.banner.property("level") == "ok"


def test_a_bad_receipt_file_is_reported_in_persian(page, center, tmp_path) -> None:
    _link(page, center, tmp_path)
    junk = tmp_path / "junk.rasad-receipt"
    junk.write_bytes(b"RASAD? no")
    [outcome] = page.import_receipts([junk])
    assert outcome.error is not None
    assert "junk.rasad-receipt" in page.outcome.text() and "damaged" not in page.outcome.text()


def test_send_now_against_the_center_acknowledges(qtbot, page, app_services, center, tmp_path) -> None:
    _link(page, center, tmp_path)
    _record_meeting(app_services, 1)
    page.send_now()
    _wait_idle(qtbot, page)
    assert len(center.seen) == 1
    assert _cell(page, 0, STATE_COLUMN) == "تأیید شده"
    assert page.banner.property("level") == "ok"


def test_a_failed_send_schedules_a_retry_the_page_shows_and_the_timer_sends(
        qtbot, page, app_services, center, moving_clock, tmp_path) -> None:
    _link(page, center, tmp_path)
    _record_meeting(app_services, 1)
    center.down = True
    page.send_now()
    _wait_idle(qtbot, page)
    assert _cell(page, 0, STATE_COLUMN) == "در انتظار" and _cell(page, 0, ATTEMPTS_COLUMN) == "۱"
    assert _cell(page, 0, NEXT_COLUMN) != "—"
    assert "تلاش" in page.outcome.text() and "خودکار" in page.details.text()
    runner = page._runner
    assert not runner.check_retry()  # not due yet
    center.down = False
    moving_clock.moment = NOW + timedelta(minutes=1)
    assert runner.check_retry()
    _wait_idle(qtbot, page)
    assert _cell(page, 0, STATE_COLUMN) == "تأیید شده"


def test_the_banner_warns_after_days_without_a_receipt(qtbot, page, app_services, moving_clock, tmp_path) -> None:
    page.link_box.create_key()
    _record_meeting(app_services, 1)
    page.export_to(tmp_path)
    _wait_idle(qtbot, page)
    moving_clock.moment = NOW + timedelta(days=3, hours=2)
    page.refresh()
    assert page.banner.text() == "۳ روز بدون رسید از مرکز"
    assert page.banner.property("level") == "warn"


def test_a_wrong_passphrase_is_forgotten_and_explained(qtbot, page, app_services, tmp_path) -> None:
    page.link_box.create_key()
    page.passphrases.value = None
    page.passphrases.ask = lambda new=False: "اشتباه"
    _record_meeting(app_services, 1)
    page.export_to(tmp_path)
    _wait_idle(qtbot, page)
    assert page.passphrases.value is None and page.errors
    assert "عبارت عبور" in page.outcome.text()
    assert page.status.entries == ()


def test_the_window_lists_the_page(qtbot, app_services: AppServices, ui_settings) -> None:
    window = MainWindow(ui_settings, app_services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.page("home").is_loaded, timeout=10_000)
    assert "ارسال به مرکز" in [window._navigation.item(i).text() for i in range(window._navigation.count())]
    page = window.show_page("sync")
    assert isinstance(page, SyncPage) and page.isVisible()
    assert not window.sync_runner.check_retry()  # not linked yet: nothing to send
    window.close()
    assert not window.sync_runner.timer.isActive()  # no retry may touch the database once it is closed


def test_fixed_clock_services_still_open_the_page(qtbot, services: AppServices, monkeypatch) -> None:
    import keyring

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail_backend.Keyring())
    fixed = AppServices(services.database, FixedClock(date(2026, 11, 23)))
    widget = SyncPage(fixed, ChangeNotifier(), SyncRunner(fixed, ChangeNotifier(), automatic=False))
    qtbot.addWidget(widget)
    assert widget.status is not None and widget.status.link.province == "KHR"


def test_directive_files_apply_in_order_and_are_listed(page, app_services, center, tmp_path) -> None:
    from desktop.sync import directive_content

    _link(page, center, tmp_path)
    files = []
    for code in ("H1", "H2"):
        issued = center.service.issue_directive("KHR", directive_content.from_json({
            "note": "", "programs": [], "indicator_targets": [],
            "deadlines": [{"code": code, "title": "گزارش", "due_on": "2026-12-20", "note": ""}]}))
        path = tmp_path / f"KHR-directive-{issued.sequence:06d}.rasad-directive"
        path.write_bytes(issued.data)
        files.append(path)
    outcomes = page.directives_box.import_files(list(reversed(files)))  # picked in any order
    assert [o.result.sequence for o in outcomes] == [1, 2] and all(o.error is None for o in outcomes)
    assert page.directives_box.model.rowCount() == 2
    assert "KHR-directive-000001.rasad-directive" in page.outcome.text()
    forged = tmp_path / "forged.rasad-directive"
    forged.write_bytes(files[0].read_bytes()[:-1] + b"\x00")
    [refused] = page.directives_box.import_files([forged])
    assert refused.error is not None and page.directives_box.model.rowCount() == 2


def test_a_restored_database_waits_for_its_chain_and_can_take_it_from_a_folder(qtbot, page, app_services, center,
                                                                              tmp_path) -> None:
    from desktop.store.settings import RESYNC_REQUIRED_KEY, set_setting

    _link(page, center, tmp_path)
    with app_services.database.session() as session:
        set_setting(session, RESYNC_REQUIRED_KEY, {"change_id_boundary": 0})
    page.refresh()
    assert page.resync_button.isVisibleTo(page) and not page.export_button.isEnabled()
    assert page.banner.property("level") == "warn"
    empty = tmp_path / "chain"
    empty.mkdir()  # the center had nothing from this province yet
    page.resync_from(empty)
    page.refresh()
    assert not page.resync_button.isVisibleTo(page) and page.export_button.isEnabled()


def test_a_chain_taken_back_says_which_rows_the_next_bundle_corrects_at_the_center(qtbot, page, app_services,
                                                                                  center, tmp_path) -> None:
    import sqlite3

    from sqlalchemy import func, select
    from sqlalchemy.orm import Session

    from desktop.center.dashboard.replay import current_rows
    from desktop.store.database import open_database
    from desktop.store.models import ChangeLog
    from desktop.store.settings import RESYNC_REQUIRED_KEY, set_setting
    from desktop.sync.outbox import Outbox

    _link(page, center, tmp_path)
    _record_meeting(app_services, 1)
    page.send_now()
    _wait_idle(qtbot, page)
    # the database as it went on before a restore: meeting 2 in bundle 2, which the center applied
    future = tmp_path / "before-restore.sqlite3"
    with sqlite3.connect(app_services.database.path) as source, sqlite3.connect(future) as copy:
        source.backup(copy)
    with open_database(future) as before:
        with before.session() as session:
            session.add(Meeting(number=2, held_on=date(2026, 11, 1), title="جلسه ۲", location="تالار"))
        outbox = Outbox(before, lambda: NOW)
        entry = outbox.cut(app_services.sync._store("KHR").load(PASSPHRASE), "KHR", "1.0")
        center.service.ingest(outbox.data(entry.id))
    with app_services.database.session() as session:  # this database is the backup restored
        set_setting(session, RESYNC_REQUIRED_KEY, {"change_id_boundary": session.scalar(select(func.max(ChangeLog.id)))})
    chain = tmp_path / "chain"
    chain.mkdir()
    for sequence, bundle, receipt in center.service.chain_for("KHR"):
        (chain / f"KHR-{sequence:06d}.rasad-bundle").write_bytes(bundle)
        (chain / f"KHR-{sequence:06d}.rasad-bundle.receipt").write_bytes(center.service.current_receipt(receipt))
    page.resync_from(chain)
    assert page.errors == []
    assert "۱ ردیف" in page.outcome.text() and "اصلاح" in page.outcome.text()
    assert problems_in(page.outcome.text()) == []
    page.send_now()
    _wait_idle(qtbot, page)
    with Session(center.service.engine) as session:
        assert [row["number"] for row in current_rows(session, "KHR", ["meeting"])["meeting"].values()] == [1]


def test_a_final_refusal_raises_an_explained_alarm_and_recut_recovers(qtbot, page, app_services, center,
                                                                      tmp_path, monkeypatch) -> None:
    _link(page, center, tmp_path)
    _record_meeting(app_services, 1)
    # the center re-keys the province by hand to a key the province does not hold: bundle 1 is refused for good
    center.service.register_province("KHR", "خراسان رضوی",
                                     export_public(Ed25519PrivateKey.generate().public_key()), replace=True)
    page.send_now()
    _wait_idle(qtbot, page)
    assert page.banner.property("level") == "alarm"
    assert "مرکز بسته ۱ را برای همیشه رد کرد" in page.banner.text()
    assert "جایگزین شده است" in page.banner.text() and "Key" not in page.banner.text()  # the reason in Persian
    assert page.recut_button.isVisible() and page.recut_button.isEnabled()
    assert not page._runner.check_retry()  # no automatic retry behind a final refusal
    monkeypatch.setattr(sync_ways_out.QMessageBox, "question",
                        lambda *args, **kwargs: sync_ways_out.QMessageBox.StandardButton.Yes)
    page.recut_button.click()
    assert page.banner.property("level") != "alarm" and not page.recut_button.isVisible()
    assert page.model.rowCount() == 0 and "۱" in page.outcome.text()


def test_a_province_not_registered_yet_is_told_not_now_in_persian_and_sent_again(qtbot, page, app_services,
                                                                                  center, moving_clock,
                                                                                  tmp_path) -> None:
    page.link_box.create_key()
    public = tmp_path / "khr.pub"
    page.link_box.export_public_key(public)  # not registered at the center yet
    center_key = tmp_path / "center.pub"
    center_key.write_bytes(export_public(center.service.public_key))
    page.link_box.pin_center_key(center_key)
    page.link_box.url_edit.setText(URL)
    page.link_box.save_url()
    _record_meeting(app_services, 1)
    page.send_now()
    _wait_idle(qtbot, page)
    assert _cell(page, 0, STATE_COLUMN) == "هنوز پذیرفته نشده؛ دوباره فرستاده می‌شود"
    assert _cell(page, 0, REASON_COLUMN).startswith("بسته با کلید ناشناخته")
    assert "مرکز اکنون بسته را نپذیرفت" in page.outcome.text()
    assert page.banner.property("level") != "alarm" and not page.recut_button.isVisible()
    center.service.register_province("KHR", "خراسان رضوی", public.read_bytes())
    moving_clock.moment = NOW + timedelta(minutes=1)
    assert page._runner.check_retry()  # the automatic retry sends it again
    _wait_idle(qtbot, page)
    assert _cell(page, 0, STATE_COLUMN) == "تأیید شده"


def test_the_page_warns_when_the_newest_signed_directive_listing_is_old(qtbot, page, app_services, center,
                                                                       moving_clock, tmp_path) -> None:
    assert page.freshness.isHidden()  # not linked to a center: nothing to warn about
    _link(page, center, tmp_path)
    page.refresh()
    assert page.freshness.isVisible() and "فهرست" in page.freshness.text()  # never received one
    page.send_now()  # nothing to cut, but the listing is out of date: the key signs the request
    _wait_idle(qtbot, page)
    assert page.freshness.isHidden()
    moving_clock.moment = NOW + timedelta(days=8, hours=1)
    page.refresh()
    assert page.freshness.isVisible() and "۸" in page.freshness.text() and "۷" in page.freshness.text()


def test_a_keyring_that_raises_is_given_up_for_the_key_file_and_the_page_says_so(qtbot, app_services,
                                                                                moving_clock, monkeypatch) -> None:
    from tests.sync.test_keys import BrokenKeyring

    app_services.sync = SyncService(app_services.database, moving_clock.now, keyring_backend=BrokenKeyring())
    monkeypatch.setattr(sync_link, "show_error", lambda parent, title, error: None)
    notifier = ChangeNotifier()
    page = SyncPage(app_services, notifier, SyncRunner(app_services, notifier, automatic=False))
    page.passphrases.ask = lambda new=False: PASSPHRASE
    qtbot.addWidget(page)
    page.link_box.create_key()  # the keyring looked secure, raised: the key went to the encrypted file
    text = page.link_box.signing_key_label.text()
    assert "جاکلیدی" in text and "فایل" in text
    # The label is in the secretary's words: no class name, no error type (a machine's keyring failed so in CI).
    assert "BrokenKeyring" not in text and "RuntimeError" not in text and not problems_in(text)
    tooltip = page.link_box.signing_key_label.toolTip()  # for whoever fixes the machine
    assert "BrokenKeyring" in tooltip and "RuntimeError" in tooltip
    assert app_services.sync.signing_key().key_id not in (None, "?")  # the key exists, in the file


def test_the_link_names_the_province_by_its_name_with_its_code_beside_it(page: SyncPage) -> None:
    """It showed «KHR» alone where the province's name is expected."""
    text = page.link_box.province_label.text()
    assert "خراسان رضوی" in text and "KHR" in text


def test_a_file_too_large_to_be_the_centers_key_is_refused_and_named_and_nothing_is_pinned(
        page: SyncPage, center: FakeCenter, tmp_path: Path) -> None:
    padded = tmp_path / "center.pub"
    padded.write_bytes(export_public(center.service.public_key) + b"\n" * 20_000)
    page.link_box.pin_center_key(padded)
    assert page.errors == [f"The file {padded} is larger than a public key file can be (16384 bytes at most): it is "
                           "not the center's key file."]  # was "could not be read (file too large)", in English
    assert page.status is not None and page.status.link.center_key_id is None


def test_a_greyed_out_action_says_what_it_waits_for_until_it_can_be_used(
        page: SyncPage, center: FakeCenter, tmp_path: Path) -> None:
    assert not page.send_button.isEnabled() and not page.export_button.isEnabled()
    assert "signing key" in page.send_button.toolTip() or "کلید امضا" in page.send_button.toolTip()
    assert page.export_button.toolTip() == page.send_button.toolTip()
    assert "center's key" in page.import_button.toolTip() or "کلید مرکز" in page.import_button.toolTip()
    page.link_box.create_key()
    page.refresh()
    assert page.export_button.isEnabled() and page.export_button.toolTip() == ""
    assert "center's key" in page.send_button.toolTip() or "کلید مرکز" in page.send_button.toolTip()
    center_key = tmp_path / "center.pub"
    center_key.write_bytes(export_public(center.service.public_key))
    page.link_box.pin_center_key(center_key)
    page.refresh()
    assert "address" in page.send_button.toolTip() or "نشانی مرکز" in page.send_button.toolTip()
    assert page.import_button.isEnabled() and page.import_button.toolTip() == ""
    page.link_box.url_edit.setText(URL)
    page.link_box.save_url()
    page.refresh()
    assert page.errors == [] and page.send_button.isEnabled()
    assert (page.send_button.toolTip(), page.import_button.toolTip()) == ("", "")


def test_a_receipt_refusing_a_bundle_too_large_reads_in_megabytes_in_the_window() -> None:
    from desktop.sync.errors import TooLargeError
    from desktop.ui.sync_text import reason_text

    shown = reason_text(TooLargeError(size=73_400_320, limit=67_108_864).english())
    assert "۷۰ مگابایت" in shown and "۶۴ مگابایت" in shown and "73400320" not in shown
