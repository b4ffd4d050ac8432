"""Sending as the window reads it (SyncService's reading use cases): the outbox's state with the link to the
center and the signing key, and when the next automatic send is due. Nothing here writes or opens the key."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from desktop.sync.center_link import CenterLink, CenterLinkService
from desktop.sync.outbox import Outbox, OutboxEntry, retry_delay
from desktop.sync.views import LinkView, SigningKeyView, SyncStatus


def next_attempt(entry: OutboxEntry, now: datetime) -> datetime | None:
    """When a pending bundle should be tried again; a held one (sent, no final receipt) backs off too."""
    if entry.state not in ("waiting", "sent"):
        return None
    if entry.next_attempt_at is not None:
        return entry.next_attempt_at
    if entry.state == "sent" and entry.last_attempt_at is not None:
        return entry.last_attempt_at + retry_delay(max(1, entry.attempts))
    return now


def status(outbox: Outbox, link_service: CenterLinkService, now: datetime,
           signing_key: Callable[[], SigningKeyView]) -> SyncStatus:
    """The outbox, the link and the signing key as the window shows them; ``signing_key()`` is asked only once
    the province is set."""
    entries = tuple(outbox.entries())
    link = link_service.link()
    acknowledged = [e.acknowledged_at for e in entries if e.acknowledged_at is not None]
    pending = [e for e in entries if e.state in ("waiting", "sent")]
    unsent = outbox.has_unsent_changes()
    return SyncStatus(
        entries=entries,
        without_ack=outbox.unacknowledged_since(now),
        last_acknowledged_at=max(acknowledged) if acknowledged else None,
        next_attempt_at=next_attempt(pending[0], now) if pending else None,
        has_unsent_changes=unsent,
        link=LinkView(link.province, link.url, link.center_key_id,
                      signing_key() if link.province else None),
        resync_required=outbox.resync_required(),
        refused=next((e for e in entries if e.state == "rejected"), None),
    )


def retry_due(outbox: Outbox, link: CenterLink, now: datetime) -> bool:
    """Whether an automatic send should run now: linked, and the first pending bundle is due."""
    if not link.can_send:
        return False
    pending = outbox.pending()
    if not pending or outbox.refused() is not None:  # a final refusal waits for the user (recut)
        return False
    due = next_attempt(pending[0], now)
    return due is not None and due <= now
