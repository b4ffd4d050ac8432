"""Sending progress to the center, as the window uses it (issue 4, "Province side"): one facade, no Qt.

It gathers the outbox, the province's signing key, the link to the center (address and pinned key) and the
two ways out — HTTPS and removable media — behind small methods that return frozen views. The signing key is
needed to cut a new bundle and to sign the requests that ask the center for directives; resending what the
outbox holds needs no key, so automatic retries never ask for a passphrase (they ask for directives only when
the key is in a secure keyring). When the OS keyring is not a secure store the key lives in an encrypted file next to the
database (``<db folder>/<province>.rasad-key``, as on the command line) and every method that signs takes the
passphrase as an argument; it is never stored.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import __version__
from desktop.domain.access import Action, ActsForPrincipal, Principal
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.domain.system_errors import describe_os_error
from desktop.store.database import Database
from desktop.sync import canonical
from desktop.sync.center_link import CenterLink, CenterLinkService
from desktop.sync.errors import SyncError
from desktop.sync.key_files import EncryptedKeyFile
from desktop.sync.key_store import KeyStore
from desktop.sync.keys import export_public, fingerprint
from desktop.sync.media import ExportError as MediaExportError
from desktop.sync.media import export_pending, import_receipts, write_verified
from desktop.sync.outbox import Outbox, OutboxEntry, RecutResult, retry_delay
from desktop.sync.rotation import record_key_created
from desktop.sync.views import (
    DirectiveOutcome,
    ExportResult,
    LinkView,
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

KEY_FILE_SUFFIX = ".rasad-key"
_PUBLIC_KEY_FILE_MAX_BYTES = 16 * 1024


class FileReadError(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The file {path} could not be read ({reason}).")


class KeyFileReadError(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The key file {path} could not be read ({reason}).")


class NotLinkedError(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The center's address and public key must be set before sending.")


def default_key_file(database: Database, province: str) -> Path:
    """Where the command line also looks: beside the database."""
    if database.path is not None:
        return database.path.parent / f"{province}{KEY_FILE_SUFFIX}"
    from desktop.paths import data_dir

    return data_dir() / f"{province}{KEY_FILE_SUFFIX}"


def next_attempt(entry: OutboxEntry, now: datetime) -> datetime | None:
    """When a pending bundle should be tried again; a held one (sent, no final receipt) backs off too."""
    if entry.state not in ("waiting", "sent"):
        return None
    if entry.next_attempt_at is not None:
        return entry.next_attempt_at
    if entry.state == "sent" and entry.last_attempt_at is not None:
        return entry.last_attempt_at + retry_delay(max(1, entry.attempts))
    return now


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

    # -- reading ---------------------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        self.principal.require(Action.VIEW)
        now = self.clock()
        entries = tuple(self.outbox.entries())
        link = self.link_service.link()
        acknowledged = [e.acknowledged_at for e in entries if e.acknowledged_at is not None]
        pending = [e for e in entries if e.state in ("waiting", "sent")]
        unsent = self.has_unsent_changes()
        return SyncStatus(
            entries=entries,
            without_ack=self.outbox.unacknowledged_since(now),
            last_acknowledged_at=max(acknowledged) if acknowledged else None,
            next_attempt_at=next_attempt(pending[0], now) if pending else None,
            has_unsent_changes=unsent,
            link=LinkView(link.province, link.url, link.center_key_id,
                          self.signing_key() if link.province else None),
            resync_required=self.outbox.resync_required(),
            refused=next((e for e in entries if e.state == "rejected"), None),
        )

    def signing_key(self) -> SigningKeyView:
        """The province's key id and where it is kept; read without the passphrase (from the key file's
        envelope), so the window can show it before asking for anything."""
        province = self.link_service.province()
        store = self._store(province)
        key_id = self._key_ids.get(province)
        if key_id is None:
            key_id = self._read_key_id(store)
            if key_id is not None:
                self._key_ids[province] = key_id
        return SigningKeyView(key_id=key_id, location=store.location, in_keyring=store.uses_keyring,
                              notice=store.notice)

    def needs_passphrase(self) -> bool:
        return not self._store(self.link_service.province()).uses_keyring

    def may_send(self) -> bool:
        """Whether the signed-in user may send (the window hides the actions, the service refuses them)."""
        return self.principal.can(Action.SEND)

    def retry_due(self, now: datetime | None = None) -> bool:
        """Whether an automatic send should run now: linked, and the first pending bundle is due."""
        now = now or self.clock()
        if not _can_send(self.link_service.link()):
            return False
        pending = self.outbox.pending()
        if not pending or self.outbox.refused() is not None:  # a final refusal waits for the user (recut)
            return False
        due = next_attempt(pending[0], now)
        return due is not None and due <= now

    # -- keys and link ---------------------------------------------------------------------------------

    def create_signing_key(self, passphrase: str | None = None) -> SigningKeyView:
        """A new Ed25519 key for the province; KeyExistsError when one exists (it is never replaced)."""
        self.principal.require(Action.SEND)
        province = self.link_service.province()
        key = self._store(province).create(passphrase)
        self._key_ids[province] = fingerprint(key.public_key())
        record_key_created(self.database, fingerprint(key.public_key()), province)
        return self.signing_key()

    def check_passphrase(self, passphrase: str | None) -> str:
        """Open the key (WrongPassphraseError, MissingKeyError …); returns its id."""
        province = self.link_service.province()
        return fingerprint(self._store(province).load(passphrase).public_key())

    def export_public_key(self, path: Path | str, passphrase: str | None = None) -> str:
        """Write the public key (with its key id line) for registration at the center; returns the key id."""
        self.principal.require(Action.SEND)
        public = self._store(self.link_service.province()).load(passphrase).public_key()
        data = export_public(public)
        write_verified(Path(path), data, hashlib.sha256(data).hexdigest())
        return fingerprint(public)

    def pin_center_key(self, path: Path | str, *, replace: bool = False) -> str:
        """Pin the center's key from the file it handed out; returns the key id."""
        self.principal.require(Action.SEND)
        path = Path(path)
        try:
            with path.open("rb") as handle:
                data = handle.read(_PUBLIC_KEY_FILE_MAX_BYTES + 1)
        except OSError as exc:
            raise KeyFileReadError(path=str(path), reason=describe_os_error(exc)) from exc
        if len(data) > _PUBLIC_KEY_FILE_MAX_BYTES:
            raise KeyFileReadError(path=str(path), reason="file too large")
        return self.link_service.pin_center_key(data, replace=replace)

    def set_center_url(self, url: str) -> str:
        self.principal.require(Action.SEND)
        return self.link_service.set_center_url(url)

    # -- the ways out ----------------------------------------------------------------------------------

    def cut(self, passphrase: str | None = None) -> OutboxEntry | None:
        """Cut the next bundle from every unsent change (None if there is none); opens the key only then."""
        self.principal.require(Action.SEND)
        if not self.has_unsent_changes() or self.outbox.refused() is not None:
            return None  # nothing new, or blocked by a final refusal (recut first): the key is not opened
        province = self.link_service.province()
        key = self._store(province).load(passphrase)
        return self.outbox.cut(key, province, __version__)

    def has_unsent_changes(self) -> bool:
        return self.outbox.has_unsent_changes()

    def export_to_folder(self, folder: Path | str, passphrase: str | None = None,
                         progress: TaskProgress = NO_PROGRESS) -> ExportResult:
        """Cut, then write every pending bundle into ``folder`` (temporary name, sync, rename, read back)."""
        self.principal.require(Action.SEND)
        progress.step(0, 0, "")
        from desktop.sync.rotation import export_rotations

        cut = self.cut(passphrase)
        province = self.link_service.province()
        try:
            Path(folder).mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise MediaExportError(path=str(folder), reason=describe_os_error(error)) from None
        files = export_rotations(self.database, province, Path(folder)) + export_pending(self.outbox, folder,
                                                                                          progress=progress)
        return ExportResult(cut=cut, files=tuple(files))

    def import_receipt_files(self, files: Iterable[Path | str]) -> list[ReceiptOutcome]:
        """Apply the center's receipt files; each file gets its own outcome (one bad file stops nothing)."""
        self.principal.require(Action.SEND)
        province = self.link_service.province()
        center_key = self.link_service.center_key()
        from desktop.sync.rotation import settle_by_receipts

        outcomes = [ReceiptOutcome(result.path, result.entry, result.error)
                    for result in import_receipts(self.outbox, files, center_key, province)]
        settle_by_receipts(self.database, self._store(province))  # a rotation the center evidently has
        return outcomes

    def send_now(self, passphrase: str | None = None, progress: TaskProgress = NO_PROGRESS) -> SendResult:
        """Cut the unsent changes, then send every due bundle in order (retry times are respected)."""
        self.principal.require(Action.SEND)
        link = self._require_link()
        progress.step(0, 2, "")
        if self.outbox.resync_required():
            self.resync(passphrase, link)
        cut = self.cut(passphrase)
        progress.step(1, 2, "")
        report = self.send_due(now_anyway=True, passphrase=passphrase)
        progress.step(2, 2, "")
        return SendResult(cut=cut, report=report)

    def recut(self) -> RecutResult:
        """The recovery after a final refusal (docs/bundles.md, "Recovery"): the refused bundle and the later
        unacknowledged ones are removed and their changes go into the next bundle; no key is needed for this."""
        self.principal.require(Action.SEND)
        return self.outbox.recut()

    def resync(self, passphrase: str | None = None, link: CenterLink | None = None) -> ResyncResult:
        """After a restore: take the province's chain back from the center (a request signed with its key)."""
        self.principal.require(Action.SEND)
        from desktop.sync.request_auth import RequestRefusedError
        from desktop.sync.resync import apply_center_chain, fetch_center_chain
        from desktop.sync.rotation import deliver_rotations, signed_request_refused

        link = link or self._require_link()
        province = link.province or ""
        store = self._store(province)
        key = store.load(passphrase)
        client = self._client()
        try:
            # the request is signed with the current key: a rotation the center has not had yet goes first
            deliver_rotations(self.database, client, link.url or "", province, store)
            items = fetch_center_chain(client, link.url or "", province, key, self.clock)
        except RequestRefusedError:
            raise signed_request_refused(self.database) from None
        finally:
            client.close()
        return apply_center_chain(self.database, items, self.link_service.center_key(), province, self.clock)

    def resync_from_folder(self, folder: Path | str) -> ResyncResult:
        """After a restore, without a link: the chain the center exported to removable media."""
        self.principal.require(Action.SEND)
        from desktop.sync.resync import apply_center_chain, read_chain_folder

        try:
            items = read_chain_folder(Path(folder))
        except OSError as error:
            raise FileReadError(path=str(error.filename or folder), reason=describe_os_error(error)) from None
        return apply_center_chain(self.database, items, self.link_service.center_key(),
                                  self.link_service.province(), self.clock)

    # -- directives from the center ----------------------------------------------------------------------

    def directives(self) -> list[DirectiveView]:
        self.principal.require(Action.VIEW)
        from desktop.sync.directives import DirectiveInbox

        return DirectiveInbox(self.database, self.clock).directives()

    def import_directive_files(self, files: Iterable[Path | str]) -> list[DirectiveOutcome]:
        """Verify each directive file with the pinned center key and apply it; files are taken in the order of
        the sequence in their names, so a folder copied in any order applies in order."""
        self.principal.require(Action.EDIT)
        from desktop.sync.directives import MAX_DIRECTIVE_BYTES, DirectiveInbox

        inbox = DirectiveInbox(self.database, self.clock)
        center_key = self.link_service.center_key()
        province = self.link_service.province()
        outcomes = []
        for path in sorted((Path(name) for name in files), key=_sequence_in_name):
            try:
                with path.open("rb") as handle:
                    data = handle.read(MAX_DIRECTIVE_BYTES + 1)
                outcomes.append(DirectiveOutcome(path, inbox.receive(data, center_key, province), None))
            except OSError as error:
                outcomes.append(DirectiveOutcome(path, None, FileReadError(
                    path=str(path), reason=describe_os_error(error))))
            except SyncError as error:
                outcomes.append(DirectiveOutcome(path, None, error))
        return outcomes

    def send_due(self, *, now_anyway: bool = False, passphrase: str | None = None) -> SendReport:
        """Send the bundles already in the outbox (no key needed): the automatic retry. Then ask the center for
        new directives — a request signed with the province's key, so only when the key opens without asking
        (a secure keyring, or ``passphrase`` given); otherwise that part is skipped and said in the report."""
        self.principal.require(Action.SEND)
        import httpx2

        from desktop.sync.directives import DirectiveInbox, fetch_directives
        from desktop.sync.rotation import deliver_rotations, pending_rotations
        from desktop.sync.sender import Sender, SendReport

        link = self._require_link()
        client = self._client()
        url, province = link.url or "", link.province or ""
        try:
            try:
                # the center's own key first: its receipts are signed with the key it uses now
                self.link_service.follow_center_rotations(client, url)
            except httpx2.HTTPError:
                pass  # unreachable: the post below fails too and schedules the bundle's retry
            except SyncError as error:  # a record not signed by the pinned key: refused, nothing is sent
                return SendReport(0, 0, 0, 1, self.clock() + retry_delay(1), f"center key: {error.english()}")
            center_key = self.link_service.center_key()
            try:
                deliver_rotations(self.database, client, url, province, self._store(province))
            except httpx2.HTTPError as error:
                return SendReport(0, 0, 0, 1, self.clock() + retry_delay(1), f"key rotation: {error}")
            if pending_rotations(self.database):
                # bundles signed with a key the center does not know yet would be refused: wait for the record
                return SendReport(0, 0, 0, 1, self.clock() + retry_delay(1), "key rotation record not delivered")
            report = Sender(self.outbox, client, url, center_key, province, self.clock).send_due(
                now_anyway=now_anyway)
            if not report.failed:
                store = self._store(province)
                if not store.uses_keyring and not passphrase:
                    return _with_directive_note(
                        report, "directives: the signing key's passphrase is needed to ask the center")
                try:
                    fetch_directives(DirectiveInbox(self.database, self.clock), client, url, center_key, province,
                                     store.load(passphrase))
                except (httpx2.HTTPError, ValueError, SyncError) as error:
                    # the bundles went through; a directive problem is reported on its own next time
                    return _with_directive_note(report, f"directives: {error}")
            return report
        finally:
            client.close()

    def directive_freshness(self) -> DirectiveFreshness:
        """How old the newest verified directive listing is, and whether that deserves a warning."""
        self.principal.require(Action.VIEW)
        from desktop.sync.freshness import freshness

        return freshness(self.database, self.clock(), linked=_can_send(self.link_service.link()))

    # -- helpers ---------------------------------------------------------------------------------------

    def _client(self) -> httpx2.Client:
        if self._http_client is not None:
            return self._http_client()
        from desktop.sync import bounded_http

        return bounded_http.client()

    def _require_link(self) -> CenterLink:
        link = self.link_service.link()
        if not _can_send(link):
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

    @staticmethod
    def _read_key_id(store: KeyStore) -> str | None:
        if store.uses_keyring:
            if not store.exists():
                return None
            return fingerprint(store.load().public_key())
        try:
            with open(store.fallback.path, "rb") as handle:
                envelope = canonical.loads_strict(handle.read(16 * 1024))
        except FileNotFoundError:
            return None
        except (OSError, canonical.CanonicalError):
            return "?"
        key_id = envelope.get("key_id") if isinstance(envelope, dict) else None
        return key_id if isinstance(key_id, str) else "?"


def _sequence_in_name(path: Path) -> tuple[int, str]:
    digits = "".join(ch for ch in path.stem.rsplit("-", 1)[-1] if ch.isdigit())
    return (int(digits) if digits else 0, path.name)


def _can_send(link: Any) -> bool:
    return bool(link.province and link.url and link.center_key_id)


def _with_directive_note(report: SendReport, note: str) -> SendReport:
    """``report`` with a note about the directive request — keeping what the send said (a deferred bundle's or
    a final refusal's reason and fields, issue 12 part A), which matters more than the directives."""
    return report if report.error else replace(report, error=note)
