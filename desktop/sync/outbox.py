"""The province's outbox: progress bundles cut once, in one transaction, and resent unchanged until a
verified receipt from the center settles them (docs/bundles.md, "Outbox").

The chain head (last sequence, its file hash, the last change id it covered) is the ``outbox_bundle`` row with
the highest sequence, so it cannot disagree with the bundles themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.store.changelog import changes_since
from desktop.store.database import Database
from desktop.store.models import OutboxBundle
from desktop.store.revision import HEAD_REVISION
from desktop.store.settings import CHANGE_ID_OFFSET_KEY, RESYNC_REQUIRED_KEY, get_setting, set_setting
from desktop.sync import frame
from desktop.sync.errors import BundleError, SyncError
from desktop.sync.months_owed import months_owed, owe_months
from desktop.sync.payload import DEFAULT_EVIDENCE_CAP, build_progress_parts, within
from desktop.sync.progress_content import CUT_CHANGES, CUT_CHANGES_BYTES, CUT_INDICATOR_BYTES
from desktop.sync.receipts import Verdict, read_receipt
from desktop.sync.refusals import is_fork_reason, is_retryable_reason

PROGRESS = "progress"
PENDING_STATES = ("waiting", "sent")
FIRST_RETRY_SECONDS = 30
MAX_RETRY_SECONDS = 3600


class UnknownReceiptError(BundleError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The receipt is for bundle {bundle_id}, which this province never sent.")


class ReceiptMismatchError(BundleError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The receipt for bundle {bundle_id} does not match it ({reason}).")


class ReceiptForAnotherBundleError(ReceiptMismatchError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The center's answer to bundle {sequence} is the receipt of another bundle "
                                        "(sequence {other}); nothing was settled.")


class ResyncRequiredError(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "This database was restored from a backup: its bundle chain must first be "
                                        "brought up to date from the center; nothing is sent until then.")


def resync_required(session: Session) -> bool:
    return bool(get_setting(session, RESYNC_REQUIRED_KEY))


def require_no_resync(session: Session) -> None:
    if resync_required(session):
        raise ResyncRequiredError()


class NothingToRecutError(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "No bundle was refused by the center; there is nothing to cut again.")


class OutboxEntryNotFoundError(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "Bundle {entry_id} is not in the outbox.")


@dataclass(frozen=True)
class OutboxEntry:
    """One outbox bundle without its bytes (see :meth:`Outbox.data`)."""

    id: int
    bundle_id: str
    sequence: int
    payload_type: str
    file_hash: str
    previous_hash: str
    created_at: datetime
    size_bytes: int
    first_change_id: int
    last_change_id: int
    state: str
    reason: str
    attempts: int
    last_attempt_at: datetime | None
    next_attempt_at: datetime | None
    acknowledged_at: datetime | None


@dataclass(frozen=True)
class RecutResult:
    """What :meth:`Outbox.recut` removed; their changes go into the next bundle."""

    refused_sequence: int
    removed: int  # the refused bundle and the later ones not acknowledged
    head_sequence: int  # the last acknowledged bundle: the next one follows it
    resync_required: bool  # after a fork or rollback: the center's chain is taken back first


@dataclass(frozen=True)
class ChainHead:
    sequence: int  # 0 before the first bundle
    file_hash: str  # GENESIS_HASH before the first bundle
    last_change_id: int  # 0 before the first bundle


def retry_delay(attempts: int) -> timedelta:
    """Wait after the ``attempts``-th failed attempt: 30 s, 60 s, 120 s, … at most one hour (no jitter)."""
    exponent = max(0, attempts - 1)
    seconds = MAX_RETRY_SECONDS if exponent >= 12 else min(MAX_RETRY_SECONDS, FIRST_RETRY_SECONDS * 2**exponent)
    return timedelta(seconds=seconds)


def _entry(row: OutboxBundle) -> OutboxEntry:
    return OutboxEntry(
        id=row.id, bundle_id=row.bundle_id, sequence=row.sequence, payload_type=row.payload_type,
        file_hash=row.file_hash, previous_hash=row.previous_hash, created_at=row.created_at,
        size_bytes=row.size_bytes, first_change_id=row.first_change_id, last_change_id=row.last_change_id,
        state=row.state, reason=row.reason, attempts=row.attempts, last_attempt_at=row.last_attempt_at,
        next_attempt_at=row.next_attempt_at, acknowledged_at=row.acknowledged_at,
    )


def chain_head(session: Session) -> ChainHead:
    row = session.scalars(select(OutboxBundle).order_by(OutboxBundle.sequence.desc()).limit(1)).first()
    if row is None:
        return ChainHead(0, frame.GENESIS_HASH, 0)
    return ChainHead(row.sequence, row.file_hash, row.last_change_id)


class Outbox:
    """The outbox of ``database``; ``clock()`` returns the current timezone-aware time."""

    def __init__(self, database: Database, clock: Callable[[], datetime], *,
                 evidence_cap: int = DEFAULT_EVIDENCE_CAP, max_changes: int = CUT_CHANGES,
                 max_change_bytes: int = CUT_CHANGES_BYTES, max_indicator_bytes: int = CUT_INDICATOR_BYTES) -> None:
        self.database = database
        self.clock = clock
        self.evidence_cap = evidence_cap
        self.max_changes = max_changes  # per bundle: the center refuses a bundle of more (progress_content.py)
        self.max_change_bytes = max_change_bytes
        self.max_indicator_bytes = max_indicator_bytes

    # -- cutting ---------------------------------------------------------------------------------------

    def head(self) -> ChainHead:
        with self.database.reading() as session:
            return chain_head(session)

    def cut_all(self, signing_key: Ed25519PrivateKey, province: str, app_version: str) -> list[OutboxEntry]:
        """Cut every unsent change: one bundle, or several in order when there are more than one bundle holds
        (:attr:`max_changes`, :attr:`max_change_bytes`); each is cut in its own transaction."""
        entries: list[OutboxEntry] = []
        while (entry := self.cut(signing_key, province, app_version)) is not None:
            entries.append(entry)
        return entries

    def cut(self, signing_key: Ed25519PrivateKey, province: str, app_version: str) -> OutboxEntry | None:
        """Cut the next bundle from the changes since the last one (at most :attr:`max_changes` of them, within
        :attr:`max_change_bytes`), in one transaction; None if nothing
        changed, or while a bundle refused for good blocks the outbox. A failure leaves the outbox and its head untouched. Refused in a restored database until its
        chain is brought up to date (ResyncRequiredError)."""
        store = self.database.evidence_store() if self.database.evidence_dir is not None else None
        with self.database.session() as session:
            require_no_resync(session)
            if session.scalar(select(OutboxBundle.id).where(OutboxBundle.state == "rejected").limit(1)):
                return None  # nothing is cut behind a final refusal: recut() first (it would only be removed)
            head = chain_head(session)
            offset = int(get_setting(session, CHANGE_ID_OFFSET_KEY, 0) or 0)
            changes = within(changes_since(session, head.last_change_id - offset, self.max_changes),
                             self.max_change_bytes, offset)
            payload = build_progress_parts(session, changes, evidence_store=store, evidence_cap=self.evidence_cap,
                                           id_offset=offset, months_owed=months_owed(session, head.sequence),
                                           after_change_id=head.last_change_id,
                                           indicator_budget=self.max_indicator_bytes)
            if payload is None:
                return None
            owe_months(session, head.sequence + 1, payload.months_owed)
            now = self.clock().replace(microsecond=0)
            bundle_id = frame.new_bundle_id()
            data = frame.encode({
                "payload_type": PROGRESS,
                "bundle_id": bundle_id,
                "province": province,
                "sequence": head.sequence + 1,
                "previous_hash": head.file_hash,
                "created_at": frame.utc_timestamp(now),
                "app_version": app_version,
                "schema_version": HEAD_REVISION,
            }, payload.parts, signing_key)
            row = OutboxBundle(
                bundle_id=bundle_id, sequence=head.sequence + 1, payload_type=PROGRESS,
                file_hash=frame.file_hash(data), previous_hash=head.file_hash, created_at=now,
                size_bytes=len(data), first_change_id=payload.first_change_id,
                last_change_id=payload.last_change_id, state="waiting", reason="", attempts=0, data=data,
            )
            session.add(row)
            session.flush()
            return _entry(row)

    # -- reading ---------------------------------------------------------------------------------------

    def entries(self) -> list[OutboxEntry]:
        """Every bundle, in sequence order (for the window)."""
        with self.database.reading() as session:
            return [_entry(row) for row in session.scalars(
                select(OutboxBundle).order_by(OutboxBundle.sequence))]

    def has_unsent_changes(self) -> bool:
        """Whether the change log has entries no bundle carries yet, or the last bundle left indicator months
        for the next (desktop/sync/months_owed.py)."""
        with self.database.reading() as session:
            offset = int(get_setting(session, CHANGE_ID_OFFSET_KEY, 0) or 0)
            head = chain_head(session)
            return bool(changes_since(session, head.last_change_id - offset, 1) or months_owed(session, head.sequence))

    def resync_required(self) -> bool:
        with self.database.reading() as session:
            return resync_required(session)

    def pending(self) -> list[OutboxEntry]:
        """Bundles still to deliver (waiting or sent without a final receipt), in sequence order."""
        with self.database.reading() as session:
            return [_entry(row) for row in session.scalars(
                select(OutboxBundle).where(OutboxBundle.state.in_(PENDING_STATES)).order_by(OutboxBundle.sequence))]

    def refused(self) -> OutboxEntry | None:
        """The first bundle the center refused for good (a final refusal): nothing after it can be applied, so
        nothing is sent until the province recovers (:meth:`recut`)."""
        with self.database.reading() as session:
            row = session.scalars(select(OutboxBundle).where(OutboxBundle.state == "rejected")
                                  .order_by(OutboxBundle.sequence).limit(1)).first()
            return _entry(row) if row is not None else None

    def reopen_retryable_refusals(self) -> int:
        """An outbox from before refusals had kinds (issue 12) may hold a bundle marked rejected for a cause the
        province cannot fix (its key was not registered yet, ...): it is pending again and will be resent."""
        with self.database.session() as session:
            rows = [row for row in session.scalars(select(OutboxBundle).where(OutboxBundle.state == "rejected"))
                    if is_retryable_reason(row.reason)]
            for row in rows:
                row.state, row.next_attempt_at, row.receipt = "waiting", None, None
            session.flush()
            return len(rows)

    def recut(self) -> RecutResult:
        """The recovery after a final refusal (docs/bundles.md, "Recovery"), in one transaction: remove the
        refused bundle and every later one not acknowledged, so the next cut carries their changes again, on the
        chain right after the last acknowledged bundle — the chain stays whole. When the center refused it as a
        fork or rollback it holds another bundle at that place for this province: the database is then marked
        like a restored one, and the next send first takes the center's chain back (desktop/sync/resync.py)."""
        with self.database.session() as session:
            require_no_resync(session)
            refused = session.scalars(select(OutboxBundle).where(OutboxBundle.state == "rejected")
                                      .order_by(OutboxBundle.sequence).limit(1)).first()
            if refused is None:
                raise NothingToRecutError()
            later = list(session.scalars(select(OutboxBundle).where(OutboxBundle.sequence >= refused.sequence)
                                         .order_by(OutboxBundle.sequence)))
            if any(row.state == "acknowledged" for row in later):
                raise ReceiptMismatchError(bundle_id=refused.bundle_id, reason="a later bundle is acknowledged")
            fork = is_fork_reason(refused.reason)
            for row in later:
                session.delete(row)
            session.flush()
            head = chain_head(session)
            if fork:
                offset = int(get_setting(session, CHANGE_ID_OFFSET_KEY, 0) or 0)
                set_setting(session, RESYNC_REQUIRED_KEY, {"change_id_boundary": head.last_change_id - offset,
                                                           "recut_at": self.clock().isoformat()})
            return RecutResult(refused_sequence=refused.sequence, removed=len(later), head_sequence=head.sequence,
                               resync_required=fork)

    def due(self, now: datetime) -> list[OutboxEntry]:
        """Pending bundles whose retry time has come (or that were never tried)."""
        return [e for e in self.pending() if e.next_attempt_at is None or e.next_attempt_at <= now]

    def data(self, entry_id: int) -> bytes:
        """The exact bytes cut for this bundle."""
        with self.database.reading() as session:
            return bytes(self._row(session, entry_id).data)

    def unacknowledged_since(self, now: datetime | None = None) -> timedelta | None:
        """How long ago the oldest bundle without an acknowledgement was cut; None when all are acknowledged."""
        with self.database.reading() as session:
            oldest = session.scalars(
                select(OutboxBundle.created_at).where(OutboxBundle.state != "acknowledged")
                .order_by(OutboxBundle.sequence).limit(1)).first()
        if oldest is None:
            return None
        return max(timedelta(0), (now or self.clock()) - oldest)

    # -- delivery --------------------------------------------------------------------------------------

    def mark_sent(self, entry_id: int, now: datetime | None = None) -> OutboxEntry:
        """The bundle reached the center (no final receipt yet)."""
        now = now or self.clock()
        with self.database.session() as session:
            row = self._row(session, entry_id)
            if row.state == "waiting":
                row.state = "sent"
            row.attempts += 1
            row.last_attempt_at = now
            row.next_attempt_at = None
            session.flush()
            return _entry(row)

    def mark_held(self, entry_id: int, now: datetime | None = None) -> OutboxEntry:
        """The center holds the bundle until an earlier one arrives: count the attempt and ask again after the
        same back-off as a failure (never at every check)."""
        now = now or self.clock()
        with self.database.session() as session:
            row = self._row(session, entry_id)
            if row.state == "waiting":
                row.state = "sent"
            row.attempts += 1
            row.last_attempt_at = now
            row.next_attempt_at = now + retry_delay(row.attempts)
            session.flush()
            return _entry(row)

    def schedule_retry(self, entry_id: int, now: datetime | None = None) -> OutboxEntry:
        """An attempt failed: count it and wait 30 s, doubling up to one hour, before the next."""
        now = now or self.clock()
        with self.database.session() as session:
            row = self._row(session, entry_id)
            row.attempts += 1
            row.last_attempt_at = now
            row.next_attempt_at = now + retry_delay(row.attempts)
            session.flush()
            return _entry(row)

    def apply_receipt(self, receipt_bytes: bytes, center_public_key: Ed25519PublicKey,
                      province: str) -> OutboxEntry:
        """Settle a bundle from the center's signed receipt; BundleError if it is not valid for one of ours."""
        return self.settle(receipt_bytes, center_public_key, province)[0]

    def settle(self, receipt_bytes: bytes, center_public_key: Ed25519PublicKey,
               province: str, *, answering: OutboxEntry | None = None) -> tuple[OutboxEntry, Verdict]:
        """:meth:`apply_receipt`, with the receipt's verdict. ``answering``: the bundle just posted - a receipt
        naming another one (a genuine receipt replayed by a peer on the path, say) settles nothing and is refused:
        the posted bundle would otherwise count as answered and the next one overtake it."""
        receipt = read_receipt(receipt_bytes, center_public_key, province)
        if answering is not None and receipt.bundle_id != answering.bundle_id:
            raise ReceiptForAnotherBundleError(sequence=answering.sequence, other=receipt.sequence)
        with self.database.session() as session:
            row = session.scalars(select(OutboxBundle).where(OutboxBundle.bundle_id == receipt.bundle_id)).first()
            if row is None:
                raise UnknownReceiptError(bundle_id=receipt.bundle_id)
            if row.sequence != receipt.sequence:
                raise ReceiptMismatchError(bundle_id=row.bundle_id, reason="sequence")
            if row.file_hash != receipt.file_hash:
                raise ReceiptMismatchError(bundle_id=row.bundle_id, reason="file hash")
            if row.state == "acknowledged":
                return _entry(row), receipt.verdict  # settled already; a repeated receipt changes nothing
            if receipt.verdict in (Verdict.ACCEPTED, Verdict.DUPLICATE):
                row.state = "acknowledged"
                row.reason = ""
                row.acknowledged_at = self.clock()
                row.next_attempt_at = None
                row.receipt = bytes(receipt_bytes)
            elif receipt.verdict == Verdict.REJECTED:
                row.state = "rejected"
                row.reason = receipt.reason
                row.next_attempt_at = None
                row.receipt = bytes(receipt_bytes)
            elif receipt.verdict == Verdict.RETRY:
                if row.state != "rejected":  # refused for now: still pending, sent again after its back-off
                    row.reason = receipt.reason
            else:  # held: the center waits for an earlier bundle; this one stays delivered
                row.state = "sent"
                row.reason = receipt.reason
            session.flush()
            return _entry(row), receipt.verdict

    @staticmethod
    def _row(session: Session, entry_id: int) -> OutboxBundle:
        row = session.get(OutboxBundle, entry_id)
        if row is None:
            raise OutboxEntryNotFoundError(entry_id=entry_id)
        return row

