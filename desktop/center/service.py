"""Ingesting province progress bundles at the center: verify, chain, apply once, answer with a signed receipt.

Order (issue 4): size cap, strict frame, known key, signature, strict parsing, province and payload type,
part hashes (all in :func:`desktop.sync.frame.verify`), then in ONE transaction the sequence and
previous-hash chain, the apply and the stored receipt.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop.center import directives as directive_bundles
from desktop.center import national, provinces
from desktop.center.directives import IssuedDirective
from desktop.center.migrate import upgrade_to_head
from desktop.center.models import (
    CenterBundle,
    CenterFlag,
    CenterProvince,
    CenterProvinceKey,
    CenterReceipt,
    NationalChange,
    NationalIndicator,
)
from desktop.center.national import ProvinceProgress, ProvinceStatus
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.sync import canonical, frame
from desktop.sync.directive_content import Directives
from desktop.sync.errors import BadPartError, BundleError, WrongProvinceError
from desktop.sync.keys import load_public
from desktop.sync.receipts import Receipt, Verdict, make_receipt
from desktop.sync.resync import CHAIN_REQUEST

APP_VERSION = "0.1.0"
CENTER_SCHEMA_VERSION = "center-1"
MAX_BUNDLE_BYTES = 64 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024
CHANGES_PART = "changes.json"
INDICATORS_PART = "indicators.json"
MANIFEST_PART = "manifest.json"
APPROVALS_PART = "approvals.json"
APPROVAL_FIELDS = frozenset({"period", "kind", "state", "decided_by", "decided_at", "approved_at"})
SNAPSHOTS_PART = "snapshots.json"
SNAPSHOT_FIELDS = frozenset({"period", "sha256", "approved_by", "approved_at", "figures"})
APPROVAL_STATES = frozenset({"submitted", "approved", "returned", "reopened"})
CHANGE_FIELDS = frozenset({"id", "changed_at", "user_name", "table", "row_id", "operation", "old", "new"})
OPERATIONS = frozenset({"insert", "update", "delete"})
_KEY_ID_SLICE = slice(len(frame.MAGIC), len(frame.MAGIC) + frame.KEY_ID_LEN)


class RetiredKeyError(BundleError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "Key {key_id} may not sign bundle {sequence}: it was rotated out.")


@dataclass(frozen=True)
class _Parsed:
    changes: list[dict[str, Any]]
    indicators: dict[int, list[Any]]
    approvals: list[dict[str, Any]] | None = None  # None: the bundle carried no approvals.json
    snapshots: list[dict[str, Any]] | None = None  # checked against their hashes; not stored yet (issue 11)


def _strict_json(name: str, data: bytes) -> Any:
    """Strict JSON (no duplicate keys, NaN ...) of any top-level type, via the canonical parser."""
    try:
        return canonical.loads_strict(b'{"v":' + data + b"}")["v"]
    except canonical.CanonicalError as exc:
        raise BadPartError(name=name, reason=exc.reason) from None


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def parse_progress(parts: dict[str, bytes]) -> _Parsed:
    """The contents of a verified progress bundle as the province's outbox writes them (docs/bundles.md):
    `changes.json` = {"changes": [...]}, optional `indicators.json` = {"months": [...], "rows": [...]} (every listed
    month is replaced, even with no rows), optional `manifest.json`, and `evidence-<sha256>` parts.
    BadPartError when they are not as documented."""
    for name in parts:
        if name not in (CHANGES_PART, INDICATORS_PART, MANIFEST_PART, APPROVALS_PART, SNAPSHOTS_PART) \
                and not name.startswith("evidence-"):
            raise BadPartError(name=name, reason="unexpected part")
    if CHANGES_PART not in parts:
        raise BadPartError(name=CHANGES_PART, reason="missing part")
    body = _strict_json(CHANGES_PART, parts[CHANGES_PART])
    changes = body.get("changes") if isinstance(body, dict) and set(body) == {"changes"} else None
    if not isinstance(changes, list):
        raise BadPartError(name=CHANGES_PART, reason="not {changes: [...]}")
    seen: set[int] = set()
    for change in changes:
        if not isinstance(change, dict) or set(change) != CHANGE_FIELDS:
            raise BadPartError(name=CHANGES_PART, reason="invalid change entry")
        if not _is_int(change["id"]) or not _is_int(change["row_id"]) or change["id"] in seen:
            raise BadPartError(name=CHANGES_PART, reason="invalid or repeated change id")
        seen.add(change["id"])
        if change["operation"] not in OPERATIONS or not isinstance(change["table"], str) \
                or not isinstance(change["changed_at"], str):
            raise BadPartError(name=CHANGES_PART, reason="invalid change entry")
    months: dict[int, list[Any]] = {}
    if INDICATORS_PART in parts:
        indicators = _strict_json(INDICATORS_PART, parts[INDICATORS_PART])
        if not isinstance(indicators, dict) or set(indicators) != {"months", "rows"} \
                or not isinstance(indicators["months"], list) or not isinstance(indicators["rows"], list):
            raise BadPartError(name=INDICATORS_PART, reason="not {months: [...], rows: [...]}")
        for month in indicators["months"]:
            if not _is_int(month):
                raise BadPartError(name=INDICATORS_PART, reason="a month that is not an integer month index")
            months.setdefault(month, [])
        for row in indicators["rows"]:
            if not isinstance(row, dict) or not _is_int(row.get("month_index")) or row["month_index"] not in months:
                raise BadPartError(name=INDICATORS_PART, reason="a row outside the listed months")
            months[row["month_index"]].append(row)
    return _Parsed(changes=changes, indicators=months,
                   approvals=_parse_approvals(parts[APPROVALS_PART]) if APPROVALS_PART in parts else None,
                   snapshots=_parse_snapshots(parts[SNAPSHOTS_PART]) if SNAPSHOTS_PART in parts else None)


def _parse_snapshots(data: bytes) -> list[dict[str, Any]]:
    """The frozen figures of the approvals in a bundle (issue 11); each must match its own hash."""
    body = _strict_json(SNAPSHOTS_PART, data)
    snapshots = body.get("snapshots") if isinstance(body, dict) and set(body) == {"snapshots"} else None
    if not isinstance(snapshots, list):
        raise BadPartError(name=SNAPSHOTS_PART, reason="not {snapshots: [...]}")
    for entry in snapshots:
        if not isinstance(entry, dict) or set(entry) != SNAPSHOT_FIELDS or not isinstance(entry["figures"], dict) \
                or not isinstance(entry["period"], str) or len(entry["period"]) > 16:
            raise BadPartError(name=SNAPSHOTS_PART, reason="invalid snapshot entry")
        if hashlib.sha256(_dumps(entry["figures"]).encode("utf-8")).hexdigest() != entry["sha256"]:
            raise BadPartError(name=SNAPSHOTS_PART, reason=f"the figures of {entry['period']} do not match their hash")
    return snapshots


def _parse_approvals(data: bytes) -> list[dict[str, Any]]:
    body = _strict_json(APPROVALS_PART, data)
    periods = body.get("periods") if isinstance(body, dict) and set(body) == {"periods"} else None
    if not isinstance(periods, list):
        raise BadPartError(name=APPROVALS_PART, reason="not {periods: [...]}")
    seen: set[str] = set()
    for entry in periods:
        if not isinstance(entry, dict) or set(entry) != APPROVAL_FIELDS or entry["state"] not in APPROVAL_STATES \
                or entry["kind"] not in ("month", "half") or not isinstance(entry["period"], str) \
                or len(entry["period"]) > 16 or entry["period"] in seen or not isinstance(entry["decided_by"], str) \
                or not all(entry[k] is None or isinstance(entry[k], str) for k in ("decided_at", "approved_at")):
            raise BadPartError(name=APPROVALS_PART, reason="invalid period entry")
        seen.add(entry["period"])
    return periods


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _sqlite_serialise(engine: Engine) -> None:
    """pysqlite's documented recipe: let SQLAlchemy issue BEGIN IMMEDIATE so ingests are serialised."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


class CenterService:
    def __init__(self, engine_url: str, center_key: Ed25519PrivateKey,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC), *,
                 max_bytes: int = MAX_BUNDLE_BYTES, max_uncompressed: int = MAX_UNCOMPRESSED_BYTES,
                 stale_days: int = 14) -> None:
        self.engine = create_engine(engine_url)
        if self.engine.dialect.name == "sqlite":
            _sqlite_serialise(self.engine)
        upgrade_to_head(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.center_key = center_key
        self.clock = clock
        self.max_bytes = max_bytes
        self.max_uncompressed = max_uncompressed
        self.stale_days = stale_days

    @property
    def public_key(self) -> Ed25519PublicKey:
        return self.center_key.public_key()

    def close(self) -> None:
        self.engine.dispose()

    # -- provinces -------------------------------------------------------------------------------------
    def register_province(self, code: str, name: str, public_key_pem: bytes | str) -> str:
        """Register (or re-key by hand) a province; returns the key id. Raises KeyStoreError for a bad key."""
        raw = public_key_pem.encode("ascii") if isinstance(public_key_pem, str) else public_key_pem
        key = load_public(raw)
        with self._sessions.begin() as session:
            return provinces.register(session, code, name, key, self.clock())

    def rotate_key(self, code: str, record: bytes) -> str:
        """Apply a province's key rotation record (signed by its current and new keys); the new key id."""
        with self._sessions.begin() as session:
            return provinces.rotate(session, code, bytes(record), self.clock())

    # -- ingest ------------------------------------------------------------------------------------------
    def ingest(self, data: bytes) -> bytes:
        """The signed receipt for ``data`` (a province's progress bundle); never raises for a bad bundle."""
        data = bytes(data)
        now = self.clock()
        try:
            verified = self._verify(data)
            parsed = parse_progress(verified.parts)
        except BundleError as error:
            return self._refusal_receipt(data, error.english(), now)
        for attempt in range(3):
            try:
                with self._sessions.begin() as session:
                    return self._ingest_verified(session, data, verified, parsed, now)
            except (IntegrityError, OperationalError):
                # a concurrent ingest of the same province won the race: look again (it is a duplicate now)
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def _verify(self, data: bytes) -> frame.VerifiedBundle:
        key_id = data[_KEY_ID_SLICE].decode("ascii", errors="replace") if len(data) <= self.max_bytes else ""
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
        receipt = Receipt(bundle_id=bundle_id, province=province, sequence=sequence, file_hash=file_hash,
                          verdict=verdict, reason=reason, received_at=frame.utc_timestamp(now))
        return make_receipt(receipt, self.center_key, app_version=APP_VERSION,
                            schema_version=CENTER_SCHEMA_VERSION, now=now)

    def _refusal_receipt(self, data: bytes, reason: str, now: datetime) -> bytes:
        """A REJECTED receipt for a bundle that failed verification; nothing is stored or applied.

        It is addressed to the province the (untrusted) header claims when that can be read, so the sender
        can learn why; it names the file by its hash and asserts nothing else.
        """
        province, bundle_id, sequence = "unknown", "", 1
        try:
            if len(data) <= self.max_bytes and len(data) > frame._PREFIX_LEN:
                length = int.from_bytes(data[frame._PREFIX_LEN - 4: frame._PREFIX_LEN], "big")
                header = canonical.loads_strict(data[frame._PREFIX_LEN: frame._PREFIX_LEN + length])
                if isinstance(header.get("province"), str) and frame._PROVINCE.fullmatch(header["province"]):
                    province = header["province"]
                if isinstance(header.get("bundle_id"), str) and frame._UUID4_HEX.fullmatch(header["bundle_id"]):
                    bundle_id = header["bundle_id"]
                if _is_int(header.get("sequence")) and header["sequence"] >= 1:
                    sequence = header["sequence"]
        except (canonical.CanonicalError, ValueError):
            pass
        return self._receipt(bundle_id=bundle_id, province=province, sequence=sequence,
                             file_hash=frame.file_hash(data), verdict=Verdict.REJECTED, reason=reason, now=now)

    def _ingest_verified(self, session: Session, data: bytes, verified: frame.VerifiedBundle, parsed: _Parsed,
                         now: datetime) -> bytes:
        header = verified.header
        code, bundle_id, sequence = header["province"], header["bundle_id"], verified.sequence
        # serialise ingests of one province (PostgreSQL row lock; SQLite holds BEGIN IMMEDIATE)
        session.scalar(select(CenterProvince).where(CenterProvince.code == code).with_for_update())
        existing = session.scalar(select(CenterBundle).where(CenterBundle.bundle_id == bundle_id))
        if existing is not None and existing.file_hash == verified.file_hash:
            stored = session.get(CenterReceipt, bundle_id)
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
                session.add(CenterReceipt(bundle_id=bundle_id, data=receipt))
            return receipt

        if existing is not None:
            return refuse("fork", "a bundle with this id but other content was received before")
        if sequence <= last_seq:
            kind = "fork" if sequence == last_seq else "rollback"
            return refuse(kind, f"sequence {sequence} was already applied (last applied {last_seq}) "
                                f"with other content ({kind})")
        if sequence == last_seq + 1:
            if header["previous_hash"] != last_hash:
                return refuse("fork", f"previous hash does not match the applied bundle {last_seq}")
            bundle = CenterBundle(province=code, sequence=sequence, bundle_id=bundle_id,
                                  file_hash=verified.file_hash, previous_hash=header["previous_hash"],
                                  received_at=now, state="applied", reason="", data=data)
            session.add(bundle)
            self._apply(session, code, parsed)
            receipt = self._receipt(bundle_id=bundle_id, province=code, sequence=sequence,
                                    file_hash=verified.file_hash, verdict=Verdict.ACCEPTED, reason="", now=now)
            session.add(CenterReceipt(bundle_id=bundle_id, data=receipt))
            session.flush()
            self._apply_held(session, code, sequence, verified.file_hash, now)
            return receipt
        # a gap: hold it until the bundles before it arrive
        clash = session.scalar(select(CenterBundle).where(
            CenterBundle.province == code, CenterBundle.sequence == sequence, CenterBundle.state == "held"))
        if clash is not None:
            return refuse("fork", f"another bundle with sequence {sequence} is already held")
        session.add(CenterBundle(province=code, sequence=sequence, bundle_id=bundle_id,
                                 file_hash=verified.file_hash, previous_hash=header["previous_hash"],
                                 received_at=now, state="held", reason=f"waiting for sequence {last_seq + 1}",
                                 data=data))
        receipt = self._receipt(bundle_id=bundle_id, province=code, sequence=sequence, file_hash=verified.file_hash,
                                verdict=Verdict.HELD, reason=f"waiting for sequence {last_seq + 1}", now=now)
        session.add(CenterReceipt(bundle_id=bundle_id, data=receipt))
        return receipt

    @staticmethod
    def _chain_head(session: Session, code: str) -> tuple[int, str]:
        return provinces.applied_head(session, code)

    def _apply(self, session: Session, code: str, parsed: _Parsed) -> None:
        national.apply_changes(session, code, parsed.changes)
        if parsed.approvals is not None:
            national.replace_approvals(session, code, parsed.approvals)
        for change in parsed.changes:
            session.add(NationalChange(province=code, change_id=change["id"], table_name=change["table"],
                                       row_id=change["row_id"], operation=change["operation"],
                                       new_values=_dumps(change["new"]), changed_at=change["changed_at"]))
        for month, rows in parsed.indicators.items():
            row = session.scalar(select(NationalIndicator).where(
                NationalIndicator.province == code, NationalIndicator.month_index == month))
            if row is None:
                session.add(NationalIndicator(province=code, month_index=month, rows=_dumps(rows)))
            else:
                row.rows = _dumps(rows)
        session.flush()

    def _apply_held(self, session: Session, code: str, last_seq: int, last_hash: str, now: datetime) -> None:
        """Apply the held bundles that now follow the chain head, in order."""
        while True:
            held = session.scalar(select(CenterBundle).where(
                CenterBundle.province == code, CenterBundle.state == "held",
                CenterBundle.sequence == last_seq + 1))
            if held is None:
                return
            verified = frame.verify(held.data, public_keys=self._keys_of(session, code, held.sequence),
                                    expected_province=code,
                                    expected_payload_type="progress", max_bytes=self.max_bytes,
                                    max_uncompressed=self.max_uncompressed)
            stored = session.get(CenterReceipt, held.bundle_id)
            if held.previous_hash != last_hash:
                reason = f"previous hash does not match the applied bundle {last_seq}"
                held.state, held.reason = "rejected", reason
                session.add(CenterFlag(province=code, kind="fork", at=now,
                                       detail=f"held bundle {held.bundle_id} sequence {held.sequence}: {reason}"))
                verdict = Verdict.REJECTED
            else:
                self._apply(session, code, parse_progress(verified.parts))
                held.state, held.reason, reason, verdict = "applied", "", "", Verdict.ACCEPTED
            receipt = self._receipt(bundle_id=held.bundle_id, province=code, sequence=held.sequence,
                                    file_hash=held.file_hash, verdict=verdict, reason=reason, now=now)
            if stored is None:
                session.add(CenterReceipt(bundle_id=held.bundle_id, data=receipt))
            else:
                stored.data = receipt
            session.flush()
            if verdict is Verdict.REJECTED:
                return
            last_seq, last_hash = held.sequence, held.file_hash

    @staticmethod
    def _keys_of(session: Session, code: str, sequence: int) -> dict[str, Ed25519PublicKey]:
        """The key that signs ``code``'s bundle ``sequence`` (a held bundle is verified again when applied)."""
        rows = session.scalars(select(CenterProvinceKey).where(CenterProvinceKey.province == code))
        return {row.key_id: load_public(row.public_key.encode("ascii")) for row in rows
                if row.first_sequence <= sequence and (row.last_sequence is None or sequence <= row.last_sequence)}

    # -- directives ------------------------------------------------------------------------------------
    def issue_directive(self, code: str, directives: Directives) -> IssuedDirective:
        """Cut, sign and keep the next directive bundle for province ``code``."""
        with self._sessions.begin() as session:
            return directive_bundles.issue(session, self.center_key, code, directives, self.clock())

    def directives_for(self, code: str, after: int = 0) -> list[IssuedDirective]:
        with self._sessions() as session:
            return directive_bundles.issued(session, code, after)

    # -- a province's own chain, back (after it restored a backup) ----------------------------------------
    def chain_for(self, code: str, after: int = 0, limit: int = 20) -> list[tuple[int, bytes, bytes]]:
        """(sequence, bundle bytes, stored receipt) of ``code``'s applied bundles after ``after``, in order."""
        with self._sessions() as session:
            rows = session.execute(select(CenterBundle.sequence, CenterBundle.data, CenterReceipt.data).join(
                CenterReceipt, CenterReceipt.bundle_id == CenterBundle.bundle_id).where(
                CenterBundle.province == code, CenterBundle.state == "applied", CenterBundle.sequence > after,
            ).order_by(CenterBundle.sequence).limit(limit)).all()
        return [(sequence, bytes(data), bytes(receipt)) for sequence, data, receipt in rows]

    def check_chain_request(self, code: str, after: int, header: str, *, max_skew_seconds: int = 600) -> bool:
        """Whether ``header`` (see desktop/sync/resync.py) is a fresh request signed by ``code``'s current key."""
        try:
            key_id, timestamp_text, signature_text = header.split(".", 2)
            timestamp = int(timestamp_text)
            signature = base64.urlsafe_b64decode(signature_text.encode("ascii"))
        except (ValueError, UnicodeEncodeError):
            return False
        if abs(self.clock().timestamp() - timestamp) > max_skew_seconds:
            return False
        with self._sessions() as session:
            key = provinces.key_by_id(session, key_id)
        if key is None or key.province != code or key.last_sequence is not None:
            return False
        message = CHAIN_REQUEST + f"{code}\x00{after}\x00{timestamp}".encode()
        try:
            key.public_key.verify(signature, message)
        except InvalidSignature:
            return False
        return True

    # -- consolidated views ----------------------------------------------------------------------------
    def status(self) -> list[ProvinceStatus]:
        """Each province's chain head, held bundles, flags, and whether it has gone quiet (stale)."""
        with self._sessions() as session:
            return national.status(session, self.clock(), self.stale_days)

    def national(self) -> list[ProvinceProgress]:
        """All provinces' progress and latest indicators, side by side."""
        with self._sessions() as session:
            return national.national(session, self.clock(), self.stale_days)
