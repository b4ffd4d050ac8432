"""A matplotlib figure inside a Qt widget, with the bundled Persian font and Persian digits; and what every chart
of the window shares, matplotlib or not (`SavableChart`: right-click, save as PNG or SVG; `chart_style`).

matplotlib is imported on first use only, off the window's thread (desktop/ui/charts/loading.py): it costs half a
second.
matplotlib ≥ 3.11 shapes and orders Persian text itself, so labels are passed as plain strings.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMenu, QVBoxLayout, QWidget

from desktop.charts.style import (
    IMAGE_FORMATS,
    PRINT_DPI,
    ChartStyle,
    configure_matplotlib,
    figure_bytes,
    write_picture,
)
from desktop.domain.messages import DomainError
from desktop.ui.formatting import format_number
from desktop.ui.language import Language, current_language
from desktop.ui.widgets.errors import show_error

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure


@cache
def configure_matplotlib_once() -> None:
    """The window's backend and the bundled fonts (desktop/ui/charts/loading.py calls it off the window's thread)."""
    import matplotlib

    matplotlib.use("QtAgg")
    configure_matplotlib()


def is_rtl() -> bool:
    return current_language() is Language.PERSIAN


def chart_style() -> ChartStyle:
    """The window's language: right to left with Persian digits in Persian."""
    return ChartStyle(rtl=is_rtl(), number=format_number)


def _skip_redraws_once_deleted(canvas) -> None:
    """A redraw matplotlib queued just before the page was destroyed must not run on the deleted canvas."""
    from shiboken6 import isValid

    queued = canvas._draw_idle

    def draw_if_alive() -> None:
        if isValid(canvas):
            queued()

    canvas._draw_idle = draw_if_alive


class ChartExport(Protocol):
    """How the window saves a chart: an export, through a service (the export right, its audit event)."""

    def allowed(self) -> bool: ...

    def write(self, path: Path, picture: bytes, what: str) -> Path: ...


class SavableChart(QWidget):
    """A chart a right-click offers to save as PNG or SVG, when :attr:`export` is set and allows it (the main
    window sets it: the signed-in user's export right, the file recorded as an export); subclasses draw the
    picture in ``picture_for``. (One translation context, "ChartWidget", for every chart's menu, whichever class
    of chart shows it.)"""

    export: ChartExport | None = None  # none: no chart is offered for saving

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_menu)

    def picture_for(self, path: Path) -> bytes:
        """The chart as PNG or SVG bytes, by ``path``'s suffix."""
        raise NotImplementedError

    def save(self, path: Path) -> None:
        """Write the picture to ``path`` (a temporary name first): the widget's own, unrecorded - for tests and
        for what the window itself keeps; a user's save goes through :meth:`export_to`. Raises OSError."""
        write_picture(path, self.picture_for(Path(path)))

    def export_to(self, path: Path) -> Path:
        """Save as the user asked: through :attr:`export` (refused without it)."""
        export = SavableChart.export
        if export is None:
            raise RuntimeError("no chart export is set up")
        return export.write(path, self.picture_for(path), self.accessibleName())

    def _show_menu(self, position) -> None:
        export = SavableChart.export
        if export is None or not export.allowed():  # a viewer may look, not take away
            return
        menu = QMenu(self)
        menu.addAction(QCoreApplication.translate("ChartWidget", "Save chart as PNG or SVG…"), self._ask_and_save)
        menu.exec(self.mapToGlobal(position))

    def _ask_and_save(self) -> None:
        title = QCoreApplication.translate("ChartWidget", "Save chart")
        filename, _ = QFileDialog.getSaveFileName(
            self, title, "chart.png", QCoreApplication.translate("ChartWidget", "Images (*.png *.svg)"))
        if not filename:
            return
        path = Path(filename)
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_suffix(".png")
        try:
            self.export_to(path)
        except DomainError as error:  # refused, the folder not writable, the database damaged…
            show_error(self, title, error)


class ChartWidget(SavableChart):
    """Hosts one matplotlib figure; right-click offers to save it as PNG or SVG."""

    def __init__(self, parent: QWidget | None = None, *, height_inches: float = 3.0):
        super().__init__(parent)
        configure_matplotlib_once()
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure: Figure = Figure(figsize=(6.0, height_inches), dpi=100, layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        _skip_redraws_once_deleted(self.canvas)
        self.canvas.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)

    def axes(self) -> Axes:
        self.figure.clear()
        return self.figure.add_subplot(1, 1, 1)

    def draw(self) -> None:
        self.canvas.draw_idle()

    def picture_for(self, path: Path) -> bytes:
        image_format = path.suffix.lower().lstrip(".")
        return figure_bytes(self.figure, image_format if image_format in IMAGE_FORMATS else "png", PRINT_DPI)
