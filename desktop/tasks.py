"""The small interface through which long jobs report progress and learn they were cancelled.

Services take a `TaskProgress` and call `step()`; they never know about threads or widgets.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field


class TaskCancelled(Exception):
    """Raised inside a job when the user cancelled it; the job's transaction is rolled back."""


@dataclass
class TaskProgress:
    on_progress: Callable[[int, int, str], None] | None = None
    _cancel: threading.Event = field(default_factory=threading.Event)

    def step(self, done: int, total: int, message: str = "") -> None:
        """Report progress and stop the job here if it was cancelled."""
        if self._cancel.is_set():
            raise TaskCancelled()
        if self.on_progress is not None:
            self.on_progress(done, total, message)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()


NO_PROGRESS = TaskProgress()
