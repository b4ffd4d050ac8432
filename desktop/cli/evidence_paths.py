"""Where an evidence file shown by a `show` command is kept: the window opens it, the command line names it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any


def with_stored_paths(record: Any, path_for: Callable[[str], Path]) -> Any:
    """``record`` (JSON-ready dicts and lists) with ``stored_at`` and ``present`` added to every evidence file in
    it (a dict holding ``sha256`` and ``original_name``): the copy in the evidence folder, and whether it is
    there (a database restored without its evidence folder lists files it no longer has)."""
    if isinstance(record, list):
        return [with_stored_paths(item, path_for) for item in record]
    if not isinstance(record, dict):
        return record
    shown = {key: with_stored_paths(value, path_for) for key, value in record.items()}
    if "sha256" in record and "original_name" in record:
        stored = path_for(str(record["sha256"]))
        shown.update(stored_at=str(stored), present=stored.is_file())
    return shown
