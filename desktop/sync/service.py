"""Sending progress to the center, as the window uses it (issue 4, "Province side"): one facade, no Qt.

It gathers the outbox, the province's signing key, the link to the center (address and pinned key) and the
two ways out — HTTPS and removable media — behind small methods that return frozen views. The signing key is
needed to cut a new bundle and to sign the requests that ask the center for directives; resending what the
outbox holds needs no key, so automatic retries never ask for a passphrase (they ask for directives only when
the key is in a secure keyring). When the OS keyring is not a secure store the key lives in an encrypted file next to the
database (``<db folder>/<province>.rasad-key``, as on the command line) and every method that signs takes the
passphrase as an argument; it is never stored.

:class:`SyncService` holds every public method: it checks the role and hands the work to the modules beside it,
one function per use case. What the window reads (the outbox's state, when the next automatic send is
due) is in reading.py; the signing key (its default key file, its id read without the passphrase, creating it,
exporting its public half) in province_key.py, and reading the center's key file to pin it in center_link.py; the
way out over HTTPS (sending what the outbox holds, then asking the center for directives; taking the chain back
after a restore) in over_https.py; the way out on removable media (bundles to a folder; receipt, directive and
chain files taken in) in on_media.py. Cutting and recutting (outbox.py), and the directives' list and freshness
(directives.py, freshness.py), stay here: a few lines each.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import __version__
from desktop.domain.access import Action, ActsForPrincipal, Principal
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.store.database import Database
from desktop.sync import on_media, over_https, province_key, reading
from desktop.sync.center_link import CenterLink, CenterLinkService, KeyFileReadError, read_center_key_file
from desktop.sync.errors import SyncError
from desktop.sync.key_files import EncryptedKeyFile
from desktop.sync.key_store import KeyStore
from desktop.sync.keys import fingerprint
from desktop.sync.on_media import FileReadError
from desktop.sync.outbox import Outbox, OutboxEntry, RecutResult
from desktop.sync.province_key import KEY_FILE_SUFFIX, default_key_file
from desktop.sync.reading import next_attempt
from desktop.sync.views import (
    DirectiveOutcome,
    ExportResult,
    ReceiptOutcome,
    SendResult,
    SigningKeyView,
    SyncStatus,
)
from desktop.tasks import NO_PROGRESS, TaskProgress

if TYPE_CHECKING:
    import httpx2

    from desktop.sync.directives import DirectiveView
    from desktop.sync.freshness import DirectiveFreshness
    from desktop.sync.resync import ResyncResult
    from desktop.sync.sender import SendReport


class NotLinkedError(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The center's address and public key must be set before sending.")


class SyncService(ActsForPrincipal):
    """``clock()`` returns the current timezone-aware time; ``keyring_backend`` (tests) replaces the OS
    keyring; ``http_client()`` makes the httpx2 client used for one send (``httpx2.Client`` by default)."""

    def __init__(self, database: Database, clock: Callable[[], datetime], *, keyring_backend: Any = None,
                 key_file: Path | None = None, http_client: Callable[[], httpx2.Client] | None = None,
                 principal: Principal | None = None) -> None:
        self._act_for(principal)
        self.database = database
        self.clock = clock
        self.outbox = Outbox(database, clock)
        self.link_service = CenterLinkService(database)
        self._keyring_backend = keyring_backend
        self._key_file = key_file
        self._http_client = http_client
        self._stores: dict[str, KeyStore] = {}
        self._key_ids: dict[str, str] = {}

    # -- reading (reading.py, province_key.py) -----------------------------------------------------------

    def status(self) -> SyncStatus:
        self.principal.require(Action.VIEW)
        return reading.status(self.outbox, self.link_service, self.clock(), self.signing_key)

    def signing_key(self) -> SigningKeyView:
        """The province's key id and where it is kept; read without the passphrase (from the key file's
        envelope), so the window can show it before asking for anything."""
        province = self.link_service.province()
        return province_key.view(self._store(province), province, self._key_ids)

    def needs_passphrase(self) -> bool:
        return not self._store(self.link_service.province()).uses_keyring

    def may_send(self) -> bool:
        """Whether the signed-in user may send (the window hides the actions, the service refuses them)."""
        return self.principal.can(Action.SEND)

    def retry_due(self, now: datetime | None = None) -> bool:
        """Whether an automatic send should run now: linked, and the first pending bundle is due."""
        now = now or self.clock()
        return reading.retry_due(self.outbox, self.link_service.link(), now)

    # -- keys and link (province_key.py, center_link.py) -------------------------------------------------

    def create_signing_key(self, passphrase: str | None = None) -> SigningKeyView:
        """A new Ed25519 key for the province; KeyExistsError when one exists (it is never replaced)."""
        self.principal.require(Action.SEND)
        province = self.link_service.province()
        province_key.create(self.database, self._store(province), province, passphrase, self._key_ids)
        return self.signing_key()

    def check_passphrase(self, passphrase: str | None) -> str:
        """Open the key (WrongPassphraseError, MissingKeyError …); returns its id."""
        province = self.link_service.province()
        return fingerprint(self._store(province).load(passphrase).public_key())

    def export_public_key(self, path: Path | str, passphrase: str | None = None) -> str:
        """Write the public key (with its key id line) for registration at the center; returns the key id."""
        self.principal.require(Action.SEND)
        return province_key.export_public_key(self._store(self.link_service.province()), path, passphrase)

    def pin_center_key(self, path: Path | str, *, replace: bool = False) -> str:
        """Pin the center's key from the file it handed out; returns the key id."""
        self.principal.require(Action.SEND)
        return self.link_service.pin_center_key(read_center_key_file(Path(path)), replace=replace)

    def set_center_url(self, url: str) -> str:
        self.principal.require(Action.SEND)
        return self.link_service.set_center_url(url)

    # -- the ways out (over_https.py, on_media.py) --------------------------------------------------------

    def cut(self, passphrase: str | None = None) -> OutboxEntry | None:
        """Cut every unsent change into bundles (more than one when they do not fit in one); the last one cut, or
        None if there is no change. Opens the key only then."""
        self.principal.require(Action.SEND)
        if not self.has_unsent_changes() or self.outbox.refused() is not None:
            return None  # nothing new, or blocked by a final refusal (recut first): the key is not opened
        province = self.link_service.province()
        key = self._store(province).load(passphrase)
        entries = self.outbox.cut_all(key, province, __version__)
        return entries[-1] if entries else None

    def has_unsent_changes(self) -> bool:
        return self.outbox.has_unsent_changes()

    def export_to_folder(self, folder: Path | str, passphrase: str | None = None,
                         progress: TaskProgress = NO_PROGRESS) -> ExportResult:
        """Cut, then write every pending bundle into ``folder`` (temporary name, sync, rename, read back)."""
        self.principal.require(Action.SEND)
        progress.step(0, 0, "")
        cut = self.cut(passphrase)
        files = on_media.export_to_folder(self.database, self.outbox, self.link_service.province(), folder, progress)
        return ExportResult(cut=cut, files=files)

    def import_receipt_files(self, files: Iterable[Path | str]) -> list[ReceiptOutcome]:
        """Apply the center's receipt files; each file gets its own outcome (one bad file stops nothing)."""
        self.principal.require(Action.SEND)
        province = self.link_service.province()
        return on_media.import_receipt_files(self.database, self.outbox, files, self.link_service.center_key(),
                                             province, self._store)

    def send_now(self, passphrase: str | None = None, progress: TaskProgress = NO_PROGRESS) -> SendResult:
        """Cut the unsent changes, then send every due bundle in order (retry times are respected)."""
        self.principal.require(Action.SEND)
        link = self._require_link()
        progress.step(0, 2, "")
        resynced = self.resync(passphrase, link) if self.outbox.resync_required() else None
        cut = self.cut(passphrase)
        progress.step(1, 2, "")
        report = self.send_due(now_anyway=True, passphrase=passphrase)
        progress.step(2, 2, "")
        return SendResult(cut=cut, report=report, resynced=resynced)

    def recut(self) -> RecutResult:
        """The recovery after a final refusal (docs/bundles.md, "Recovery"): the refused bundle and the later
        unacknowledged ones are removed and their changes go into the next bundle; no key is needed for this."""
        self.principal.require(Action.SEND)
        return self.outbox.recut()

    def resync(self, passphrase: str | None = None, link: CenterLink | None = None) -> ResyncResult:
        """After a restore: take the province's chain back from the center (a request signed with its key)."""
        self.principal.require(Action.SEND)
        link = link or self._require_link()
        return over_https.resync(self.database, self.clock, self.link_service, self._store, self._client, link,
                                 passphrase)

    def resync_from_folder(self, folder: Path | str) -> ResyncResult:
        """After a restore, without a link: the chain the center exported to removable media."""
        self.principal.require(Action.SEND)
        return on_media.resync_from_folder(self.database, self.clock, self.link_service, folder)

    # -- directives from the center (on_media.py, over_https.py) ------------------------------------------

    def directives(self) -> list[DirectiveView]:
        self.principal.require(Action.VIEW)
        from desktop.sync.directives import DirectiveInbox

        return DirectiveInbox(self.database, self.clock).directives()

    def import_directive_files(self, files: Iterable[Path | str]) -> list[DirectiveOutcome]:
        """Verify each directive file with the pinned center key and apply it; files are taken in the order of
        the sequence in their names, so a folder copied in any order applies in order."""
        self.principal.require(Action.EDIT)
        return on_media.import_directive_files(self.database, self.clock, files, self.link_service.center_key(),
                                               self.link_service.province())

    def send_due(self, *, now_anyway: bool = False, passphrase: str | None = None) -> SendReport:
        """Send the bundles already in the outbox (no key needed): the automatic retry. Then ask the center for
        new directives — a request signed with the province's key, so only when the key opens without asking
        (a secure keyring, or ``passphrase`` given); otherwise that part is skipped and said in the report."""
        self.principal.require(Action.SEND)
        link = self._require_link()
        return over_https.send_due(self.database, self.clock, self.outbox, self.link_service, self._store,
                                   self._client, link, now_anyway=now_anyway, passphrase=passphrase)

    def directive_freshness(self) -> DirectiveFreshness:
        """How old the newest verified directive listing is, and whether that deserves a warning."""
        self.principal.require(Action.VIEW)
        from desktop.sync.freshness import freshness

        return freshness(self.database, self.clock(), linked=self.link_service.link().can_send)

    # -- helpers ---------------------------------------------------------------------------------------

    def _client(self) -> httpx2.Client:
        if self._http_client is not None:
            return self._http_client()
        from desktop.sync import bounded_http

        return bounded_http.client()

    def _require_link(self) -> CenterLink:
        link = self.link_service.link()
        if not link.can_send:
            if not link.province:
                self.link_service.province()  # raises ProvinceNotSetError
            raise NotLinkedError()
        return link

    def _store(self, province: str) -> KeyStore:
        store = self._stores.get(province)
        if store is None:
            key_file = self._key_file or default_key_file(self.database, province)
            store = KeyStore(province, EncryptedKeyFile(key_file), backend=self._keyring_backend)
            self._stores[province] = store
        return store


#: The names the window and the tests import from here (some now live in the modules beside it).
__all__ = ["KEY_FILE_SUFFIX", "DirectiveOutcome", "ExportResult", "FileReadError", "KeyFileReadError",
           "NotLinkedError", "ReceiptOutcome", "SendResult", "SyncService", "SyncStatus", "default_key_file",
           "next_attempt"]
