"""An indicator table as the indicators page shows it, exported to an Excel workbook: an export like a report's -
the role's export right first, and the file on disk only with its ``export.report`` audit event
(desktop/exports/files.py)."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.access import Action, Principal
from desktop.exports.excel import Sheet, write_workbook
from desktop.store.audit import EXPORT_REPORT, event_recorded
from desktop.store.database import Database


def export_table(database: Database, principal: Principal, path: Path, sheet: Sheet) -> Path:
    """Write ``sheet`` (its headers and rows formatted by the caller, as shown) to ``path``; refused, with nothing
    written, for a role without the export right (a viewer)."""
    principal.require(Action.EXPORT)
    return write_workbook(path, [sheet], lambda written: event_recorded(
        database, principal, EXPORT_REPORT, f"{sheet.title} → {written}"))
