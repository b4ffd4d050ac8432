"""Pictures of every page and of the main dialogs of a database, as PNG files (`python -m desktop screenshots`).

Used to look at the window at a given screen size in either language without a screen (offscreen platform),
by the tests (every page must render on the demo) and for the user guide's pictures (docs/guide/)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QSettings, QSize, QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop.context import AppServices
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import UiSettings

SETTLE_TIMEOUT_MS = 30_000


@dataclass(frozen=True)
class Shot:
    name: str  # the file's name without .png
    path: Path


def settle(timeout_ms: int = SETTLE_TIMEOUT_MS) -> None:
    """Let background loads finish and their results be shown (bounded: a stuck page does not hang us)."""
    clock = QElapsedTimer()
    clock.start()
    pool = QThreadPool.globalInstance()
    idle_turns = 0
    while clock.elapsed() < timeout_ms and idle_turns < 5:
        QApplication.processEvents()
        if pool.activeThreadCount() == 0:
            idle_turns += 1
        else:
            idle_turns = 0
            pool.waitForDone(50)
    QApplication.processEvents()


class ScreenshotSession:
    """One main window on the database; `page_shots()` and `dialog_shots()` write the pictures."""

    def __init__(self, services: AppServices, out_dir: Path, size: QSize):
        self.services = services
        self.out_dir = out_dir
        self.size = size
        self._settings_dir = tempfile.TemporaryDirectory(prefix="rasad-shots-")
        settings = QSettings(str(Path(self._settings_dir.name) / "ui.ini"), QSettings.Format.IniFormat)
        self.window = MainWindow(UiSettings(settings), services)  # never the user's own preferences
        self.window.resize(size)
        self.window.show()
        settle()

    def close(self) -> None:
        self.window.close()
        self.window.deleteLater()
        QApplication.processEvents()
        self._settings_dir.cleanup()

    def _save(self, widget: QWidget, name: str) -> Shot:
        settle()
        path = self.out_dir / f"{name}.png"
        picture = widget.grab()
        if picture.isNull() or not picture.save(str(path)):
            raise OSError(f"could not write {path}")
        return Shot(name, path)

    def page_shots(self) -> list[Shot]:
        shots = []
        for number, entry in enumerate(self.window._entries, start=1):
            self.window.show_page(entry.key)
            shots.append(self._save(self.window, f"{number:02d}-{entry.key}"))
        shots.extend(self._detail_shots())
        return shots

    def _detail_shots(self) -> list[Shot]:
        """The places one gets to from a page: an activity with its progress, a district's branches."""
        shots = []
        plans = self.window.show_page("plans")
        leaf = next((plans.model.node(*key) for key in plans.model.keys()
                     if plans.model.node(*key).kind.name == "ACTIVITY" and not plans.model.node(*key).children),
                    None)
        if leaf is not None and plans.select_activity(leaf.id):
            shots.append(self._save(self.window, "plans-activity"))
        indicators = self.window.show_page("indicators")
        table = indicators.current_table()
        if table is not None and table.level == "district" and table.rows:
            indicators.open_unit(table.rows[0].unit_id)
            shots.append(self._save(self.window, "indicators-district"))
            indicators.back()
        meetings = self.window.show_page("meetings")
        listed = meetings.meetings_tab.model.rows()
        if listed and meetings.meetings_tab.select_meeting(listed[0].id):  # the meeting's editor beside the list
            shots.append(self._save(self.window, "meetings-meeting"))
        meetings.tabs.setCurrentWidget(meetings.resolutions_tab)
        shots.append(self._save(self.window, "meetings-resolutions"))
        meetings.tabs.setCurrentWidget(meetings.meetings_tab)
        self.window.show_page("home")
        return shots

    def dialog_shots(self) -> list[Shot]:
        shots = []
        for name, make in self._dialogs():
            dialog = make()
            if dialog is None:
                continue
            dialog.show()
            if hasattr(dialog, "pageIds"):  # a wizard: each of its pages, as far as Next goes
                for number, page_id in enumerate(dialog.pageIds(), start=1):
                    while dialog.currentId() < page_id:
                        shown = dialog.currentId()
                        dialog.next()
                        if dialog.currentId() == shown:  # refused (its problems are on the page): shown as it is
                            break
                    shots.append(self._save(dialog, f"dialog-{name}-{number}"))
                    if dialog.currentId() != page_id:
                        break
            else:
                shots.append(self._save(dialog, f"dialog-{name}"))
            dialog.reject()
            dialog.deleteLater()
        return shots

    def _dialogs(self) -> list[tuple[str, Callable[[], QDialog | None]]]:
        from desktop.ui.dialogs.sign_in import SignInDialog
        from desktop.ui.setup_wizard import SetupWizard

        def add_user() -> QDialog | None:
            if "users" not in {entry.key for entry in self.window._entries}:
                return None
            page = self.window.show_page("users")
            settle()
            return page.add()

        def wizard() -> QDialog:
            dialog = SetupWizard(self.services, self.window)
            # A wizard filled in as a secretary would, so Next passes its checks; nothing is saved.
            dialog.province_code.setText("KHR")
            dialog.province_name.setText(self.services.profile().province_name or "Province")
            dialog.user_name.setText(self.services.profile().user_name or "Secretary")
            dialog.login.setText("dabir")
            dialog.password.setText("a-long-enough-passphrase")
            dialog.password_again.setText("a-long-enough-passphrase")
            districts = [(d.code, d.name) for d in self.services.organisation.districts()][:5]
            dialog.districts_page.set_rows(districts or [("01", "حوزه قضایی مرکز استان")])  # a province not set up yet
            return dialog

        from desktop.ui.dialogs.change_password import ChangePasswordDialog

        return [("sign-in", lambda: SignInDialog(self.services.accounts, self.window,
                                                      province=self.services.profile().province_name)),
                ("setup-wizard", wizard),
                ("add-user", add_user),
                ("change-password", lambda: ChangePasswordDialog(self.services, self.window))]


def render_screenshots(services: AppServices, out_dir: Path, size: QSize) -> list[Shot]:
    """Every page, a few places reached from them, and the main dialogs; returns what was written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    session = ScreenshotSession(services, out_dir, size)
    try:
        return session.page_shots() + session.dialog_shots()
    finally:
        session.close()
