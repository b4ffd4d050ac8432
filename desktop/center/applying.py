"""Applying a province's verified progress to the national tables, once: the bundle that follows its chain head
(:func:`apply_guarded`), then the held bundles that now follow it, in order (:func:`apply_held`).

Called by desktop/center/service.py inside its ingest transaction, with the province's lock held.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from desktop.center import national, provinces
from desktop.center.models import CenterBundle, CenterFlag, CenterReceipt, NationalChange, NationalIndicator
from desktop.center.receipts import receipt_for
from desktop.sync import frame
from desktop.sync.errors import BundleError
from desktop.sync.progress_content import ProgressContent, parse_progress
from desktop.sync.receipts import Verdict
from desktop.sync.refusals import PREVIOUS_HASH, MalformedBundleError

#: the ingest's logger (desktop/center/service.py): its lines keep the one logger name
log = logging.getLogger("desktop.center.service")


class ApplyRefused(Exception):
    """A signed, well-formed bundle whose content cannot be applied (rolled back to its savepoint)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def apply_guarded(session: Session, code: str, parsed: ProgressContent) -> None:
    """Apply in a savepoint: content that cannot be applied is rolled back and refused (ApplyRefused),
    never an error that would make the center answer 500 and the province retry forever."""
    savepoint = session.begin_nested()
    try:
        _apply(session, code, parsed)
    except ApplyRefused:
        savepoint.rollback()
        raise
    except (ValueError, TypeError, KeyError, AttributeError, ArithmeticError, IntegrityError, DataError) as error:
        savepoint.rollback()
        log.warning("province %s: bundle content could not be applied: %r", code, error)
        raise ApplyRefused(f"the center's tables do not take the content: {type(error).__name__}") from None
    savepoint.commit()


def _apply(session: Session, code: str, parsed: ProgressContent) -> None:
    ids = [change["id"] for change in parsed.changes]
    for start in range(0, len(ids), 500):
        used = session.scalar(select(NationalChange.change_id).where(
            NationalChange.province == code, NationalChange.change_id.in_(ids[start: start + 500])).limit(1))
        if used is not None:
            raise ApplyRefused(f"change id {used} was applied in an earlier bundle")
    replaced = national.replaces_progress(session, code, parsed.changes)  # asked before its rows are stored
    national.apply_changes(session, code, parsed.changes)
    if parsed.approvals is not None:
        national.replace_approvals(session, code, parsed.approvals)
    for change in parsed.changes:
        session.add(NationalChange(province=code, change_id=change["id"], table_name=change["table"],
                                   row_id=change["row_id"], operation=change["operation"],
                                   new_values=_dumps(change["new"]), changed_at=change["changed_at"]))
    if replaced:
        session.flush()
        national.recompute_progress(session, code)
    for month, rows in parsed.indicators.items():
        row = session.scalar(select(NationalIndicator).where(
            NationalIndicator.province == code, NationalIndicator.month_index == month))
        if row is None:
            session.add(NationalIndicator(province=code, month_index=month, rows=_dumps(rows)))
        else:
            row.rows = _dumps(rows)
    session.flush()


def apply_held(session: Session, code: str, last_seq: int, last_hash: str, now: datetime, *,
               center_key: Ed25519PrivateKey, max_bytes: int, max_uncompressed: int) -> None:
    """Apply the held bundles that now follow the chain head, in order; each gets a new receipt signed by
    ``center_key`` (verified again under the caps ``max_bytes`` and ``max_uncompressed``)."""
    while True:
        held = session.scalar(select(CenterBundle).where(
            CenterBundle.province == code, CenterBundle.state == "held",
            CenterBundle.sequence == last_seq + 1))
        if held is None:
            return
        stored = session.get(CenterReceipt, (code, held.bundle_id))
        kind, reason = "", ""
        if held.previous_hash != last_hash:
            kind, reason = "fork", PREVIOUS_HASH.format(sequence=last_seq)
        else:
            try:
                verified = frame.verify(held.data, public_keys=provinces.keys_for(session, code, held.sequence),
                                        expected_province=code, expected_payload_type="progress",
                                        max_bytes=max_bytes, max_uncompressed=max_uncompressed)
                apply_guarded(session, code, parse_progress(verified.parts))
            except BundleError as error:
                kind, reason = "malformed", error.english()
            except ApplyRefused as refused:
                kind, reason = "malformed", MalformedBundleError(reason=refused.reason).english()
        if kind:
            held.state, held.reason = "rejected", reason
            session.add(CenterFlag(province=code, kind=kind, at=now,
                                   detail=f"held bundle {held.bundle_id} sequence {held.sequence}: {reason}"))
            verdict = Verdict.REJECTED
        else:
            held.state, held.reason, verdict = "applied", "", Verdict.ACCEPTED
        receipt = receipt_for(center_key, bundle_id=held.bundle_id, province=code, sequence=held.sequence,
                              file_hash=held.file_hash, verdict=verdict, reason=reason, now=now)
        if stored is None:
            session.add(CenterReceipt(province=code, bundle_id=held.bundle_id, data=receipt))
        else:
            stored.data = receipt
        session.flush()
        if verdict is Verdict.REJECTED:
            return
        last_seq, last_hash = held.sequence, held.file_hash
