"""Every chart of a report saved alone as PNG or SVG (each written atomically)."""

from __future__ import annotations

from pathlib import Path

from desktop.charts.style import IMAGE_FORMATS, new_figure, save_figure
from desktop.exports.files import ExportError
from desktop.reports.document import Report
from desktop.reports.pdf_writer import chart_style


def save_charts(report: Report, folder: Path, image_format: str = "png") -> list[Path]:
    """Write ``<folder>/<report stem>-<chart name>.<format>`` for each chart; returns the paths."""
    if image_format not in IMAGE_FORMATS:
        raise ValueError(f"image format must be one of {IMAGE_FORMATS}")
    folder = Path(folder)
    style = chart_style(report)
    written = []
    for chart in report.charts():
        figure = new_figure(chart.width_inches, chart.height_inches)
        chart.draw(figure.add_subplot(1, 1, 1), style)
        path = folder / f"{report.file_stem}-{chart.name}.{image_format}"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            written.append(save_figure(figure, path))
        except OSError as error:
            raise ExportError(path, error.strerror or str(error)) from error
    return written
