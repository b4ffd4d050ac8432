"""What the sync service hands the window: frozen views of the link, the signing key, the outbox's state and
the results of sending, exporting and importing (desktop/sync/service.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.sync.center_link import CenterLink
from desktop.sync.errors import SyncError
from desktop.sync.outbox import OutboxEntry

if TYPE_CHECKING:
    from desktop.sync.directives import DirectiveResult
    from desktop.sync.resync import ResyncResult
    from desktop.sync.sender import SendReport

#: The window warns when the province has waited this long for a receipt.
WITHOUT_ACK_WARNING = timedelta(days=3)


@dataclass(frozen=True)
class SigningKeyView:
    key_id: str | None  # None: no key yet
    location: str  # "keyring rasad-signing-key/QOM" or the key file's path
    in_keyring: bool
    notice: SyncError | None = None  # the keyring raised and was given up for the key file (say so)

    @property
    def needs_passphrase(self) -> bool:
        return not self.in_keyring


@dataclass(frozen=True)
class LinkView(CenterLink):
    """The center link (and so its ``can_send``) with the province's signing key beside it."""

    signing_key: SigningKeyView | None  # None until the province code is set


@dataclass(frozen=True)
class SyncStatus:
    entries: tuple[OutboxEntry, ...]  # in sequence order
    without_ack: timedelta | None  # age of the oldest bundle without an acknowledgement; None if none waits
    last_acknowledged_at: datetime | None
    next_attempt_at: datetime | None  # when the first pending bundle is due (None: nothing pending)
    has_unsent_changes: bool  # changes recorded since the last bundle was cut
    link: LinkView
    resync_required: bool = False  # restored from a backup: the chain must be taken back from the center first
    refused: OutboxEntry | None = None  # the bundle the center refused for good: nothing is sent until recut

    @property
    def alarm(self) -> bool:
        """A final refusal blocks the outbox: the window shows it until the province recovers."""
        return self.refused is not None

    @property
    def pending_count(self) -> int:
        return sum(1 for e in self.entries if e.state in ("waiting", "sent"))

    @property
    def warn_without_ack(self) -> bool:
        return self.without_ack is not None and self.without_ack >= WITHOUT_ACK_WARNING


@dataclass(frozen=True)
class ExportResult:
    cut: OutboxEntry | None  # the bundle cut just before the export (None: nothing new)
    files: tuple[Path, ...]  # written, synced and read back, in sequence order


@dataclass(frozen=True)
class ReceiptOutcome:
    path: Path
    entry: OutboxEntry | None  # the bundle the receipt settled, as it stands now
    error: SyncError | None  # why the file was refused


@dataclass(frozen=True)
class DirectiveOutcome:
    path: Path
    result: DirectiveResult | None  # applied, held or already there
    error: SyncError | None  # why the file was refused (nothing of it applied)


@dataclass(frozen=True)
class SendResult:
    cut: OutboxEntry | None
    report: SendReport
    resynced: ResyncResult | None = None  # a restored database's chain, taken back from the center first
