"""The pages the main window hosts, as it builds them: the entry the navigation lists a page by (`PageEntry`), each
page's factory, which imports the page's module only when the page is first shown (some pull in libraries the
overview does not need: the sync page httpx2, the settings page Alembic, the reports page reportlab;
tests/ui/test_startup_imports.py), and the icon beside each page's name. Which pages a user is given, and their
titles, is the window's own choice (`MainWindow._page_entries` in desktop/ui/main_window.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.context import AppServices
    from desktop.ui.changes import ChangeNotifier
    from desktop.ui.settings import UiSettings


@dataclass(frozen=True)
class PageEntry:
    key: str
    title: str
    factory: Callable[[], QWidget]
    shown: bool = True  # hidden when the role cannot use the page (the services still enforce it)


def _home_page(services: AppServices, notifier: ChangeNotifier) -> QWidget:
    from desktop.ui.pages.home import HomePage

    return HomePage(services, notifier)


def _plans_page(services: AppServices, notifier: ChangeNotifier) -> QWidget:
    from desktop.ui.pages.plans import PlansPage

    return PlansPage(services, notifier)


def _meetings_page(services: AppServices, notifier: ChangeNotifier) -> QWidget:
    from desktop.ui.pages.meetings import MeetingsPage

    return MeetingsPage(services, notifier)


def _indicators_page(services: AppServices, notifier: ChangeNotifier) -> QWidget:
    from desktop.ui.pages.indicators import IndicatorsPage

    return IndicatorsPage(services, notifier)


def _imports_page(services: AppServices, notifier: ChangeNotifier) -> QWidget:
    from desktop.ui.pages.imports import ImportsPage

    return ImportsPage(services, notifier)


def _reports_page(services: AppServices, notifier: ChangeNotifier) -> QWidget:
    from desktop.ui.pages.reports import ReportsPage

    return ReportsPage(services, notifier)


def _sync_page(services: AppServices, notifier: ChangeNotifier, runner) -> QWidget:  # noqa: ANN001
    from desktop.ui.pages.sync import SyncPage

    return SyncPage(services, notifier, runner)


def _settings_page(services: AppServices, settings: UiSettings) -> QWidget:
    from desktop.ui.pages.settings_page import SettingsPage

    return SettingsPage(services, settings)


NAVIGATION_ICONS = {
    "home": "SP_DesktopIcon", "plans": "SP_FileDialogDetailedView", "meetings": "SP_FileDialogContentsView",
    "indicators": "SP_FileDialogListView", "imports": "SP_ArrowDown", "comments": "SP_MessageBoxInformation",
    "reports": "SP_FileIcon", "approval": "SP_DialogApplyButton", "sync": "SP_ArrowUp",
    "audit": "SP_FileDialogInfoView",
    "backups": "SP_DriveHDIcon", "users": "SP_DirHomeIcon", "settings": "SP_ComputerIcon",
}


def navigation_icon(key: str):
    """A small picture beside each page's name (the style's own icons: nothing to ship)."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QStyle

    name = NAVIGATION_ICONS.get(key)
    return QApplication.style().standardIcon(getattr(QStyle.StandardPixmap, name)) if name else QIcon()


def _comments_page(services: AppServices, notifier: ChangeNotifier) -> QWidget:
    from desktop.ui.pages.comments import CommentsPage

    return CommentsPage(services, notifier)


def _approval_page(services: AppServices, notifier) -> QWidget:
    from desktop.ui.pages.approval import ApprovalPage

    return ApprovalPage(services, notifier)


def _audit_page(services: AppServices, notifier) -> QWidget:
    from desktop.ui.pages.audit import AuditPage

    return AuditPage(services, notifier)


def _backups_page(services: AppServices, notifier, settings: UiSettings) -> QWidget:
    from desktop.ui.pages.backups import BackupsPage

    return BackupsPage(services, notifier, settings)


def _users_page(services: AppServices, notifier) -> QWidget:
    from desktop.ui.pages.users import UsersPage

    return UsersPage(services, notifier)
