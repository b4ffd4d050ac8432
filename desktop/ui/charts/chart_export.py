"""The window's way to save a chart a user right-clicks: an export like a report's, through
:meth:`desktop.reports.service.ReportService.save_picture` (the signed-in user's export right, the file recorded
with its event). Installed as :attr:`desktop.ui.charts.canvas.SavableChart.export` by the main window."""

from __future__ import annotations

from pathlib import Path

from desktop.context import AppServices
from desktop.domain.access import Action


class ServiceChartExport:
    def __init__(self, services: AppServices) -> None:
        self._services = services  # its principal read at each use: a sign-in after a lock changes it

    def allowed(self) -> bool:
        return self._services.principal.can(Action.EXPORT)

    def write(self, path: Path, picture: bytes, what: str) -> Path:
        from desktop.reports.service import ReportService

        services = self._services
        return ReportService(services.database, services.clock, principal=services.principal).save_picture(
            path, picture, what)
