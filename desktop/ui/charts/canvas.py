"""A matplotlib figure inside a Qt widget, with the bundled Persian font and Persian digits; and what every chart
of the window shares, matplotlib or not (`SavableChart`: right-click, save as PNG or SVG; `chart_style`).

matplotlib is imported on first use only, off the window's thread (desktop/ui/charts/loading.py): it costs half a
second.
matplotlib ≥ 3.11 shapes and orders Persian text itself, so labels are passed as plain strings.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QVBoxLayout, QWidget

from desktop.charts.style import ChartStyle, configure_matplotlib, save_figure
from desktop.ui.formatting import format_number
from desktop.ui.language import Language, current_language

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


class SavableChart(QWidget):
    """A chart a right-click offers to save as PNG or SVG; subclasses write the picture in ``save``. (One
    translation context, "ChartWidget", for every chart's menu, whichever class of chart shows it.)"""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_menu)

    def save(self, path: Path) -> None:
        raise NotImplementedError

    def _show_menu(self, position) -> None:
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
            self.save(path)
        except OSError as error:
            QMessageBox.warning(self, title, QCoreApplication.translate(
                "ChartWidget", "The chart could not be saved to {path}: {reason}").format(
                path=str(path), reason=error.strerror))


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

    def save(self, path: Path) -> None:
        """Write the figure to a temporary name, then rename: no half-written picture."""
        save_figure(self.figure, path)
