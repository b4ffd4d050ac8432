"""Writing a list of service views (frozen dataclasses) as CSV or JSON, to the screen or a file.

Printing is reading: what the role sees in the window it may print. A file is an export (docs/access.md): it is
handed to the service's ``export_listing``, which refuses a role without the export right before any file is
made and records the export's audit event."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.exports.listing import Listing

#: A service's ``export_listing``: writes a listing to a file for its principal, or refuses.
Exporter = Callable[[Path, "Listing"], Path]


def as_records(rows: Sequence[Any]) -> list[dict[str, Any]]:
    return [_plain(dataclasses.asdict(row) if dataclasses.is_dataclass(row) else dict(row)) for row in rows]


def write_rows(rows: Sequence[Any], fmt: str, out: Path | None, columns: Sequence[str] = (), *,
               export: Exporter | None = None, what: str = "") -> None:
    """``rows`` as CSV (nested values as JSON text; ``columns`` the header when given, else the first row's
    fields) or a JSON array; onto stdout, or into ``out`` through ``export`` (``what``: the audit event's
    words)."""
    emit(rows_text(rows, fmt, columns), fmt, out, export, what)


def rows_text(rows: Sequence[Any], fmt: str, columns: Sequence[str] = ()) -> str:
    """``rows`` as the text :func:`write_rows` writes."""
    records = as_records(rows)
    if fmt == "json":
        text = json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    else:
        buffer = io.StringIO()
        columns = list(columns) or (list(records[0]) if records else [])
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        for record in records:
            writer.writerow([_cell(record[c]) for c in columns])
        text = buffer.getvalue()
    return text


def write_json(record: Any, out: Path | None, *, export: Exporter | None = None, what: str = "") -> None:
    """One JSON value (dates as ISO text) onto stdout, or into ``out`` through ``export``."""
    emit(json.dumps(_plain(record), ensure_ascii=False, indent=2) + "\n", "json", out, export, what)


def emit(text: str, fmt: str, out: Path | None, export: Exporter | None, what: str) -> None:
    """``text`` onto stdout, or to ``out`` by ``export`` (the service's: the export right, then the file with
    its audit event)."""
    if out is None:
        print(text, end="")
        return
    if export is None:  # a programming error: no file of the province's data is written without its service
        raise TypeError("a file is an export: pass the service's export_listing")
    from desktop.exports.listing import Listing

    export(out, Listing.of(what, text, fmt))


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value
