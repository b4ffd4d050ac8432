"""The page the main window shows from its snapshot before the database is open (docs/architecture.md, "The
remembered views"): the overview or the indicators page's first view, put on the window's stack at once; a link
clicked on it meanwhile, followed once the pages exist; the page handed over to the window's pages once the
services are attached (`MainWindow.attach`), or taken off the screen when accounts turned up."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.ui.window_status import say_waiting

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

    from desktop.overview.views import Overview
    from desktop.ranking.views import FirstRanking
    from desktop.ui.changes import ChangeNotifier


class RememberedPages:
    """The page shown from its snapshot on ``stack`` (``early``: its key, "home" or "indicators", and the page)
    until the window takes it, and the link clicked on it (``pending_link``) until the window follows it."""

    def __init__(self, window: QMainWindow, stack: QStackedWidget, notifier: ChangeNotifier) -> None:
        self._window = window
        self._stack = stack
        self._notifier = notifier
        # The page shown from its snapshot before the database opens ("home" or "indicators"), and its key.
        self.early: tuple[str, QWidget] | None = None
        self.pending_link: str | None = None  # a link clicked on it meanwhile, followed once the pages exist

    def show_overview(self, overview: Overview, generation: int | None = None) -> QWidget:
        """The overview remembered in the database (computed at data ``generation``), shown at once."""
        from desktop.ui.pages.home import HomePage

        home = HomePage(None, self._notifier)
        try:
            home.show_remembered(overview, generation)
        except Exception:
            home.deleteLater()  # whole, with its models: nothing half-built stays behind
            raise
        home.setObjectName("page-home")
        home.link_requested.connect(self._queue_link)
        home.activity_requested.connect(lambda activity_id: self._queue_link(f"activity:{activity_id}"))
        self._show("home", home)
        return home

    def show_ranking(self, first: FirstRanking) -> QWidget:
        """The indicators page's first view remembered in the database, ranked at once."""
        from desktop.ui.pages.indicators import IndicatorsPage

        page = IndicatorsPage(None, self._notifier)
        try:
            page.show_remembered(first)
        except Exception:
            page.deleteLater()
            raise
        page.setObjectName("page-indicators")
        page.waiting_for_database.connect(self._say_waiting)
        self._show("indicators", page)
        return page

    def _show(self, key: str, page: QWidget) -> None:
        self.early = (key, page)
        self._stack.addWidget(page)
        self._stack.setCurrentWidget(page)

    def _say_waiting(self) -> None:
        say_waiting(self._window.statusBar())

    def forget(self) -> None:
        """Take the page shown from its snapshot off the screen (see `MainWindow.forget_remembered_overview`)."""
        early, self.early = self.early, None
        if early is not None:
            self._stack.removeWidget(early[1])
            early[1].deleteLater()

    def _queue_link(self, link: str) -> None:
        """A link clicked before the pages exist: followed as soon as the database is open."""
        self.pending_link = link
        self._say_waiting()

    def take_page(self) -> tuple[str, QWidget] | None:
        """The page on screen from its snapshot, and its key, no longer waiting for the database (the window gives
        it its services and keeps it among its pages); None when there is none."""
        early, self.early = self.early, None
        if early is not None:
            key, widget = early
            if key == "home":
                widget.link_requested.disconnect(self._queue_link)
                widget.activity_requested.disconnect()
            else:
                widget.waiting_for_database.disconnect(self._say_waiting)
        return early

    def follow_queued_link(self, follow_link: Callable[[str], None], open_activity: Callable[[int], None]) -> None:
        """The pages exist: the link clicked on the page meanwhile (if any) is followed, once."""
        link, self.pending_link = self.pending_link, None
        if link is not None:
            self._window.statusBar().clearMessage()
            if link.startswith("activity:"):
                open_activity(int(link.split(":", 1)[1]))
            else:
                follow_link(link)
