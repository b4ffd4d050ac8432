"""Reading and exporting the change log, filtered by user, table, kind of change and period.

The change log is written only by the session hook and refused UPDATE/DELETE by database triggers; this
service reads it. It spans every district, so a district head may not read it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, timezone
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from desktop.domain.access import Action, ActsForPrincipal, Principal, Reach
from desktop.domain.jalali import JalaliPeriod
from desktop.exports.excel import Sheet, write_workbook
from desktop.exports.listing import Listing, write_listing
from desktop.store.audit import EXPORT_AUDIT, REFUSED, RESTORE, event_recorded, record_event
from desktop.store.changelog import ChangeEntry
from desktop.store.database import Database
from desktop.store.models import AuditEvent, ChangeLog
from desktop.store.restore_ledger import consents_in

#: Iran's clock (no daylight saving since 2022): a Jalali period starts and ends at local midnight.
IRAN_TIME = timezone(timedelta(hours=3, minutes=30))
DEFAULT_LIMIT = 5000


@dataclass(frozen=True)
class AuditEventView:
    """Something done or refused that changes no user-data row (an export, a backup, a restore, a key
    operation, a setting, a refusal), by login and display name."""

    id: int
    happened_at: datetime
    login: str
    display_name: str
    kind: str
    outcome: str  # 'done' | 'refused'
    detail: str
    #: What a restore needed consent for and was given ("another-province", "another-database",
    #: "without-accounts": desktop/backups/restore_consent.py), read from its detail: empty when it needed none;
    #: None for other events, and for a restore recorded before restores kept their consents (not known).
    consents: tuple[str, ...] | None = None


@dataclass(frozen=True)
class AuditFilter:
    user_name: str | None = None
    table_name: str | None = None
    operation: str | None = None  # 'insert' | 'update' | 'delete'
    period: JalaliPeriod | None = None
    limit: int = DEFAULT_LIMIT


def refusal_recorder(database: Database) -> Callable[[Principal, Action, object], None]:
    """What a principal calls on a refusal (``Principal.on_refusal``): an audit event in its own short
    transaction. Recording must never hide the refusal itself, so a database that cannot take the event now
    (busy, closed) loses the event, not the message."""

    def record(who: Principal, action: Action, district: object) -> None:
        scope = district.value if isinstance(district, Reach) else f"district {district}"
        try:
            # Recorded even for a session whose account has changed since: the attempt was made.
            with database.session(signed_in=False) as session:
                record_event(session, who, REFUSED, f"{action.value} ({scope})", outcome="refused")
        except (SQLAlchemyError, RuntimeError):
            return

    return record


def period_bounds(period: JalaliPeriod) -> tuple[datetime, datetime]:
    """[start, end) of a Jalali period in UTC, the days taken in Iran's time."""
    start = datetime.combine(period.start, time(), IRAN_TIME)
    end = datetime.combine(period.end + timedelta(days=1), time(), IRAN_TIME)
    return start.astimezone(UTC), end.astimezone(UTC)


class AuditService(ActsForPrincipal):
    def __init__(self, database: Database, *, principal: Principal | None = None) -> None:
        self._database = database
        self._act_for(principal)

    def entries(self, which: AuditFilter = AuditFilter()) -> list[ChangeEntry]:  # noqa: B008
        """Matching changes, newest first."""
        self.principal.require(Action.VIEW, Reach.ALL_DISTRICTS)
        query = select(ChangeLog).order_by(ChangeLog.id.desc()).limit(which.limit)
        if which.user_name:
            query = query.where(ChangeLog.user_name == which.user_name)
        if which.table_name:
            query = query.where(ChangeLog.table_name == which.table_name)
        if which.operation:
            query = query.where(ChangeLog.operation == which.operation)
        if which.period is not None:
            start, end = period_bounds(which.period)
            query = query.where(ChangeLog.changed_at >= start, ChangeLog.changed_at < end)
        with self._database.reading() as session:
            return [ChangeEntry(r.id, r.changed_at, r.user_name, r.table_name, r.row_id, r.operation,
                                r.old_values, r.new_values, r.user_login or "") for r in session.scalars(query)]

    def events(self, which: AuditFilter = AuditFilter()) -> list[AuditEventView]:  # noqa: B008
        """Audit events, newest first; ``which.user_name`` matches the login or the display name,
        ``which.operation`` the kind ('refused', 'export.report', 'restore' ...)."""
        self.principal.require(Action.VIEW, Reach.ALL_DISTRICTS)
        query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(which.limit)
        if which.user_name:
            query = query.where((AuditEvent.login == which.user_name) | (AuditEvent.display_name == which.user_name))
        if which.operation:
            query = query.where(AuditEvent.kind == which.operation)
        if which.period is not None:
            start, end = period_bounds(which.period)
            query = query.where(AuditEvent.happened_at >= start, AuditEvent.happened_at < end)
        with self._database.reading() as session:
            return [AuditEventView(e.id, e.happened_at, e.login, e.display_name, e.kind, e.outcome, e.detail,
                                   consents_in(e.detail) if e.kind == RESTORE else None)
                    for e in session.scalars(query)]

    def users(self) -> list[str]:
        self.principal.require(Action.VIEW, Reach.ALL_DISTRICTS)
        with self._database.reading() as session:
            return list(session.scalars(select(ChangeLog.user_name).distinct().order_by(ChangeLog.user_name)))

    def tables(self) -> list[str]:
        self.principal.require(Action.VIEW, Reach.ALL_DISTRICTS)
        with self._database.reading() as session:
            return list(session.scalars(select(ChangeLog.table_name).distinct().order_by(ChangeLog.table_name)))

    def export(self, path: Path, which: AuditFilter, *, title: str, headers: Sequence[str],
               moment: Callable[[datetime], str] = lambda at: at.isoformat(),
               operation: Callable[[str], str] = str, right_to_left: bool = True) -> Path:
        """Write the matching changes to an Excel workbook. ``headers`` (7, translated by the caller): when,
        user, table, row, kind, before, after; ``moment`` and ``operation`` format those cells; the sheet runs
        right to left unless the caller's language reads left to right."""
        self.principal.require(Action.EXPORT, Reach.ALL_DISTRICTS)
        if len(headers) != 7:
            raise ValueError("the audit export has 7 columns")
        rows = [(moment(e.changed_at), e.user_name, e.table_name, e.row_id, operation(e.operation),
                 _values(e.old_values), _values(e.new_values)) for e in self.entries(which)]
        def recorded(written: Path) -> AbstractContextManager[None]:  # the file appears only with its event
            return event_recorded(self._database, self.principal, EXPORT_AUDIT, f"{written} ({len(rows)} changes)")

        return write_workbook(path, [Sheet(title, headers, rows, right_to_left,
                                           column_widths=(20, 20, 18, 8, 10, 50, 50))], recorded)


    def export_listing(self, path: Path, listing: Listing) -> Path:
        """Changes or audit events as the caller wrote them out (``audit list [--events] --out``), to ``path``:
        the same right and event kind as :meth:`export`."""
        return write_listing(self._database, self.principal, path, listing, kind=EXPORT_AUDIT,
                             reach=Reach.ALL_DISTRICTS)


def _values(values: object) -> str:
    return "" if values is None else json.dumps(values, ensure_ascii=False, sort_keys=True)
