"""The parts of a progress bundle, built from the change log (docs/bundles.md, "Progress payload").

Parts, all deterministic (sorted, canonical JSON):

* ``changes.json`` (compressed): ``{"changes": [...]}``, the ``change_log`` entries with id in
  ``(after_id, last]``, each ``{id, changed_at, user_name, table, row_id, operation, old, new}``;
* ``indicators.json`` (compressed, only when an ``import_batch`` changed): ``{"months": [...], "rows": [...]}``,
  every ``indicator_month`` row of the months those import batches cover (``first_month..last_month``); the
  center replaces those months with these rows. At most ``CUT_INDICATOR_BYTES`` of rows (and a month more) go
  into one bundle: the months left are owed to the next bundle of the chain (desktop/sync/outbox.py), which
  carries them even without a change of its own;
* ``evidence-<sha256>`` (stored as is): each evidence file linked by a ``progress_evidence`` or
  ``resolution_evidence`` row inserted in the range, smallest hash first, while the total stays under the cap;
* ``manifest.json`` (only when evidence is referenced): ``{"included": [...], "skipped": [...], "missing": [...]}``;
* ``approvals.json`` (once any period was submitted): ``{"periods": [{period, kind, state, decided_by,
  decided_at, approved_at}]}``, the approval state of every period when the bundle was cut (issue 6: what the
  center consolidates is what the chief justice approved, or is marked as not approved);
* ``snapshots.json`` (when the range approves a period): ``{"snapshots": [{period, sha256, approved_by,
  approved_at, figures}]}``, the figures frozen by each approval in the range (issue 11): what the center
  relies on for an approved period, whatever the province's data say later. ``sha256`` is the SHA-256 of
  ``figures`` in canonical JSON (sorted keys, no spaces, UTF-8), and also travels in the change log as
  ``period_approval.snapshot_sha256``.

Top-level values are JSON objects so that :func:`desktop.sync.canonical.loads_strict` reads them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.store.changelog import ChangeEntry
from desktop.store.evidence import EvidenceStore
from desktop.store.models import ApprovalSnapshot, EvidenceFile, ImportBatch, IndicatorMonth, PeriodApproval
from desktop.sync import canonical
from desktop.sync.progress_content import CUT_INDICATOR_BYTES

CHANGES_PART = "changes.json"
INDICATORS_PART = "indicators.json"
MANIFEST_PART = "manifest.json"
APPROVALS_PART = "approvals.json"
SNAPSHOTS_PART = "snapshots.json"
EVIDENCE_PREFIX = "evidence-"
DEFAULT_EVIDENCE_CAP = 20 * 1024 * 1024
_EVIDENCE_LINKS = ("progress_evidence", "resolution_evidence")

Part = tuple[str, bytes, bool]  # (name, raw bytes, compress) as frame.encode takes them


@dataclass(frozen=True)
class ProgressPayload:
    parts: list[Part]
    first_change_id: int
    last_change_id: int
    months_owed: tuple[int, ...] = ()  # indicator months for the next bundle of the chain (see build_progress_parts)


def change_json(entry: ChangeEntry, id_offset: int = 0) -> dict[str, Any]:
    return {
        "id": entry.id + id_offset,
        "changed_at": entry.changed_at.isoformat(),
        "user_name": entry.user_name,
        "table": entry.table_name,
        "row_id": entry.row_id,
        "operation": entry.operation,
        "old": dict(entry.old_values) if entry.old_values is not None else None,
        "new": dict(entry.new_values) if entry.new_values is not None else None,
    }


def within(changes: Sequence[ChangeEntry], budget: int, id_offset: int = 0) -> list[ChangeEntry]:
    """The first of ``changes`` whose changes.json stays within ``budget`` bytes (always the first one: a change
    is never split); the rest go into the next bundle."""
    kept: list[ChangeEntry] = []
    size = len(b'{"changes":[]}')
    for entry in changes:
        size += len(canonical.dumps(change_json(entry, id_offset))) + 1
        if kept and size > budget:
            break
        kept.append(entry)
    return kept


def build_progress_parts(
    session: Session,
    changes: Sequence[ChangeEntry],
    *,
    evidence_store: EvidenceStore | None,
    evidence_cap: int = DEFAULT_EVIDENCE_CAP,
    id_offset: int = 0,
    months_owed: Sequence[int] = (),
    after_change_id: int = 0,
    indicator_budget: int = CUT_INDICATOR_BYTES,
) -> ProgressPayload | None:
    """The parts for ``changes`` (in id order), or None when there are none and no month is owed. Change ids in
    the bundle (and the returned first/last ids) are the change-log ids plus ``id_offset`` (non-zero after a
    restore, see desktop/sync/resync.py).

    ``months_owed``: months an earlier bundle of the chain left for the next (their indicator rows did not fit
    ``indicator_budget``); they come first, before the months of these changes' imports. Months that do not fit
    this bundle either are returned in :attr:`ProgressPayload.months_owed`. With no changes but months owed the
    bundle carries only indicators, its change range empty (first = last = ``after_change_id``, the chain's)."""
    if not changes and not months_owed:
        return None
    ordered = sorted(changes, key=lambda entry: entry.id)
    parts: list[Part] = [(CHANGES_PART, canonical.dumps({"changes": [change_json(e, id_offset) for e in ordered]}),
                          True)]
    months = sorted(set(months_owed) | set(_touched_months(session, ordered)))
    left: list[int] = []
    if months:
        indicators, left = _indicators_within(session, months, indicator_budget)
        parts.append((INDICATORS_PART, indicators, True))
    parts.extend(_evidence_parts(session, ordered, evidence_store, evidence_cap))
    approvals = _approval_states(session)
    if approvals:
        parts.append((APPROVALS_PART, canonical.dumps({"periods": approvals}), False))
    snapshots = _snapshots(session, ordered)
    if snapshots:
        parts.append((SNAPSHOTS_PART, canonical.dumps({"snapshots": snapshots}), True))
    if not ordered:
        return ProgressPayload(parts, after_change_id, after_change_id, tuple(left))
    return ProgressPayload(parts=parts, first_change_id=ordered[0].id + id_offset,
                           last_change_id=ordered[-1].id + id_offset, months_owed=tuple(left))


def _indicators_within(session: Session, months: Sequence[int], budget: int) -> tuple[bytes, list[int]]:
    """indicators.json of the first of ``months`` (in order) whose rows stay within ``budget`` bytes - always the
    first month, a month is never split - and the months left for the next bundle. The text is what
    ``canonical.dumps({"months": ..., "rows": ...})`` gives, put together month by month so that each row is
    encoded once."""
    sent: list[int] = []
    pieces: list[bytes] = []
    size = 0
    for month in months:
        rows = canonical.dumps(_indicator_rows(session, [month]))[1:-1]  # the month's rows, without [ ]
        if sent and size + len(rows) > budget:
            break
        sent.append(month)
        if rows:
            pieces.append(rows)
            size += len(rows) + 1
    text = b'{"months":' + canonical.dumps(sent) + b',"rows":[' + b",".join(pieces) + b"]}"
    return text, list(months[len(sent):])


def _approval_states(session: Session) -> list[dict[str, Any]]:
    def stamp(moment: Any) -> str | None:
        return moment.isoformat() if moment is not None else None

    return [{"period": row.period, "kind": row.kind, "state": row.state, "decided_by": row.decided_by,
             "decided_at": stamp(row.decided_at), "approved_at": stamp(row.approved_at)}
            for row in session.scalars(select(PeriodApproval).order_by(PeriodApproval.period))]


def _snapshots(session: Session, changes: Sequence[ChangeEntry]) -> list[dict[str, Any]]:
    """The snapshot of every approval in ``changes`` (by the hash the change log carries), oldest first."""
    wanted = [(entry.new_values or {}).get("snapshot_sha256") for entry in changes
              if entry.table_name == PeriodApproval.__tablename__ and (entry.new_values or {}).get("state") == "approved"]
    found: list[dict[str, Any]] = []
    for digest in dict.fromkeys(d for d in wanted if isinstance(d, str) and d):
        row = session.scalar(select(ApprovalSnapshot).where(ApprovalSnapshot.sha256 == digest)
                             .order_by(ApprovalSnapshot.id.desc()).limit(1))
        if row is not None:
            found.append({"period": row.period, "sha256": row.sha256, "approved_by": row.taken_by,
                          "approved_at": row.taken_at.isoformat(), "figures": row.figures})
    return found


def _touched_months(session: Session, changes: Sequence[ChangeEntry]) -> list[int]:
    months: set[int] = set()
    for entry in changes:
        if entry.table_name != ImportBatch.__tablename__:
            continue
        candidates = [entry.old_values or {}, entry.new_values or {}]
        batch = session.get(ImportBatch, entry.row_id)
        if batch is not None:
            candidates.append({"first_month": batch.first_month, "last_month": batch.last_month})
        for values in candidates:
            first, last = values.get("first_month"), values.get("last_month")
            if isinstance(first, int) and isinstance(last, int) and first <= last:
                months.update(range(first, last + 1))
    return sorted(months)


def _indicator_rows(session: Session, months: list[int]) -> list[dict[str, Any]]:
    """Every ``indicator_month`` row of ``months`` as plain dicts, in a stable order (Core rows, not ORM objects:
    a large province has hundreds of thousands of them)."""
    table = IndicatorMonth.__table__
    order = (table.c.month_index, table.c.branch_id, table.c.case_type, table.c.source)
    rows: list[dict[str, Any]] = []
    for start in range(0, len(months), 500):
        chunk = months[start: start + 500]
        query = select(table).where(table.c.month_index.in_(chunk)).order_by(*order)
        rows.extend(dict(row) for row in session.execute(query).mappings())
    return rows


def _evidence_parts(
    session: Session, changes: Sequence[ChangeEntry], store: EvidenceStore | None, cap: int
) -> list[Part]:
    file_ids = {
        entry.new_values["evidence_file_id"]
        for entry in changes
        if entry.table_name in _EVIDENCE_LINKS and entry.operation == "insert" and entry.new_values
        and isinstance(entry.new_values.get("evidence_file_id"), int)
    }
    if not file_ids:
        return []
    hashes = sorted(session.scalars(select(EvidenceFile.sha256).where(EvidenceFile.id.in_(file_ids))))
    included: list[str] = []
    skipped: list[str] = []
    missing: list[str] = []
    parts: list[Part] = []
    total = 0
    for sha in hashes:
        size = _stored_size(store, sha)
        if size is not None and total + size > cap:
            skipped.append(sha)
            continue
        data = _read_evidence(store, sha) if size is not None else None
        if data is None:
            missing.append(sha)
        elif total + len(data) > cap:
            skipped.append(sha)
        else:
            total += len(data)
            included.append(sha)
            parts.append((f"{EVIDENCE_PREFIX}{sha}", data, False))
    manifest = {"included": included, "skipped": skipped, "missing": missing}
    return [*parts, (MANIFEST_PART, canonical.dumps(manifest), False)]


def _stored_size(store: EvidenceStore | None, sha: str) -> int | None:
    if store is None:
        return None
    try:
        return store.path_for(sha).stat().st_size
    except OSError:
        return None


def _read_evidence(store: EvidenceStore | None, sha: str) -> bytes | None:
    if store is None:
        return None
    try:
        data = store.path_for(sha).read_bytes()
    except OSError:
        return None
    return data if hashlib.sha256(data).hexdigest() == sha else None
