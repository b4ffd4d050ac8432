"""Directive bundles from the center, at the province: verified against the pinned center key, applied in
order and once (issue 4, "From the center").

A directive bundle is a frame (desktop/sync/frame.py) of payload type ``directive`` addressed to this
province, signed by the center, on its own chain (sequence 1, 2, … each naming the previous file's hash).
Receiving one, in ONE transaction:

* already received with the same bytes → nothing changes (``duplicate``);
* the same sequence or bundle id with other bytes, or an older sequence → refused (fork or rollback);
* the next sequence with the right previous hash → applied, then any held successors in order;
* a later sequence → kept as ``held`` until the missing ones arrive.

Applying approves operational programs and their activities (created or updated by code under their
solution), and sets indicator targets and deadlines. An item that cannot be applied here (e.g. a solution
this province does not have) is skipped and noted on the directive; it does not block the chain.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path

import httpx2
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.approval import ApprovalState, locking_period_of_spans
from desktop.domain.messages import QT_TRANSLATE_NOOP, Bilingual, english_fields
from desktop.store.approvals import locked_periods
from desktop.store.database import Database
from desktop.store.models import (
    Activity,
    CenterDeadline,
    DirectiveBundle,
    IndicatorTarget,
    OperationalProgram,
    Solution,
)
from desktop.sync import bounded_http, directive_content, frame
from desktop.sync.errors import BadPartError, BundleError
from desktop.sync.keys import fingerprint
from desktop.sync.request_auth import RequestRefusedError, signed_headers

MAX_DIRECTIVE_BYTES = 16 * 1024 * 1024
MAX_DIRECTIVE_UNCOMPRESSED = 64 * 1024 * 1024


def in_sequence_order(path: Path) -> tuple[int, str]:
    """The sort key of a directive file: the sequence number its name ends with
    (``QOM-directive-000012.rasad-directive``), then its name - so a folder copied in any order is applied in
    order, by the window and by ``directives import`` alike."""
    digits = "".join(ch for ch in path.stem.rsplit("-", 1)[-1] if ch.isdigit())
    return (int(digits) if digits else 0, path.name)


class DirectiveForkError(BundleError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "Directive {sequence} from the center conflicts with the one already "
                                        "received ({reason}); it was refused.")


NOT_IN_PLAN = QT_TRANSLATE_NOOP("Sync", "Program {program}: solution {solution} is not in this province's plan.")
OTHER_SOLUTION = QT_TRANSLATE_NOOP("Sync", "Program {program} already belongs to another solution here.")
PERIOD_APPROVED = QT_TRANSLATE_NOOP(
    "Sync", "Program {program}, activity {activity}: {period} is approved; the change waits until it is reopened.")
PERIOD_SUBMITTED = QT_TRANSLATE_NOOP(
    "Sync", "Program {program}, activity {activity}: {period} is awaiting approval; the change waits until the "
            "submission is withdrawn or sent back.")


def _held(state: ApprovalState) -> str:
    """The note of a directive item held by a locked period."""
    return PERIOD_SUBMITTED if state is ApprovalState.SUBMITTED else PERIOD_APPROVED


@dataclass(frozen=True)
class DirectiveNote:
    """Something a directive asked that could not be applied here (a translatable text and its fields)."""

    text: str
    params: dict[str, str]

    def as_json(self) -> dict[str, object]:
        return {"text": self.text, "params": {key: {"fa": str(value), "en": value.english}
                                              if isinstance(value, Bilingual) else value
                                              for key, value in self.params.items()}}

    def english(self) -> str:
        return self.text.format(**english_fields(self.params))


def read_notes(stored: str) -> tuple[DirectiveNote, ...]:
    if not stored:
        return ()
    try:
        return tuple(DirectiveNote(str(item["text"]), {k: _read_field(v) for k, v in item["params"].items()})
                     for item in json.loads(stored))
    except (ValueError, KeyError, TypeError, AttributeError):
        return (DirectiveNote("{note}", {"note": stored}),)


def _read_field(value: object) -> str:
    if isinstance(value, dict):  # a name in both languages (DirectiveNote.as_json)
        return Bilingual(str(value["fa"]), str(value["en"]))
    return str(value)


class Outcome(Enum):
    APPLIED = "applied"
    HELD = "held"
    DUPLICATE = "duplicate"


@dataclass(frozen=True)
class DirectiveResult:
    sequence: int
    bundle_id: str
    outcome: Outcome
    applied_sequences: tuple[int, ...]  # this one and any held ones it released, in order
    summary: str  # English, for logs
    notes: tuple[DirectiveNote, ...]
    counts: tuple[int, int, int] = (0, 0, 0)  # programs, indicator targets, deadlines it carries


@dataclass(frozen=True)
class DirectiveView:
    sequence: int
    created_at: datetime
    received_at: datetime
    applied_at: datetime | None
    state: str
    summary: str
    notes: tuple[DirectiveNote, ...]
    programs: int
    targets: int
    deadlines: int


class DirectiveInbox:
    def __init__(self, database: Database, clock: Callable[[], datetime]) -> None:
        self.database = database
        self.clock = clock

    def receive(self, data: bytes, center_key: Ed25519PublicKey, province: str) -> DirectiveResult:
        """Verify ``data`` with the pinned center key and apply or hold it; BundleError if refused."""
        data = bytes(data)
        verified, directives = _read(data, center_key, province)
        header, sequence = verified.header, verified.sequence
        counts = (len(directives.programs), len(directives.indicator_targets), len(directives.deadlines))
        now = self.clock()
        with self.database.session(user_name="مرکز پیگیری") as session:
            same = session.scalar(select(DirectiveBundle).where(
                (DirectiveBundle.bundle_id == header["bundle_id"]) | (DirectiveBundle.sequence == sequence)))
            if same is not None:
                if same.file_hash == verified.file_hash:
                    return DirectiveResult(sequence, same.bundle_id, Outcome.DUPLICATE, (), same.summary, read_notes(same.notes),
                                           counts)
                raise DirectiveForkError(sequence=sequence, reason="other content")
            head_sequence, head_hash = _applied_head(session)
            if sequence <= head_sequence:
                raise DirectiveForkError(sequence=sequence, reason="an older sequence")
            row = DirectiveBundle(
                bundle_id=header["bundle_id"], sequence=sequence, file_hash=verified.file_hash,
                previous_hash=header["previous_hash"],
                created_at=datetime.strptime(header["created_at"], frame.CREATED_AT_FORMAT).replace(
                    tzinfo=now.tzinfo),
                received_at=now, state="held", summary=directives.summary(), data=data)
            session.add(row)
            if sequence != head_sequence + 1:
                session.flush()
                return DirectiveResult(sequence, row.bundle_id, Outcome.HELD, (), row.summary, (), counts)
            if row.previous_hash != head_hash:
                raise DirectiveForkError(sequence=sequence, reason="its previous hash is not the last directive's")
            session.flush()
            applied = self._apply_chain(session, row, directives, now,
                                        lambda stored: _read(stored, center_key, province)[1])
            return DirectiveResult(sequence, row.bundle_id, Outcome.APPLIED, applied, row.summary, read_notes(row.notes),
                                   counts)

    def directives(self) -> list[DirectiveView]:
        with self.database.reading() as session:
            return [DirectiveView(sequence=r.sequence, created_at=r.created_at, received_at=r.received_at,
                                  applied_at=r.applied_at, state=r.state, summary=r.summary, notes=read_notes(r.notes),
                                  **_counts(bytes(r.data), r.file_hash))
                    for r in session.scalars(select(DirectiveBundle).order_by(DirectiveBundle.sequence))]

    def head(self) -> tuple[int, str]:
        """The last applied directive's sequence and file hash (0 and the genesis hash before any)."""
        with self.database.reading() as session:
            return _applied_head(session)

    def _apply_chain(self, session: Session, row: DirectiveBundle, directives: directive_content.Directives,
                     now: datetime, read_stored: Callable[[bytes], directive_content.Directives]) -> tuple[int, ...]:
        applied = []
        while True:
            row.notes = json.dumps([note.as_json() for note in _apply(session, row, directives)], ensure_ascii=False)
            row.state, row.applied_at = "applied", now
            session.flush()
            applied.append(row.sequence)
            successor = session.scalar(select(DirectiveBundle).where(
                DirectiveBundle.sequence == row.sequence + 1, DirectiveBundle.state == "held"))
            if successor is None or successor.previous_hash != row.file_hash:
                # a held successor that does not chain stays held (visible in the window) and applies nothing
                return tuple(applied)
            try:
                directives = read_stored(successor.data)  # verified again: it was held, never trusted blindly
            except BundleError:
                return tuple(applied)  # signed by a center key no longer pinned: it stays held, nothing lost
            row = successor


def _read(data: bytes, center_key: Ed25519PublicKey, province: str
          ) -> tuple[frame.VerifiedBundle, directive_content.Directives]:
    verified = frame.verify(data, public_keys={fingerprint(center_key): center_key},
                            expected_province=province, expected_payload_type=directive_content.DIRECTIVE,
                            max_bytes=MAX_DIRECTIVE_BYTES, max_uncompressed=MAX_DIRECTIVE_UNCOMPRESSED)
    if set(verified.parts) != {directive_content.DIRECTIVES_PART}:
        raise BadPartError(name=",".join(sorted(verified.parts)) or "-", reason="unexpected parts")
    return verified, directive_content.parse(verified.parts[directive_content.DIRECTIVES_PART])


def _counts(data: bytes, file_hash: str) -> dict[str, int]:
    """What a stored directive carries (its bytes were verified with the center key when it arrived)."""
    try:
        verified = frame.verify(data, public_keys={}, expected_province=None,
                                expected_payload_type=directive_content.DIRECTIVE, max_bytes=MAX_DIRECTIVE_BYTES,
                                max_uncompressed=MAX_DIRECTIVE_UNCOMPRESSED, attested_file_hash=file_hash)
        directives = directive_content.parse(verified.parts[directive_content.DIRECTIVES_PART])
    except (BundleError, KeyError):
        return {"programs": 0, "targets": 0, "deadlines": 0}
    return {"programs": len(directives.programs), "targets": len(directives.indicator_targets),
            "deadlines": len(directives.deadlines)}


def _applied_head(session: Session) -> tuple[int, str]:
    row = session.execute(select(DirectiveBundle.sequence, DirectiveBundle.file_hash)
                          .where(DirectiveBundle.state == "applied")
                          .order_by(DirectiveBundle.sequence.desc()).limit(1)).first()
    return (row[0], row[1]) if row else (0, frame.GENESIS_HASH)


def _apply(session: Session, row: DirectiveBundle, directives: directive_content.Directives
           ) -> list[DirectiveNote]:
    """Apply ``directives``; returns a note for each item that could not be applied here."""
    notes: list[DirectiveNote] = []
    # The lock holds for the center's directives too (issue 11), a submitted period's as an approved one's.
    approved = locked_periods(session)
    for program in directives.programs:
        solution = session.scalar(select(Solution).where(Solution.code == program.solution_code))
        if solution is None:
            notes.append(DirectiveNote(NOT_IN_PLAN, {"program": program.code, "solution": program.solution_code}))
            continue
        existing = session.scalar(select(OperationalProgram).where(OperationalProgram.code == program.code))
        if existing is not None and existing.solution_id != solution.id:
            notes.append(DirectiveNote(OTHER_SOLUTION, {"program": program.code}))
            continue
        if existing is None:
            existing = OperationalProgram(solution_id=solution.id, code=program.code)
            session.add(existing)
        existing.title, existing.expected_results = program.title, program.expected_results
        existing.owner = program.owner
        spans = [(a.planned_start, a.planned_finish) for a in existing.activities] if existing.id else []
        locked = locking_period_of_spans(spans, approved) if existing.weight != program.weight else None
        if locked is None:
            existing.weight = program.weight
        else:
            notes.append(DirectiveNote(_held(approved[locked]), {"program": program.code, "activity": "-",
                                                                 "period": locked.message_label}))
        session.flush()
        position = session.scalar(select(func.max(Activity.position)).where(
            Activity.program_id == existing.id)) or 0
        for item in program.activities:
            activity = session.scalar(select(Activity).where(
                Activity.program_id == existing.id, Activity.code == item.code, Activity.parent_id.is_(None)))
            before = ((activity.planned_start, activity.planned_finish) if activity is not None else (None, None))
            moves = activity is None or (activity.weight, activity.planned_start, activity.planned_finish) != (
                item.weight, item.planned_start, item.planned_finish)
            locked = locking_period_of_spans([before, (item.planned_start, item.planned_finish)], approved) \
                if moves else None
            if locked is not None:
                notes.append(DirectiveNote(_held(approved[locked]), {"program": program.code, "activity": item.code,
                                                                     "period": locked.message_label}))
                continue
            if activity is None:
                position += 1
                activity = Activity(program_id=existing.id, code=item.code, position=position)
                session.add(activity)
            activity.title, activity.weight, activity.owner = item.title, item.weight, item.owner
            activity.planned_start, activity.planned_finish = item.planned_start, item.planned_finish
    for target in directives.indicator_targets:
        current = session.scalar(select(IndicatorTarget).where(
            IndicatorTarget.indicator == target.indicator, IndicatorTarget.period == target.period))
        if current is None:
            current = IndicatorTarget(indicator=target.indicator, period=target.period)
            session.add(current)
        current.target, current.note, current.directive_id = target.target, target.note, row.id
    for deadline in directives.deadlines:
        current = session.scalar(select(CenterDeadline).where(CenterDeadline.code == deadline.code))
        if current is None:
            current = CenterDeadline(code=deadline.code)
            session.add(current)
        current.title, current.due_on, current.note = deadline.title, deadline.due_on, deadline.note
        current.directive_id = row.id
    session.flush()
    return notes


def fetch_directives(inbox: DirectiveInbox, client: httpx2.Client, center_url: str,
                     center_key: Ed25519PublicKey, province: str, signing_key: Ed25519PrivateKey,
                     deadline_seconds: float = bounded_http.CALL_DEADLINE_SECONDS) -> list[DirectiveResult]:
    """Fetch the directives issued after the last applied one and receive each (verified, in order, once).

    Each request is signed with the province's key (the center answers a province only about itself). The
    listing is signed by the center with its time (desktop/sync/listing.py): its time is recorded for the
    freshness warning, and each listed directive is accepted only with the listed file hash.
    """
    from desktop.sync.freshness import record_listing
    from desktop.sync.listing import MAX_LISTING_BYTES, ListingError, read_listing

    after = inbox.head()[0]

    def get(url: str, max_bytes: int) -> bytes:
        response = bounded_http.request(
            client, "GET", url, max_bytes=max_bytes, deadline_seconds=deadline_seconds,
            headers=signed_headers(signing_key, "GET", url, int(inbox.clock().timestamp())))
        if response.status_code == 401:
            raise RequestRefusedError()
        if response.status_code != 200:
            raise httpx2.HTTPStatusError(f"HTTP {response.status_code}", request=httpx2.Request("GET", url),
                                         response=httpx2.Response(response.status_code))
        return response.content

    listing = read_listing(get(f"{center_url}/provinces/{province}/directives?after={after}", MAX_LISTING_BYTES),
                           center_key, province, after, inbox.clock())
    record_listing(inbox.database, listing.issued_at)
    results = []
    for entry in listing.directives:
        data = get(f"{center_url}/provinces/{province}/directives/{entry.sequence}", MAX_DIRECTIVE_BYTES)
        if frame.file_hash(data) != entry.file_hash:
            raise ListingError(reason=f"directive {entry.sequence} is not the file the listing names")
        results.append(inbox.receive(data, center_key, province))
    return results
