"""The indicators page's first view: the ranking it opens on, computed by ``services.ranking`` and remembered in the
database for the next start (docs/architecture.md, "The remembered views"). Built before the database is open, the
page shows the one remembered instead, and once the services are attached that one is recomputed in the background
and replaced only if it differs. Its texts stay in the "IndicatorsPage" context of the translations."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from desktop.domain.messages import DomainError
from desktop.ui.widgets.errors import show_error

if TYPE_CHECKING:  # the page is handed its services: importing them here would load SQLAlchemy with the page
    from desktop.context import AppServices
    from desktop.ranking.service import ComputedRanking
    from desktop.ranking.views import FirstRanking
    from desktop.ui.tasks import BackgroundTask

log = logging.getLogger(__name__)


class FirstView(QObject):
    """The first view of the page ``page``, which ``show`` shows (the boxes set to its choice, its table):
    :meth:`show_computed` with the services, or :meth:`show_remembered` before them and :meth:`recompute` once they
    are attached, which ends with :attr:`recomputed`. :attr:`from_snapshot` says the table shown is still the
    remembered one; the page clears it once the user's own choice is shown instead."""

    #: The remembered first view was recomputed: the ``FirstRanking`` to show instead (it differed), or None.
    recomputed = Signal(object)

    def __init__(self, page: QWidget, show: Callable[[FirstRanking], None]) -> None:
        super().__init__(page)
        self._page, self._show = page, show
        self.shown: FirstRanking | None = None  # the first view shown, remembered or computed
        self.from_snapshot = False  # the table shown is the remembered one, not yet recomputed
        self._unremembered: ComputedRanking | None = None  # computed, not yet stored for the next start
        self._task: BackgroundTask | None = None  # the recomputation of a remembered first view
        self._remember_task: BackgroundTask | None = None

    def show_computed(self, services: AppServices) -> None:
        """Built with the services: the first view as ``services.ranking`` computes it, remembered for the next
        start right away (a bookkeeping write, skipped when busy or while the health is unknown: then once the
        background check passes, :meth:`remember_now`)."""
        try:
            computed = services.ranking.compute()
        except DomainError as error:
            show_error(self._page, QCoreApplication.translate("IndicatorsPage", "Indicators"), error)
            return
        self._show_first(computed.ranking)
        try:
            remembered = services.ranking.remember(computed)
        except Exception:  # noqa: BLE001 - remembering only spares the next start a computation: never in the way
            log.warning("the first ranking could not be remembered", exc_info=True)
            remembered = False
        self._unremembered = None if remembered else computed

    def show_remembered(self, first: FirstRanking) -> None:
        """Before the services are attached: the first view remembered in the database."""
        self._show_first(first)
        self.from_snapshot = True

    def recompute(self, services: AppServices) -> None:
        """The services are attached: the first view computed (and remembered) again in the background."""
        from desktop.ui.tasks import BackgroundTask

        task = BackgroundTask(lambda _progress: self._compute_and_remember(services), self)
        task.succeeded.connect(self._recomputed)
        task.failed.connect(lambda error: log.warning("the first ranking could not be recomputed: %s", error))
        task.finished.connect(lambda: setattr(self, "_task", None))
        self._task = task
        task.start()

    @staticmethod
    def _compute_and_remember(services: AppServices) -> tuple[ComputedRanking, bool]:
        computed = services.ranking.compute()
        return computed, services.ranking.remember(computed)

    def _recomputed(self, result: tuple[ComputedRanking, bool]) -> None:
        if not isValid(self):
            return
        computed, remembered = result
        self._unremembered = None if remembered else computed
        was_remembered, self.from_snapshot = self.from_snapshot, False
        replacement: FirstRanking | None = None
        if was_remembered and computed.ranking != self.shown:
            # Current by its data generation, yet the data say otherwise: some write did not bump the generation
            # (desktop/store/engine.py). Replaced right now, but worth a look.
            log.warning("the remembered first ranking differed from the computed one: a missed invalidation")
            replacement = self.shown = computed.ranking
        self.recomputed.emit(replacement)

    def is_recomputing(self) -> bool:
        return self._task is not None

    def remember_now(self, services: AppServices | None) -> None:
        """The database's health became known (the background check passed): store the first view computed
        before, which could not be remembered then."""
        from desktop.ui.tasks import BackgroundTask

        computed = self._unremembered
        if computed is None or services is None:
            return
        self._unremembered = None
        task = BackgroundTask(lambda _progress: services.ranking.remember(computed), self)
        task.start()
        self._remember_task = task

    def _show_first(self, first: FirstRanking) -> None:
        self.shown = first
        self._show(first)
