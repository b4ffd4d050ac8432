"""Writing a list of service views (frozen dataclasses) as CSV or JSON, to the screen or a file."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any


def as_records(rows: Sequence[Any]) -> list[dict[str, Any]]:
    return [_plain(dataclasses.asdict(row) if dataclasses.is_dataclass(row) else dict(row)) for row in rows]


def write_rows(rows: Sequence[Any], fmt: str, out: Path | None, columns: Sequence[str] = ()) -> None:
    """``rows`` as CSV (nested values as JSON text; ``columns`` the header when given, else the first row's
    fields) or a JSON array; into ``out`` or onto stdout."""
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
    _emit(text, fmt, out)


def write_json(record: Any, out: Path | None) -> None:
    """One JSON value (dates as ISO text) onto stdout or into ``out``."""
    _emit(json.dumps(_plain(record), ensure_ascii=False, indent=2) + "\n", "json", out)


def _emit(text: str, fmt: str, out: Path | None) -> None:
    if out is None:
        print(text, end="")
        return
    from desktop.cli.output import file_failure

    try:
        out.write_text(text, encoding="utf-8-sig" if fmt == "csv" else "utf-8")
    except OSError as error:
        raise file_failure(error, out) from error


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
