"""Pausing Python's cycle collector around a bulk job that allocates millions of objects in no cycle."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic collection inside: a bulk loop's tuples and rows are freed by reference counting, and each
    collection pass would walk all of them again (seconds on a million rows). Left as found: in the window the
    collector is already off (desktop/ui/main_thread_gc.py) and must stay off."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
