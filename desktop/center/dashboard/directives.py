"""Directives on the dashboard: issue one from a form (the same signed bundle ``python -m desktop.center
directive`` makes), and see each province's acknowledgement.

Issuing signs with the center's key, which ``serve`` unlocks once at start (``RASAD_CENTER_PASSPHRASE``, read
by desktop/center/cli_key.py) and keeps only in memory; without it the page refuses (:class:`CenterKeyLockedError`).

A province sends no separate acknowledgement: it applies a directive and the rows it writes (the deadline, the
indicator target, the operational program) travel back in its next progress bundle's change log. A directive
is *applied* once every item it carried is seen there with the values it asked for, *partly* when some are, and
*not yet reported* before — beside the province's last bundle, so a silent province is told from a slow one.
An item the province could not apply (a solution it does not have) stays unseen: the province notes it on its
side (desktop/sync/directives.py).
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.center import directives as directive_bundles
from desktop.center.dashboard import scope
from desktop.center.locking import serialise_province
from desktop.center.models import CenterBundle, CenterDirective, NationalChange
from desktop.center.staff import Action, StaffContext
from desktop.domain.jalali import parse_jalali
from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
from desktop.sync import canonical, directive_content, frame
from desktop.sync.directive_content import Directives

APPLIED, PARTLY, NOT_YET = "applied", "partly", "not_yet"
MAX_ROWS = 50  # rows of each kind one form may carry


class CenterKeyLockedError(DomainError):
    def __init__(self) -> None:
        super().__init__("Center", QT_TRANSLATE_NOOP(
            "Center", "The center's key is not unlocked: start serve with its key file and passphrase "
                      "(RASAD_CENTER_PASSPHRASE) to issue directives."))


class DirectiveFormError(DomainError):
    def __init__(self, row: str, reason: str) -> None:
        super().__init__("Center", QT_TRANSLATE_NOOP("Center", "{row}: {reason}"), {"row": row, "reason": reason})


class NoProvinceChosenError(DomainError):
    def __init__(self) -> None:
        super().__init__("Center", QT_TRANSLATE_NOOP("Center", "Choose at least one province."))


@dataclass(frozen=True)
class DirectiveStatus:
    province: str
    province_name: str
    sequence: int
    bundle_id: str
    issued_at: datetime
    summary: str
    programs: int
    targets: int
    deadlines: int
    items: int
    seen: int
    state: str  # APPLIED, PARTLY or NOT_YET
    last_bundle_at: datetime | None


@dataclass(frozen=True)
class IssuedView:
    province: str
    sequence: int
    bundle_id: str
    file_hash: str
    summary: str


def _iso(text: str, row: str) -> str:
    """A date typed on the form (Jalali, any digits — or ISO) as the ISO date the bundle carries."""
    value = text.strip()
    try:
        if len(value) == 10 and value[4] == "-" and value[:2] in ("19", "20"):
            return date.fromisoformat(value).isoformat()
        return parse_jalali(value).isoformat()
    except (ValueError, DomainError):
        raise DirectiveFormError(row, QT_TRANSLATE_NOOP("Center", "not a date")) from None


def _number(text: str, row: str) -> float:
    try:
        return float(text.strip().translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹٫", "0123456789.")))
    except ValueError:
        raise DirectiveFormError(row, QT_TRANSLATE_NOOP("Center", "not a number")) from None


def directives_from_form(form: Mapping[str, Sequence[str]]) -> Directives:
    """The directives a form describes, checked by the same reader as the command line's JSON file
    (desktop/sync/directive_content.py). Fields: ``note``; parallel lists ``deadline_code``, ``deadline_title``,
    ``deadline_due``, ``deadline_note``; ``target_indicator``, ``target_period``, ``target_value``,
    ``target_note``; ``program_code``, ``program_solution``, ``program_title``, ``program_owner``,
    ``program_weight``, ``program_results``, ``program_activities`` (one activity a line: code | title | start |
    finish | weight | owner). Empty rows are skipped."""

    def column(name: str) -> list[str]:
        return [str(v) for v in form.get(name, ())][:MAX_ROWS]

    def rows(prefix: str, names: tuple[str, ...]) -> list[dict[str, str]]:
        columns = {name: column(f"{prefix}_{name}") for name in names}
        count = max((len(v) for v in columns.values()), default=0)
        found = []
        for index in range(count):
            row = {name: (columns[name][index] if index < len(columns[name]) else "").strip() for name in names}
            if any(row.values()):
                found.append(row)
        return found

    deadlines = [{"code": r["code"], "title": r["title"], "due_on": _iso(r["due"], r["code"] or r["title"]),
                  "note": r["note"]} for r in rows("deadline", ("code", "title", "due", "note"))]
    targets = [{"indicator": r["indicator"], "period": r["period"],
                "target": _number(r["value"], r["indicator"]), "note": r["note"]}
               for r in rows("target", ("indicator", "period", "value", "note"))]
    programs = []
    for r in rows("program", ("code", "solution", "title", "owner", "weight", "results", "activities")):
        activities = []
        for line in r["activities"].splitlines()[:MAX_ROWS * 4]:
            if not line.strip():
                continue
            parts = [part.strip() for part in line.split("|")]
            if len(parts) != 6:
                raise DirectiveFormError(r["code"], QT_TRANSLATE_NOOP(
                    "Center", "an activity line needs code | title | start | finish | weight | owner"))
            activities.append({"code": parts[0], "title": parts[1], "planned_start": _iso(parts[2], parts[0]),
                               "planned_finish": _iso(parts[3], parts[0]), "weight": _number(parts[4], parts[0]),
                               "owner": parts[5]})
        programs.append({"code": r["code"], "solution_code": r["solution"], "title": r["title"],
                         "expected_results": r["results"], "owner": r["owner"],
                         "weight": _number(r["weight"] or "1", r["code"]), "activities": activities})
    note = column("note")
    return directive_content.from_json({"note": (note[0] if note else "").strip(), "programs": programs,
                                        "indicator_targets": targets, "deadlines": deadlines})


def issue(session: Session, staff: StaffContext, center_key: Ed25519PrivateKey | None, provinces: Sequence[str],
          directives: Directives, now: datetime) -> list[IssuedView]:
    """Cut, sign and keep one directive bundle for each province (one transaction: all or none), audited."""
    scope.require(staff, Action.issue_directive)
    if not provinces:
        raise NoProvinceChosenError()
    for code in provinces:
        scope.require_province(staff, Action.issue_directive, code)
    if center_key is None:
        raise CenterKeyLockedError()
    chosen = sorted(set(provinces))  # one order for every process: two forms naming the same provinces never deadlock
    for code in chosen:
        serialise_province(session, code)  # sequence numbers stay one chain across serve processes
    issued = [directive_bundles.issue(session, center_key, code, directives, now) for code in chosen]
    for item in issued:
        scope.audit_allowed(session, staff, Action.issue_directive, f"{item.province}#{item.sequence}", now)
    return [IssuedView(i.province, i.sequence, i.bundle_id, i.file_hash, i.summary) for i in issued]


def _stored_directives(row: CenterDirective) -> Directives | None:
    """The directives of a bundle this center signed and stored (its own bytes, checked by their hash)."""
    try:
        verified = frame.verify(bytes(row.data), public_keys={}, expected_province=row.province,
                                expected_payload_type=directive_content.DIRECTIVE,
                                max_bytes=directive_bundles_max(), max_uncompressed=directive_bundles_max() * 4,
                                attested_file_hash=row.file_hash)
        return directive_content.parse(verified.parts[directive_content.DIRECTIVES_PART])
    except DomainError:
        return None


def directive_bundles_max() -> int:
    from desktop.sync.directives import MAX_DIRECTIVE_BYTES

    return MAX_DIRECTIVE_BYTES


def _wanted(directives: Directives) -> list[tuple[str, dict[str, Any]]]:
    """(table, the values the province's row must show) of every item of a directive."""
    items: list[tuple[str, dict[str, Any]]] = []
    items += [("center_deadline", {"code": d.code, "title": d.title, "due_on": d.due_on.isoformat()})
              for d in directives.deadlines]
    items += [("indicator_target", {"indicator": t.indicator, "period": t.period, "target": t.target})
              for t in directives.indicator_targets]
    items += [("operational_program", {"code": p.code, "title": p.title}) for p in directives.programs]
    return items


#: The last change id each applied bundle carried: an applied bundle's bytes never change, so this is kept per
#: process, keyed by (database, province, sequence, file hash); the newest CACHED.
CACHED = 4096
_last_change: OrderedDict[tuple[str, str, int, str], int] = OrderedDict()
_last_change_lock = threading.Lock()


def _last_change_of(session: Session, province: str, sequence: int, file_hash: str) -> int:
    from desktop.center.service import MAX_BUNDLE_BYTES, MAX_UNCOMPRESSED_BYTES
    from desktop.sync.progress_content import CHANGES_PART

    key = (str(session.get_bind().url), province, sequence, file_hash)
    with _last_change_lock:
        if key in _last_change:
            return _last_change[key]
    data = session.scalar(select(CenterBundle.data).where(
        CenterBundle.province == province, CenterBundle.sequence == sequence, CenterBundle.state == "applied"))
    verified = frame.verify(bytes(data), public_keys={}, expected_province=province,
                            expected_payload_type="progress", max_bytes=MAX_BUNDLE_BYTES,
                            max_uncompressed=MAX_UNCOMPRESSED_BYTES, attested_file_hash=file_hash)
    body = canonical.loads_strict(verified.parts[CHANGES_PART]) if CHANGES_PART in verified.parts else {}
    changes = body.get("changes") if isinstance(body, dict) else None
    last = max((c["id"] for c in changes or [] if isinstance(c, dict) and isinstance(c.get("id"), int)), default=0)
    with _last_change_lock:
        _last_change[key] = last
        while len(_last_change) > CACHED:
            _last_change.popitem(last=False)
    return last


def _changes_before(session: Session, province: str, issued_at: datetime) -> int:
    """The last change id the province had sent when a directive was issued (0 before any): only later changes
    can be its application. Read from the last bundles applied by then that carried changes (our own stored bytes,
    checked by their hash); a bundle received at the same instant counts as before (never claims too much)."""
    heads = session.execute(select(CenterBundle.sequence, CenterBundle.file_hash).where(
        CenterBundle.province == province, CenterBundle.state == "applied", CenterBundle.received_at <= issued_at,
    ).order_by(CenterBundle.sequence.desc())).all()
    for sequence, file_hash in heads:
        last = _last_change_of(session, province, sequence, file_hash)
        if last:
            return last
    return 0


def _seen(session: Session, province: str, wanted: list[tuple[int, str, dict[str, Any]]]) -> set[int]:
    """Indexes of ``wanted`` items (change id after which to look, table, values) that some state of the
    province's rows has shown after that change (its change log replayed)."""
    tables = sorted({table for _, table, _ in wanted})
    rows: dict[tuple[str, int], dict[str, Any]] = {}
    seen: set[int] = set()
    query = (select(NationalChange.change_id, NationalChange.table_name, NationalChange.row_id,
                    NationalChange.operation, NationalChange.new_values)
             .where(NationalChange.province == province, NationalChange.table_name.in_(tables))
             .order_by(NationalChange.change_id))
    for change_id, table, row_id, operation, new_values in session.execute(query):
        if operation == "delete":
            rows.pop((table, row_id), None)
            continue
        values = json.loads(new_values) if new_values else None
        if not isinstance(values, dict):
            continue
        row = rows.setdefault((table, row_id), {}) if operation != "insert" else {}
        row.update(values)
        rows[(table, row_id)] = row
        for index, (after, wanted_table, fields) in enumerate(wanted):
            if index not in seen and change_id > after and wanted_table == table \
                    and all(row.get(k) == v for k, v in fields.items()):
                seen.add(index)
    return seen


def directive_statuses(session: Session, staff: StaffContext) -> list[DirectiveStatus]:
    """Every directive issued to a province the staff member sees, newest first, with its acknowledgement."""
    scope.require(staff, Action.view_directives)
    names = dict(scope.visible_codes(session, staff))
    last_bundle = dict(session.execute(select(CenterBundle.province, func.max(CenterBundle.received_at)).where(
        CenterBundle.state == "applied").group_by(CenterBundle.province)).all())
    result = []
    by_province: dict[str, list[CenterDirective]] = {}
    for row in session.scalars(select(CenterDirective).where(CenterDirective.province.in_(list(names)))
                               .order_by(CenterDirective.province, CenterDirective.sequence)):
        by_province.setdefault(row.province, []).append(row)
    for code, rows in by_province.items():
        parsed = [(row, _stored_directives(row)) for row in rows]
        wanted_all = [(row.id, (_changes_before(session, code, row.created_at), *item))
                      for row, directives in parsed if directives for item in _wanted(directives)]
        seen = _seen(session, code, [item for _, item in wanted_all])
        for row, directives in parsed:
            counts = (len(directives.programs), len(directives.indicator_targets), len(directives.deadlines)) \
                if directives else (0, 0, 0)
            indexes = [i for i, (row_id, _) in enumerate(wanted_all) if row_id == row.id]
            count = sum(1 for i in indexes if i in seen)
            state = APPLIED if indexes and count == len(indexes) else PARTLY if count else NOT_YET
            received = last_bundle.get(code)
            result.append(DirectiveStatus(code, names[code], row.sequence, row.bundle_id, row.created_at,
                                          row.summary, *counts, len(indexes), count, state, received))
    result.sort(key=lambda s: (s.issued_at, s.province, s.sequence), reverse=True)
    return result
