"""What the tests of sending share: the province, a fixed moment, the center's address and a settable clock
(the fixtures built on them are in conftest.py)."""

from __future__ import annotations

from datetime import UTC, datetime

PROVINCE = "QOM"
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
URL = "http://127.0.0.1:8765"


class Clock:
    """Now, moved on by the test (back-offs, receipts' times)."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now

