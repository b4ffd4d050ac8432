"""How the outbox reads on screen: bundle states in Persian with their colours, the center's reasons, sizes
and durations."""

from __future__ import annotations

import re
from datetime import timedelta

from PySide6.QtGui import QColor

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.sync.errors import SYNC_CONTEXT
from desktop.sync.outbox import OutboxEntry
from desktop.sync.refusals import is_retryable_reason, recognise
from desktop.ui import formatting
from desktop.ui.domain_text import said
from desktop.ui.formatting import format_number
from desktop.ui.language import translate
from desktop.ui.status_colors import BAD, GOOD, NEUTRAL, WARN

CONTEXT = "SyncText"

STATE_LABELS = {
    "waiting": QT_TRANSLATE_NOOP("SyncText", "Waiting"),
    "sent": QT_TRANSLATE_NOOP("SyncText", "Sent"),
    "acknowledged": QT_TRANSLATE_NOOP("SyncText", "Acknowledged"),
    "rejected": QT_TRANSLATE_NOOP("SyncText", "Rejected"),
}
HELD_LABEL = QT_TRANSLATE_NOOP("SyncText", "Held by the center")
RETRY_LABEL = QT_TRANSLATE_NOOP("SyncText", "Not taken yet; sent again")
STATE_COLORS = {"waiting": NEUTRAL, "sent": WARN, "acknowledged": GOOD, "rejected": BAD}

# The center's reasons are English sentences (desktop/center/service.py); the known ones read in Persian.
_REASONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"waiting for sequence (?P<sequence>\d+)"),
     QT_TRANSLATE_NOOP("SyncText", "The center is waiting for bundle {sequence} first.")),
    (re.compile(r"a bundle with this id but other content was received before"),
     QT_TRANSLATE_NOOP("SyncText", "The center already has a different bundle with this identifier.")),
    (re.compile(r"sequence (?P<sequence>\d+) was already applied \(last applied (?P<last>\d+)\) with other "
                r"content \((?:fork|rollback)\)"),
     QT_TRANSLATE_NOOP("SyncText", "The center has already applied another bundle {sequence} (its last is "
                                   "{last}); this database may have been restored from an old copy.")),
    (re.compile(r"previous hash does not match the applied bundle (?P<sequence>\d+)"),
     QT_TRANSLATE_NOOP("SyncText", "The bundle does not follow bundle {sequence} that the center applied.")),
    (re.compile(r"another bundle with sequence (?P<sequence>\d+) is already held"),
     QT_TRANSLATE_NOOP("SyncText", "The center already holds another bundle {sequence}.")),
)


def state_label(entry: OutboxEntry) -> str:
    if entry.state in ("waiting", "sent") and entry.reason and is_retryable_reason(entry.reason):
        return translate(CONTEXT, RETRY_LABEL)
    if entry.state == "sent" and entry.reason:
        return translate(CONTEXT, HELD_LABEL)
    return translate(CONTEXT, STATE_LABELS.get(entry.state, entry.state))


def state_color(entry: OutboxEntry) -> QColor | None:
    return STATE_COLORS.get(entry.state)


def reason_text(reason: str) -> str:
    """The center's reason in the user's language when it is a known one, else as the center wrote it."""
    for pattern, message in _REASONS:
        match = pattern.fullmatch(reason.strip())
        if match:
            return translate(CONTEXT, message, **{k: int(v) for k, v in match.groupdict().items()})
    known = recognise(reason)  # any other message the center writes (desktop/sync/refusals.py)
    if known is not None:
        return said(SYNC_CONTEXT, known.message, known.params)
    return reason


def format_size(size_bytes: int) -> str:
    return formatting.format_size(size_bytes)


def without_ack_text(age: timedelta) -> str:
    """«۳ روز بدون رسید از مرکز»: whole days, else whole hours, else "less than an hour"."""
    if age >= timedelta(days=1):
        return translate(CONTEXT, QT_TRANSLATE_NOOP("SyncText", "{count} day(s) without a receipt from the center"),
                         count=format_number(age.days))
    if age >= timedelta(hours=1):
        return translate(CONTEXT, QT_TRANSLATE_NOOP("SyncText", "{count} hour(s) without a receipt from the "
                                                                "center"),
                         count=format_number(age.seconds // 3600))
    return translate(CONTEXT, QT_TRANSLATE_NOOP("SyncText", "Less than an hour without a receipt from the center"))
