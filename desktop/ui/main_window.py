"""The main window: a navigation list beside a stack of pages. Pages do the work; this only hosts them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.store import busy
from desktop.ui.changes import ChangeNotifier
from desktop.ui.first_window_size import restore_geometry
from desktop.ui.remembered_pages import RememberedPages
from desktop.ui.settings import UiSettings
from desktop.ui.startup_probe import install_first_paint_probe
from desktop.ui.widgets.typing_digits import install_persian_digits_while_typing
from desktop.ui.widgets.wheel_guard import install_wheel_guard
from desktop.ui.window_background import start_background, stop_background
from desktop.ui.window_menu import build_menu
from desktop.ui.window_pages import (
    PageEntry,
    _approval_page,
    _audit_page,
    _backups_page,
    _comments_page,
    _home_page,
    _imports_page,
    _indicators_page,
    _meetings_page,
    _plans_page,
    _reports_page,
    _settings_page,
    _sync_page,
    _users_page,
    navigation_icon,
)
from desktop.ui.window_status import build_status_line, show_user

if TYPE_CHECKING:
    from desktop.context import AppServices
    from desktop.overview.views import Overview
    from desktop.ranking.views import FirstRanking
    from desktop.ui.health_check import DatabaseHealthCheck
    from desktop.ui.pages.backups import ScheduledBackups
    from desktop.ui.session_lock import SessionLock
    from desktop.ui.sync_runner import SyncRunner
    from desktop.ui.widgets.health_banner import HealthBanner

#: The longest a change asked from the window waits for another program's write (the window is frozen while it
#: waits); then the user is told what holds the database and keeps what was typed (docs/architecture.md).
WINDOW_WRITE_WAIT_SECONDS = 5.0


class MainWindow(QMainWindow):
    """Shown at once with an "opening…" placeholder; `attach()` adds the pages when the database is open,
    so the window paints before the database layer is even imported."""

    # Set by attach (desktop/ui/window_background.py): what works behind the window once its database is open.
    health_banner: HealthBanner
    health_check: DatabaseHealthCheck
    sync_runner: SyncRunner
    scheduled_backups: ScheduledBackups  # a database in a file only
    session_lock: SessionLock | None  # signed in only

    def __init__(self, settings: UiSettings, services: AppServices | None = None):
        super().__init__()
        install_wheel_guard()  # before any page or dialog: no field changes under a passing mouse wheel
        install_persian_digits_while_typing()
        self._write_wait_before = busy.limit_this_threads_wait(WINDOW_WRITE_WAIT_SECONDS)
        busy.set_activity(busy.WINDOW)  # what a process waiting for the database is told holds it
        self.services: AppServices | None = None
        self.settings = settings
        self.notifier = ChangeNotifier(self)
        self.setWindowTitle(self.tr("Rasad — follow-up of the Transformation Document"))
        self.setMinimumSize(QSize(1100, 700))

        self._navigation = QListWidget()
        self._navigation.setObjectName("navigation")
        self._navigation.setFixedWidth(190)
        self._navigation.setIconSize(QSize(20, 20))
        self._stack = QStackedWidget()
        self._pages: dict[str, QWidget] = {}
        self._entries: list[PageEntry] = []
        self._remembered = RememberedPages(self, self._stack, self.notifier)  # pages shown before the database
        self._first_page: str | None = None  # the page to open when the pages are built (attach)
        self._opening = QLabel(self.tr("Opening the database…"))
        self._opening.setObjectName("opening")
        # qproperty-alignment, not setAlignment(Qt...): the Qt namespace costs ~15 ms before the first paint
        self._opening.setStyleSheet("font-size: 14pt; color: #5c677d; qproperty-alignment: AlignCenter;")
        self._stack.addWidget(self._opening)
        self._navigation.currentRowChanged.connect(self._show_page)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self._outer = outer  # the integrity check's banner goes above the pages once a database is open
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._navigation)
        layout.addWidget(self._stack, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        restore_geometry(self, self.settings.geometry("main"))
        install_first_paint_probe(self)
        if services is not None:
            self.attach(services)

    def show_remembered_overview(self, overview: Overview, generation: int | None = None) -> QWidget:
        """Before the database is opened: the overview remembered in it (computed at data ``generation``), shown
        at once (desktop/ui/app.py). :meth:`attach` keeps this page, gives it the services, and it recomputes
        its figures."""
        return self._remembered.show_overview(overview, generation)

    def show_remembered_ranking(self, first: FirstRanking) -> QWidget:
        """Before the database is opened: the indicators page's first view remembered in it, ranked at once
        (desktop/ui/app.py). :meth:`attach` keeps this page and gives it the services; a choice made on it
        meanwhile is followed then."""
        return self._remembered.show_ranking(first)

    def forget_remembered_overview(self) -> None:
        """Take the page shown from its snapshot (the overview or the indicators page) off the screen: it was
        computed for a database without accounts (the system scope), and accounts now exist - created by another
        process after it was read. What a person may see depends on who signs in, so nothing is shown before the
        sign-in."""
        self._remembered.forget()

    def attach(self, services: AppServices, first_page: str | None = None) -> None:
        """The database is open: build the navigation and show ``first_page`` (when it is one of the user's;
        the overview otherwise). Only the page shown is built: opening on the indicators page computes no
        overview."""
        self.services = services
        self._first_page = first_page
        from desktop.ui.charts.canvas import SavableChart
        from desktop.ui.charts.chart_export import ServiceChartExport

        SavableChart.export = ServiceChartExport(services)  # a chart saved is an export, recorded
        start_background(self, services, self._outer)  # the health check and banner, sync retries, backups, lock
        build_menu(self)  # here, not in __init__: its shortcut enums cost ~25 ms before the first paint
        self._user_label = build_status_line(self, services)
        self.rebuild_pages()
        # An overview computed before the database's health was known is remembered once it is.
        self.health_check.healthy.connect(self._remember_now)
        self._remembered.follow_queued_link(self.follow_link, self.open_activity)

    def rebuild_pages(self) -> None:
        """(Again) the pages the signed-in user may use, each created on first use; the overview shown."""
        self._navigation.blockSignals(True)
        self._navigation.clear()
        for widget in self._pages.values():
            self._stack.removeWidget(widget)
            widget.deleteLater()
        self._pages.clear()
        if self.services.principal.account_id is not None:  # signed in: the snapshot was the system scope's
            self.forget_remembered_overview()
        early = self._remembered.take_page()
        if early is not None:  # the page already on screen, from its snapshot: kept, now with services
            key, widget = early
            self._pages[key] = widget
            widget.attach(self.services)
            self._connect_page(key, widget)
        self._navigation.blockSignals(False)
        self._entries = [e for e in self._page_entries() if e.shown]
        for entry in self._entries:
            QListWidgetItem(navigation_icon(entry.key), entry.title, self._navigation)
        self._add_page_shortcuts()
        show_user(self._user_label, self.services)
        # The page on screen stays there (system scope only has snapshots: every entry is shown to it), or the
        # page asked for at start; the overview otherwise (and after a sign-in).
        first, self._first_page = (early[0] if early else self._first_page), None
        first_row = next((row for row, entry in enumerate(self._entries) if entry.key == first), 0)
        self._navigation.setCurrentRow(first_row)
        self._stack.setCurrentWidget(self.page(self._entries[first_row].key))  # also if the row was current
        if "home" not in self._pages:  # another page is the first usable one: the check starts after its delay
            self.health_check.start_in_background()

    def _connect_page(self, key: str, widget: QWidget) -> None:
        """The window's part of a page created (or kept from its snapshot)."""
        if key == "home":
            widget.activity_requested.connect(self.open_activity)
            widget.loaded.connect(self.health_check.start_in_background)  # once the window is usable
            widget.computed.connect(self.health_check.start_in_background)  # (shown before, from the snapshot)
            widget.link_requested.connect(self.follow_link)

    def _remember_now(self) -> None:
        """The database's health became known: the pages' views computed before it are remembered now."""
        for key in ("home", "indicators"):
            if key in self._pages:
                self._pages[key].remember_now()

    def open_last_page(self) -> None:
        """The page the user left the window on (when it still is one of theirs)."""
        if self.settings.last_page in {entry.key for entry in self._entries}:
            self.show_page(self.settings.last_page)

    def open_activity(self, activity_id: int) -> None:
        """From the overview to the activity's page in the plan tree."""
        self.show_page("plans")
        self.page("plans").select_activity(activity_id)

    def follow_link(self, link: str) -> None:
        """A link of the overview ("page:imports", "resolutions:overdue", "resolution:5", "unit:branch:7")."""
        kind, _, rest = link.partition(":")
        keys = {entry.key for entry in self._entries}
        if kind == "page" and rest in keys:
            self.show_page(rest)
        elif kind == "resolutions" and "meetings" in keys:
            self.show_page("meetings").set_filter(True, True, None)
        elif kind == "resolution" and "meetings" in keys:
            self.show_page("meetings").show_resolution(int(rest))
        elif kind == "unit" and "indicators" in keys:
            level, _, unit_id = rest.partition(":")
            self.show_page("indicators").show_unit(level, int(unit_id))

    # pages -------------------------------------------------------------------------------------
    def _page_entries(self) -> list[PageEntry]:
        # Each page's module is imported by its factory, when the page is first shown: some pull in heavy
        # libraries (the sync page httpx2, the settings page Alembic, the reports page reportlab) that the
        # overview does not need (tests/ui/test_startup_imports.py).
        from desktop.domain.access import Action, Reach, manages_accounts

        who = self.services.principal
        services, notifier = self.services, self.notifier
        return [
            PageEntry("home", self.tr("Overview"), lambda: _home_page(services, notifier)),
            PageEntry("plans", self.tr("Plans and activities"),
                      lambda: _plans_page(services, notifier)),
            PageEntry("meetings", self.tr("Meetings and resolutions"),
                      lambda: _meetings_page(services, notifier)),
            PageEntry("indicators", self.tr("Branch performance"),
                      lambda: _indicators_page(services, notifier)),
            PageEntry("imports", self.tr("Import statistics"),
                      lambda: _imports_page(services, notifier), who.can(Action.EDIT)),
            PageEntry("comments", self.tr("District comments"), lambda: _comments_page(services, notifier)),
            PageEntry("reports", self.tr("Reports"), lambda: _reports_page(services, notifier)),
            PageEntry("approval", self.tr("Approval"), lambda: _approval_page(services, notifier)),
            PageEntry("sync", self.tr("Send to center"),
                      lambda: _sync_page(services, notifier, self.sync_runner), who.can(Action.SEND)),
            PageEntry("audit", self.tr("Audit trail"), lambda: _audit_page(services, notifier),
                      who.can(Action.VIEW, Reach.ALL_DISTRICTS)),
            PageEntry("backups", self.tr("Backups"),
                      lambda: _backups_page(services, notifier, self.settings),
                      who.can(Action.BACKUP) and services.database.path is not None),
            PageEntry("users", self.tr("Users"), lambda: _users_page(services, notifier),
                      manages_accounts(who) and services.accounts.has_accounts()),
            PageEntry("settings", self.tr("Settings"),
                      lambda: _settings_page(services, self.settings)),
        ]

    def page(self, key: str) -> QWidget:
        """The page with this key, created on first use."""
        if key not in self._pages:
            entry = next(e for e in self._entries if e.key == key)
            widget = entry.factory()
            widget.setObjectName(f"page-{key}")
            self._pages[key] = widget
            self._stack.addWidget(widget)
            self._connect_page(key, widget)
        return self._pages[key]

    def current_page_key(self) -> str:
        """The key of the page on screen ("home" before any is chosen)."""
        row = self._navigation.currentRow()
        return self._entries[row].key if 0 <= row < len(self._entries) else "home"

    def show_page(self, key: str) -> QWidget:
        row = next(i for i, e in enumerate(self._entries) if e.key == key)
        self._navigation.setCurrentRow(row)
        return self._pages[key]

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        self._stack.setCurrentWidget(self.page(self._entries[row].key))
        if self.focusWidget() is None or not self.focusWidget().isVisible():
            # A page shown may hide the widget that had the keyboard: keep it in the window, or the
            # shortcuts (F1, Ctrl+number) would have nowhere to arrive.
            self._navigation.setFocus()

    def home_page_ready(self) -> bool:
        home = self._pages.get("home")
        return home is not None and bool(getattr(home, "is_loaded", lambda: True)())

    # chrome ------------------------------------------------------------------------------------
    def open_guide(self):
        """The user guide, at the section of the page on screen."""
        from PySide6.QtCore import Qt

        from desktop.ui.dialogs.guide import GuideDialog

        dialog = GuideDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()  # first: the guide is laid out at its real width before it is scrolled
        row = self._navigation.currentRow()
        if 0 <= row < len(self._entries):
            dialog.show_section(self._entries[row].title)
        self.guide_dialog = dialog
        return dialog

    def _add_page_shortcuts(self) -> None:
        """Ctrl+1 … Ctrl+9: the first nine pages, in the order of the navigation."""
        for action in getattr(self, "_page_actions", []):
            self.removeAction(action)
        self._page_actions = []
        for number, entry in enumerate(self._entries[:9], start=1):
            action = QAction(entry.title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, key=entry.key: self.show_page(key))
            self.addAction(action)
            self._page_actions.append(action)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            self._navigation.item(number - 1).setToolTip(f"{entry.title} ({keys})")

    def change_password(self) -> QDialog:
        from desktop.ui.dialogs.change_password import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.services, self)
        dialog.open()
        return dialog

    def sign_out(self) -> None:
        """Hide everything, ask for a sign-in; someone else may sign in; cancelling closes the window."""
        from desktop.ui.session_lock import sign_out

        sign_out(self, self.services, self.rebuild_pages)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Rasad"), self.tr(
            "Rasad {version}\nFollow-up of the Judiciary Transformation Document for provincial "
            "judicial councils.\nFont: Vazirmatn (SIL Open Font License).").format(version=__version__))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.settings.save_geometry("main", self.saveGeometry())
        row = self._navigation.currentRow()
        if 0 <= row < len(self._entries):
            self.settings.last_page = self._entries[row].key
        if self.services is not None:
            stop_background(self)
        busy.limit_this_threads_wait(self._write_wait_before)
        super().closeEvent(event)
