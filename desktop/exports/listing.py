"""A table written as text (CSV or JSON) into a file: an export like the window's - the role's export right
first, and the file on disk only with its audit event (docs/access.md, "Audit trail").

The command line's ``--out`` (``indicators``, ``plans list``, ``meetings list|resolutions``, ``audit list``,
``approval changes``) once wrote the province's data for a viewer, who may export nothing, and recorded no event
for anyone. The services' ``export_listing`` entries call :func:`write_listing`, so the rule is the services',
whoever calls them; printing the same table to the terminal stays reading (a viewer sees it in the window)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.access import Action, Principal, Reach
from desktop.exports.files import write_atomically
from desktop.store.audit import EXPORT_REPORT, event_recorded, record_event
from desktop.store.database import Database


@dataclass(frozen=True)
class Listing:
    """A table its caller has written out as text, on its way to a file."""

    #: What it is, for the audit event («indicators clearance_rate branch 1405-07»).
    what: str
    text: str
    #: CSV carries a byte-order mark (Excel reads Persian CSV as UTF-8 only with it); JSON does not.
    encoding: str = "utf-8"

    @classmethod
    def of(cls, what: str, text: str, fmt: str) -> Listing:
        """``text`` in the format ``fmt`` ("csv" or "json") with that format's encoding."""
        return cls(what, text, "utf-8-sig" if fmt == "csv" else "utf-8")


def write_listing(database: Database, principal: Principal, path: Path, listing: Listing, *,
                  kind: str = EXPORT_REPORT, reach: int | Reach = Reach.PROVINCE_BUSINESS) -> Path:
    """Write ``listing`` to ``path`` for ``principal``: refused (:class:`PermissionDenied`, recorded as a
    ``refused`` event) before any file is made unless he may export ``reach``; otherwise atomically, renamed into
    place inside the transaction recording ``kind`` (desktop/exports/files.py), so no file is left without its
    event."""
    principal.require(Action.EXPORT, reach)
    data = listing.text.encode(listing.encoding)
    return write_atomically(path, lambda: data, lambda written: event_recorded(
        database, principal, kind, f"{listing.what} → {Path(written).absolute()}"))


def record_written(database: Database, principal: Principal, written: Sequence[Path], what: str, *,
                   kind: str = EXPORT_REPORT) -> None:
    """Record the export of files written one by one (the window's pictures: ``screenshots``), after
    ``principal.require(Action.EXPORT)`` let them be made; files whose event cannot be recorded (a damaged
    database, one busy past the wait, Ctrl+C) are removed again - as a report's charts are."""
    try:
        with database.session() as session:
            record_event(session, principal, kind, f"{what}: {len(written)} files")
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
