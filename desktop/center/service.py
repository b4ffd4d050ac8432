"""Ingesting province progress bundles at the center: verify, chain, apply once, answer with a signed receipt.

Order (issue 4): size cap, strict frame, known key, signature, strict parsing, province and payload type,
part hashes (all in :func:`desktop.sync.frame.verify`), then in ONE transaction the sequence and
previous-hash chain, the apply and the stored receipt.

The service holds the use cases, each one session; what they do is in the modules beside it: applying the content
(applying.py), making and signing again the receipts (receipts.py), the provinces and their keys and chains
(provinces.py), directives (directives.py), the center's own key rotations (center_keys.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from desktop.center import center_keys, national, provinces, receipts
from desktop.center import directives as directive_bundles
from desktop.center.applying import ApplyRefused, apply_guarded, apply_held
from desktop.center.directives import IssuedDirective
from desktop.center.engine import Readiness, center_engine
from desktop.center.holding import HeldLimits, held_load
from desktop.center.locking import (
    DEFAULT_LOCK_TIMEOUT_SECONDS,
    CenterBusy,
    is_lock_timeout,
    serialise_province,
)
from desktop.center.migrate import VERSION_TABLE, head_revision
from desktop.center.models import CenterBundle, CenterFlag, CenterReceipt
from desktop.center.national import ProvinceProgress, ProvinceStatus
from desktop.sync import frame
from desktop.sync.directive_content import Directives
from desktop.sync.errors import BundleError, WrongProvinceError
from desktop.sync.keys import load_public
from desktop.sync.listing import MAX_ENTRIES as MAX_LISTED_DIRECTIVES
from desktop.sync.listing import make_listing
from desktop.sync.progress_content import ProgressContent, is_int, parse_progress
from desktop.sync.receipts import Verdict
from desktop.sync.refusals import (
    ALREADY_APPLIED,
    ALREADY_HELD,
    HELD_WAITING,
    PREVIOUS_HASH,
    RETRYABLE,
    SAME_ID_OTHER_CONTENT,
    CenterBusyError,
    MalformedBundleError,
    RetiredKeyError,
    kind_of,
)

MAX_BUNDLE_BYTES = 64 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024
_ATTEMPTS = 3
log = logging.getLogger(__name__)

#: kept importable from here for older callers; the checks live in desktop/sync/progress_content.py
_Parsed = ProgressContent
_is_int = is_int


class _KeyChanged(Exception):
    """The signing key of a verified bundle was rotated or retired before its province's lock was had."""


def _log_outcome(province: str, sequence: int, verdict: str, reason: str) -> None:
    """One structured line per ingest outcome (desktop/center/logs.py): never the bundle's bytes."""
    log.info("ingest %s %s %s", province or "-", sequence, verdict,
             extra={"event": "ingest", "province": province or None, "sequence": sequence or None,
                    "verdict": verdict, "reason": reason[:200]})


class CenterService:
    def __init__(self, engine_url: str, center_key: Ed25519PrivateKey,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC), *,
                 max_bytes: int = MAX_BUNDLE_BYTES, max_uncompressed: int = MAX_UNCOMPRESSED_BYTES,
                 stale_days: int = 14, lock_timeout_seconds: float = DEFAULT_LOCK_TIMEOUT_SECONDS,
                 held: HeldLimits | None = None) -> None:
        self.engine = center_engine(engine_url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.center_key = center_key
        self.clock = clock
        self.max_bytes = max_bytes
        self.max_uncompressed = max_uncompressed
        self.stale_days = stale_days
        self.lock_timeout_seconds = lock_timeout_seconds
        self.held = held or HeldLimits(max_bytes=max(max_bytes, HeldLimits().max_bytes))  # a largest bundle fits

    def readiness(self) -> Readiness:
        """Whether the database answers and is at this code's head revision (for ``GET /ready``); never raises
        for a database that is down (its driver's first line is the problem, no password)."""
        expected = head_revision()
        try:
            with self.engine.connect() as connection:  # a plain read (alembic's context would log each probe)
                revision = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
        except SQLAlchemyError as error:
            first = (str(getattr(error, "orig", None) or type(error).__name__).strip().splitlines() or [""])[0]
            return Readiness(False, None, expected, f"database unavailable: {first[:200]}")
        if revision != expected:
            return Readiness(False, revision, expected, "database not at the expected revision")
        return Readiness(True, revision, expected)

    @property
    def public_key(self) -> Ed25519PublicKey:
        return self.center_key.public_key()

    def close(self) -> None:
        self.engine.dispose()

    # -- provinces -------------------------------------------------------------------------------------
    def register_province(self, code: str, name: str, public_key_pem: bytes | str, *, replace: bool = False) -> str:
        """Register a province; returns the key id. Re-keying a registered province needs ``replace`` (and is
        recorded); a key another province uses is refused (desktop/center/provinces.py). SyncError otherwise."""
        raw = public_key_pem.encode("ascii") if isinstance(public_key_pem, str) else public_key_pem
        key = load_public(raw)
        with self._sessions.begin() as session:
            serialise_province(session, code, self.lock_timeout_seconds)
            return provinces.register(session, code, name, key, self.clock(), replace=replace)

    def rotate_key(self, code: str, record: bytes) -> str:
        """Apply a province's key rotation record (signed by its current and new keys); the new key id."""
        with self._sessions.begin() as session:
            serialise_province(session, code, self.lock_timeout_seconds)
            return provinces.rotate(session, code, bytes(record), self.clock())

    # -- ingest ------------------------------------------------------------------------------------------
    def ingest(self, data: bytes) -> bytes:
        """The signed receipt for ``data`` (a province's progress bundle); never raises for a bad bundle.

        A refusal the province cannot cause (unknown or inactive province or key, the center busy) is a RETRY
        receipt and stores nothing; any other refusal is final (REJECTED) — see desktop/sync/refusals.py."""
        data = bytes(data)
        try:
            return self.ingest_or_busy(data)
        except CenterBusy:
            return self._refusal_receipt(data, CenterBusyError().english(), self.clock(), Verdict.RETRY)

    def ingest_or_busy(self, data: bytes) -> bytes:
        """:meth:`ingest`, but a center too busy to answer now (the province's lock not had within
        ``lock_timeout_seconds``, the database locked or unreachable) raises CenterBusy, stored nothing: the HTTP
        face answers 503 with Retry-After. Ingest is serialised per province across processes (locking.py)
        and idempotent: a bundle already stored gets its stored receipt, byte for byte."""
        data = bytes(data)
        now = self.clock()
        malformed: str | None = None
        try:
            verified = self._verify(data)
        except BundleError as error:
            verdict = Verdict.RETRY if kind_of(error) == RETRYABLE else Verdict.REJECTED
            receipt = self._refusal_receipt(data, error.english(), now, verdict)
            _log_outcome("", 0, verdict.value, error.english())
            return receipt
        except SQLAlchemyError as error:  # the database is down or locked: not the province's doing
            log.warning("center database unavailable while verifying a bundle: %s", type(error).__name__)
            raise CenterBusy("database unavailable") from error
        try:
            parsed: ProgressContent | None = parse_progress(verified.parts)
        except BundleError as error:  # signed by the province's key but not as documented: recorded, final
            parsed, malformed = None, error.english()
        code, sequence = verified.header["province"], verified.sequence
        for attempt in range(_ATTEMPTS):
            try:
                with self._sessions.begin() as session:
                    receipt = self._ingest_verified(session, data, verified, parsed, malformed, now)
            except CenterBusy:
                _log_outcome(code, sequence, "busy", "")
                raise
            except _KeyChanged:
                return self.ingest_or_busy(data)
            except DBAPIError as error:
                if is_lock_timeout(error):  # a bounded wait ran out: say "busy" now, do not wait again
                    _log_outcome(code, sequence, "busy", "")
                    raise CenterBusy(f"province {code} busy") from error
                # a concurrent ingest of the same province won the race (look again: it is a duplicate now),
                # or the database went away for a moment (the pool reconnects)
                log.warning("ingest attempt %d of %s sequence %d failed: %s", attempt + 1, code, sequence,
                            type(error.orig or error).__name__)
                continue
            peek = receipts.verdict_of(receipt)
            _log_outcome(code, sequence, peek[0], peek[1])
            return receipt
        _log_outcome(code, sequence, "busy", "")
        raise CenterBusy(f"province {code}: {_ATTEMPTS} attempts failed")

    def _verify(self, data: bytes) -> frame.VerifiedBundle:
        key_id = data[receipts.KEY_ID_SLICE].decode("ascii", errors="replace") if len(data) <= self.max_bytes else ""
        with self._sessions() as session:
            key = provinces.key_by_id(session, key_id)
        verified = frame.verify(data, public_keys={key.key_id: key.public_key} if key else {},
                                expected_province=key.province if key else None,
                                expected_payload_type="progress", max_bytes=self.max_bytes,
                                max_uncompressed=self.max_uncompressed)
        if key is None or verified.header["province"] != key.province:  # verify checked; belt and braces
            raise WrongProvinceError(actual=verified.header["province"], expected=key.province if key else "")
        if not key.covers(verified.sequence):
            raise RetiredKeyError(key_id=key.key_id, sequence=verified.sequence)
        return verified

    def _receipt(self, *, bundle_id: str, province: str, sequence: int, file_hash: str, verdict: Verdict,
                 reason: str, now: datetime) -> bytes:
        return receipts.receipt_for(self.center_key, bundle_id=bundle_id, province=province, sequence=sequence,
                                    file_hash=file_hash, verdict=verdict, reason=reason, now=now)

    def _refusal_receipt(self, data: bytes, reason: str, now: datetime, verdict: Verdict = Verdict.REJECTED) -> bytes:
        """A REJECTED (or RETRY) receipt for a bundle that failed verification (desktop/center/receipts.py)."""
        return receipts.refusal_receipt(self.center_key, data, reason, now, verdict, max_bytes=self.max_bytes)

    def _ingest_verified(self, session: Session, data: bytes, verified: frame.VerifiedBundle,
                         parsed: ProgressContent | None, malformed: str | None, now: datetime) -> bytes:
        header = verified.header
        code, bundle_id, sequence = header["province"], header["bundle_id"], verified.sequence
        # serialise ingests of one province across processes (PostgreSQL advisory lock; SQLite holds BEGIN
        # IMMEDIATE): what follows reads the chain head and writes after it, so two at once would both apply
        # or hold a bundle the other one needed (locking.py)
        serialise_province(session, code, self.lock_timeout_seconds)
        key = provinces.key_by_id(session, verified.key_id)
        if key is None or key.province != code or not key.covers(sequence):
            raise _KeyChanged()  # rotated or retired since _verify read it (another process): verify again
        # bundle ids are looked up in this province's namespace only: another province's bundle never matches
        existing = session.scalar(select(CenterBundle).where(CenterBundle.province == code,
                                                             CenterBundle.bundle_id == bundle_id))
        if existing is not None and existing.file_hash == verified.file_hash:
            stored = session.get(CenterReceipt, (code, bundle_id))
            if stored is not None:
                return stored.data
        last_seq, last_hash = self._chain_head(session, code)

        def refuse(kind: str, reason: str) -> bytes:
            session.add(CenterFlag(province=code, kind=kind, at=now,
                                   detail=f"bundle {bundle_id} sequence {sequence} hash {verified.file_hash}: {reason}"))
            receipt = self._receipt(bundle_id=bundle_id, province=code, sequence=sequence,
                                    file_hash=verified.file_hash, verdict=Verdict.REJECTED, reason=reason, now=now)
            if existing is None:  # keep the evidence; a resend of this exact file gets the same answer
                session.add(CenterBundle(province=code, sequence=sequence, bundle_id=bundle_id,
                                         file_hash=verified.file_hash, previous_hash=header["previous_hash"],
                                         received_at=now, state="rejected", reason=reason, data=data))
                session.add(CenterReceipt(province=code, bundle_id=bundle_id, data=receipt))
            return receipt

        if existing is not None:
            return refuse("fork", SAME_ID_OTHER_CONTENT)
        if malformed is not None or parsed is None:
            return refuse("malformed", malformed or "")
        if sequence <= last_seq:
            kind = "fork" if sequence == last_seq else "rollback"
            return refuse(kind, ALREADY_APPLIED.format(sequence=sequence, last=last_seq, kind=kind))
        if sequence == last_seq + 1:
            if header["previous_hash"] != last_hash:
                return refuse("fork", PREVIOUS_HASH.format(sequence=last_seq))
            try:
                apply_guarded(session, code, parsed)
            except ApplyRefused as refused:
                return refuse("malformed", MalformedBundleError(reason=refused.reason).english())
            session.add(CenterBundle(province=code, sequence=sequence, bundle_id=bundle_id,
                                     file_hash=verified.file_hash, previous_hash=header["previous_hash"],
                                     received_at=now, state="applied", reason="", data=data))
            receipt = self._receipt(bundle_id=bundle_id, province=code, sequence=sequence,
                                    file_hash=verified.file_hash, verdict=Verdict.ACCEPTED, reason="", now=now)
            session.add(CenterReceipt(province=code, bundle_id=bundle_id, data=receipt))
            session.flush()
            apply_held(session, code, sequence, verified.file_hash, now, center_key=self.center_key,
                       max_bytes=self.max_bytes, max_uncompressed=self.max_uncompressed)
            return receipt
        # a gap: hold it until the bundles before it arrive
        clash = session.scalar(select(CenterBundle).where(
            CenterBundle.province == code, CenterBundle.sequence == sequence, CenterBundle.state == "held"))
        if clash is not None:
            return refuse("fork", ALREADY_HELD.format(sequence=sequence))
        too_much = self.held.refusal(sequence, last_seq, *held_load(session, code), len(data))
        if too_much is not None:  # nothing stored: the province sends it again, after the earlier ones (holding.py)
            return self._receipt(bundle_id=bundle_id, province=code, sequence=sequence, file_hash=verified.file_hash,
                                 verdict=Verdict.RETRY, reason=too_much, now=now)
        session.add(CenterBundle(province=code, sequence=sequence, bundle_id=bundle_id,
                                 file_hash=verified.file_hash, previous_hash=header["previous_hash"],
                                 received_at=now, state="held", reason=HELD_WAITING.format(sequence=last_seq + 1),
                                 data=data))
        receipt = self._receipt(bundle_id=bundle_id, province=code, sequence=sequence, file_hash=verified.file_hash,
                                verdict=Verdict.HELD, reason=HELD_WAITING.format(sequence=last_seq + 1), now=now)
        session.add(CenterReceipt(province=code, bundle_id=bundle_id, data=receipt))
        return receipt

    @staticmethod
    def _chain_head(session: Session, code: str) -> tuple[int, str]:
        return provinces.applied_head(session, code)

    # -- directives ------------------------------------------------------------------------------------
    def issue_directive(self, code: str, directives: Directives) -> IssuedDirective:
        """Cut, sign and keep the next directive bundle for province ``code``."""
        with self._sessions.begin() as session:
            serialise_province(session, code, self.lock_timeout_seconds)
            return directive_bundles.issue(session, self.center_key, code, directives, self.clock())

    def directives_for(self, code: str, after: int = 0) -> list[IssuedDirective]:
        with self._sessions() as session:
            return directive_bundles.issued(session, code, after)

    def directive_listing(self, code: str, after: int = 0) -> bytes:
        """The signed, timed listing of ``code``'s directives after ``after`` (desktop/sync/listing.py)."""
        with self._sessions() as session:
            entries = directive_bundles.listed(session, code, after, MAX_LISTED_DIRECTIVES)
        return make_listing(self.center_key, code, after, self.clock(), entries)

    def directive_bundle(self, code: str, sequence: int) -> bytes | None:
        """The signed bytes of ``code``'s directive ``sequence`` (None if there is none)."""
        with self._sessions() as session:
            return directive_bundles.bundle(session, code, sequence)

    # -- a province's own chain, back (after it restored a backup) ----------------------------------------
    def chain_for(self, code: str, after: int = 0, limit: int = 20) -> list[tuple[int, bytes, bytes]]:
        """(sequence, bundle bytes, stored receipt) of ``code``'s applied bundles after ``after``, in order."""
        with self._sessions() as session:
            return provinces.applied_chain(session, code, after, limit)

    # -- consolidated views ----------------------------------------------------------------------------
    def status(self) -> list[ProvinceStatus]:
        """Each province's chain head, held bundles, flags, and whether it has gone quiet (stale)."""
        with self._sessions() as session:
            return national.status(session, self.clock(), self.stale_days)

    def national(self) -> list[ProvinceProgress]:
        """All provinces' progress and latest indicators, side by side."""
        with self._sessions() as session:
            return national.national(session, self.clock(), self.stale_days)

    # -- the center's own key ----------------------------------------------------------------------------
    def rotate_center_key(self, new_key: Ed25519PrivateKey) -> bytes:
        """Record the move from this service's key to ``new_key`` (signed by both; desktop/sync/center_rotation.py).
        The service must then be started with the new key; provinces follow on their next sync."""
        now = self.clock()
        with self._sessions.begin() as session:
            return center_keys.record_rotation(session, self.center_key, new_key, now)

    def center_key_rotations(self) -> list[bytes]:
        """Every rotation record of the center's key, oldest first."""
        with self._sessions() as session:
            return center_keys.rotation_records(session)

    def rotated_out(self) -> bool:
        """Whether this service's key was rotated out (a center must not go on signing with it)."""
        with self._sessions() as session:
            return center_keys.rotated_out(session, self.public_key)

    def current_receipt(self, data: bytes) -> bytes:
        """``data`` (a receipt this center stored) signed by the center's current key: a receipt stored before a
        rotation of the center's key is signed again with the same content, so a province that moved its pin
        can read it when it is sent again (a duplicate, the chain after a restore)."""
        return receipts.current_receipt(self.center_key, data, self.clock)
