"""The shared look of every chart: the bundled Persian font, Persian digits, right-to-left axes; saving."""

from __future__ import annotations

import importlib
import io
import os
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.persian import PERCENT_SIGN, format_number
from desktop.paths import fonts_dir

if TYPE_CHECKING:
    from matplotlib.figure import Figure

#: How a number is written on an axis: (value, decimals) -> text.
NumberFormat = Callable[[float, int], str]
IMAGE_FORMATS = ("png", "svg")


@dataclass(frozen=True)
class ChartStyle:
    """Direction and digits of a chart: Persian (right to left, Persian digits) unless told otherwise."""

    rtl: bool = True
    number: NumberFormat = format_number

    @property
    def percent_suffix(self) -> str:
        return PERCENT_SIGN if self.rtl else "%"


PERSIAN = ChartStyle()


@cache
def configure_matplotlib() -> None:
    """Register Vazirmatn and the defaults every chart shares (once; matplotlib is imported here lazily)."""
    import matplotlib
    from matplotlib import font_manager

    for path in sorted(fonts_dir().glob("Vazirmatn-*.ttf")):
        font_manager.fontManager.addfont(str(path))
    matplotlib.rcParams["font.family"] = "Vazirmatn"
    matplotlib.rcParams["axes.unicode_minus"] = False
    matplotlib.rcParams["svg.fonttype"] = "path"
    # Every text of a chart comes from data (a plan's, a driver project's or a branch's name, typed by a province)
    # and no chart uses math: a title with "$...$" is shown as typed, never parsed as mathtext (an unbalanced one
    # would fail the whole chart, and the page or report around it)
    matplotlib.rcParams["text.parse_math"] = False


_CHART_MODULES = ("matplotlib.figure", "matplotlib.axes", "matplotlib.ticker", "matplotlib.backends.backend_svg",
                  "matplotlib.backends.backend_agg")
_loading: threading.Thread | None = None


def load_in_background(*also: str) -> None:
    """Start importing matplotlib, the charts' fonts and ``also`` (module names) on a thread of its own, once:
    about a second of a report command (import, fonts, the first figure), spent while its figures are read -
    SQLite reads without the interpreter's lock, so on a second core the import goes on beside them.
    :func:`new_figure` waits for it; a failure there is left to the caller's own import, which says it."""
    global _loading
    if _loading is None:
        _loading = threading.Thread(target=_load, args=(also,), name="rasad-chart-library", daemon=True)
        _loading.start()


def _load(also: tuple[str, ...]) -> None:
    try:
        configure_matplotlib()
        for name in (*_CHART_MODULES, *also):
            importlib.import_module(name)
    except Exception:  # noqa: BLE001, S110 - the caller's thread imports them again and reports what failed
        pass


def new_figure(width_inches: float = 6.0, height_inches: float = 3.0, dpi: int = 100) -> Figure:
    """A figure not tied to any window (drawn with Agg or SVG when saved)."""
    if _loading is not None:
        _loading.join()  # matplotlib set up by one thread only (its fonts registered once)
    configure_matplotlib()
    from matplotlib.figure import Figure

    return Figure(figsize=(width_inches, height_inches), dpi=dpi, layout="constrained")


#: Saved chart pictures (PNG) are drawn at print resolution.
PRINT_DPI = 300
MAX_TICK_DECIMALS = 3
#: Tick steps, times a power of ten: no 2.5, whose multiples (97.5) need one decimal more than the step's own.
TICK_STEPS = (1, 2, 5, 10)


def tick_decimals(values, least: int = 0) -> int:
    """The fewest decimals, at least ``least``, that write every one of ``values`` exactly (97.5 needs one: with
    none it read «۹۸»); :data:`MAX_TICK_DECIMALS` at most."""
    decimals = least
    while decimals < MAX_TICK_DECIMALS and any(abs(round(v, decimals) - v) > 1e-9 * max(1.0, abs(v))
                                               for v in values):
        decimals += 1
    return decimals


def digit_formatter(style: ChartStyle, decimals: int = 0, suffix: str = ""):
    """Tick labels in the chart's digits (Persian digits in Persian), each the tick's value exactly: at least
    ``decimals`` decimals and as many more as the ticks need (ticks 95, 97.5, 100 are «۹۵٫۰ ۹۷٫۵ ۱۰۰٫۰», never
    «۹۵ ۹۸ ۱۰۰»). With :func:`value_axis` the ticks need no more than ``decimals`` where the range allows."""
    from matplotlib.ticker import Formatter

    class ExactDigits(Formatter):
        def __init__(self) -> None:
            self.decimals = decimals

        def set_locs(self, locs) -> None:
            super().set_locs(locs)
            self.decimals = tick_decimals(locs, decimals)

        def __call__(self, value, pos=None) -> str:
            return f"{style.number(value, self.decimals)}{suffix}"

    return ExactDigits()


def value_axis(axis, style: ChartStyle, decimals: int = 0, suffix: str = "") -> None:
    """An axis of values (an ``Axes.xaxis`` or ``yaxis``): ticks at round steps (1, 2 or 5 × 10ⁿ; whole numbers
    when ``decimals`` is 0, unless the range holds too few of them) and labels that are exactly those ticks, in
    the chart's digits. matplotlib's own locator (``MaxNLocator``: as many ticks as the axis has room for), with
    at least three ticks where a smaller step gives them: without 2.5 the step after 2 is 5, and the 11 days of
    the status report's disposition-time chart had only two, 95 and 100."""
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator("auto", steps=list(TICK_STEPS), integer=decimals == 0, min_n_ticks=3))
    axis.set_major_formatter(digit_formatter(style, decimals, suffix))


def mirror_for_rtl(axes, style: ChartStyle, *, x_values: bool = True) -> None:
    """Right to left: values (or time) grow leftwards and the category labels stand on the right (with the
    y axis's own label, if it has one)."""
    if style.rtl:
        if x_values:
            axes.invert_xaxis()
        axes.yaxis.tick_right()
        axes.yaxis.set_label_position("right")


def slant_tick_labels(labels, angle: float = 30) -> None:
    """Slanted tick labels that end at their tick (the label's right end on it, rotated about that end), not
    centred on it where a long one stood under the next tick."""
    for label in labels:
        label.set_rotation(angle)
        label.set_horizontalalignment("right")
        label.set_rotation_mode("anchor")


def legend(axes, style: ChartStyle, **options):
    """``axes.legend(**options)`` in the chart's direction. Right to left, as a Persian reader reads it: each
    entry's marker stands right of its label, the entries begin on the right (the first column rightmost) and the
    title and entries are aligned right; left to right, matplotlib's own legend."""
    if not style.rtl:
        return axes.legend(**options)
    drawn = axes.legend(markerfirst=False, alignment="right", **options)
    # matplotlib packs the columns from the left, the first one first; it has no option for the other way. The
    # box is matplotlib's own (private): a release without it draws the columns from the left, never fails.
    columns = getattr(drawn, "_legend_handle_box", None)
    if columns is not None:
        columns.get_children().reverse()
    return drawn


def legend_above(axes, style: ChartStyle, *, title: str = "", max_columns: int = 3, fontsize: int = 8) -> None:
    """The legend in rows above the plot, outside it, so it never covers a line (the layout makes room). A chart's
    ``title`` heads the legend there (as the axes' title it stood over the legend); with no legend it is the axes'
    title."""
    _handles, labels = axes.get_legend_handles_labels()
    if labels:
        legend(axes, style, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=min(max_columns, len(labels)),
               fontsize=fontsize, frameon=False, borderaxespad=0.2, title=title or None, title_fontsize=fontsize + 1)
    elif title:
        axes.set_title(title, fontsize=fontsize + 1)


def figure_bytes(figure: Figure, image_format: str = "png", dpi: int = 150) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format=image_format, dpi=dpi)
    return buffer.getvalue()


def save_figure(figure: Figure, path: Path, dpi: int = PRINT_DPI) -> Path:
    """Write the figure as PNG or SVG (by the file's suffix) to a temporary name in the same folder, then
    rename: never a half-written picture. Raises OSError."""
    path = Path(path)
    image_format = path.suffix.lower().lstrip(".") or "png"
    if image_format not in IMAGE_FORMATS:
        image_format = "png"
    return write_picture(path, figure_bytes(figure, image_format, dpi))


def write_picture(path: Path, data: bytes) -> Path:
    """Write a picture's bytes to a temporary name in the same folder, then rename. Raises OSError."""
    path = Path(path)
    descriptor, name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
        os.replace(name, path)
    finally:
        Path(name).unlink(missing_ok=True)
    return path
