"""What the chart tests measure: where drawn lines pass on the picture."""

from __future__ import annotations

import numpy as np


def drawn(figure):
    """Draw the figure with Agg and return its renderer."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    return canvas.get_renderer()


def line_points_inside(axes, box, steps: int = 25) -> list[tuple[float, float]]:
    """Points of the axes' lines as drawn (steps as steps, along each segment and not only at the markers) that
    fall inside ``box``, a display-space Bbox."""
    inside = []
    for line in axes.get_lines():
        points = line._get_transformed_path().get_fully_transformed_path().vertices  # as drawn (steps too)
        for start, end in zip(points, points[1:], strict=False):
            if np.isnan(start).any() or np.isnan(end).any():
                continue
            for t in np.linspace(0.0, 1.0, steps):
                x, y = start + (end - start) * t
                if box.x0 < x < box.x1 and box.y0 < y < box.y1:
                    inside.append((float(x), float(y)))
    return inside
