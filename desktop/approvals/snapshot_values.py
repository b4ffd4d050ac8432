"""How the approved figures (desktop/approvals/snapshot.py) hold a value JSON cannot: an unbounded one
(disposition time with cases pending and none disposed of, desktop/domain/indicators/basis.py ``UNBOUNDED``) is
the text ``"unbounded"``. Apart from the snapshot's computation, so that the center reads it without importing
the province's services."""

from __future__ import annotations

import math

#: An unbounded value in the figures (from version 4; before, ``null``).
UNBOUNDED_VALUE = "unbounded"


def stored_value(value: object) -> float | None:
    """A value of the figures read back: a number, infinity for :data:`UNBOUNDED_VALUE`, else None."""
    if value == UNBOUNDED_VALUE:
        return math.inf
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
