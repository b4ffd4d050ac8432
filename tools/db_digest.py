"""An order-independent digest of every table of a Rasad database file, to show that a change (a faster demo
generation, import or rebuild) writes the same data as before. Stdlib only; reads the file read-only.

    python -m tools.db_digest FILE [--columns]

Prints one line per table (its digest and row count), the schema's, the evidence folder's beside the file, and
the whole file's (``ALL``). A row's digest is the SHA-256 of its type-tagged values, ids included; a table's is
the SHA-256 of its rows' digests sorted, so the order rows are stored in does not matter but every value does.
``--columns`` adds one digest per column, to find what differs.

Left out, because they hold the wall-clock time of the run and differ between two runs of the same code:
:data:`WALL_CLOCK_COLUMNS`, and the same times inside the change log's JSON row images
(:data:`WALL_CLOCK_KEYS`). The schema is compared statement by statement as a set of lines: the migrations'
batch mode writes a table's constraints in an order that varies from run to run.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

#: (table, column) pairs written with the wall-clock time (found by comparing two demo runs of unchanged code).
WALL_CLOCK_COLUMNS = frozenset({
    ("change_log", "changed_at"),
    ("progress_update", "recorded_at"),
    ("evidence_file", "added_at"),
    ("resolution_status_change", "recorded_at"),
})
#: Keys of the change log's JSON row images (``old_values``, ``new_values``) that hold those times.
WALL_CLOCK_KEYS = frozenset({"added_at", "recorded_at"})
_JSON_COLUMNS = {"change_log": ("old_values", "new_values")}


def row_digest(values: Iterable[object]) -> bytes:
    """SHA-256 of the values with their types (1 and 1.0 and '1' differ)."""
    return hashlib.sha256(repr(tuple((type(value).__name__, value) for value in values)).encode()).digest()


def _without_wall_clock(value: object) -> object:
    if not isinstance(value, str):
        return value
    image = json.loads(value)
    if isinstance(image, dict):
        for key in WALL_CLOCK_KEYS:
            image.pop(key, None)
    return json.dumps(image, sort_keys=True, ensure_ascii=False)


def _rows(connection: sqlite3.Connection, table: str, columns: Sequence[str]) -> Iterator[tuple[object, ...]]:
    listed = ", ".join(f'"{column}"' for column in columns)
    rows: Iterable[tuple[object, ...]] = connection.execute(f'SELECT {listed} FROM "{table}"')
    json_at = [index for index, column in enumerate(columns) if column in _JSON_COLUMNS.get(table, ())]
    for row in rows:
        if json_at:
            row = tuple(_without_wall_clock(value) if index in json_at else value for index, value in enumerate(row))
        yield row


def _set_digest(digests: Iterable[bytes]) -> str:
    return hashlib.sha256(b"".join(sorted(digests))).hexdigest()


def schema_digest(connection: sqlite3.Connection) -> str:
    statements = sorted(
        (kind, name, table, sorted((sql or "").replace(", \n", "\n").split("\n")))
        for kind, name, table, sql in connection.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_autoindex%'"))
    return hashlib.sha256(repr(statements).encode()).hexdigest()


def folder_digest(folder: Path) -> str:
    """The files under ``folder`` (their paths and contents); the digest of nothing when there is no folder."""
    digest = hashlib.sha256()
    if folder.is_dir():
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                digest.update(str(path.relative_to(folder)).encode() + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def digest_lines(path: Path, *, per_column: bool = False) -> list[str]:
    """The report's lines: schema, each table, the evidence folder, ``ALL``."""
    # A file at rest (its log folded in) is read as immutable: SQLite then leaves no -wal and -shm beside it,
    # which a read-only connection to a WAL file would create and could not remove.
    wal = Path(f"{path}-wal")
    at_rest = not wal.exists() or wal.stat().st_size == 0
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro{'&immutable=1' if at_rest else ''}", uri=True)
    try:
        whole = hashlib.sha256()
        schema = schema_digest(connection)
        whole.update(schema.encode())
        lines = [f"{'schema':32} {schema[:16]}"]
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            columns = [column for _cid, column, *_ in connection.execute(f'PRAGMA table_info("{table}")')
                       if (table, column) not in WALL_CLOCK_COLUMNS]
            digests = [row_digest(row) for row in _rows(connection, table, columns)]
            table_digest = _set_digest(digests)
            whole.update(f"{table}:{table_digest}".encode())
            lines.append(f"{table:32} {table_digest[:16]} rows={len(digests)}")
            if per_column:
                for index, column in enumerate(columns):
                    values = (row_digest((row[index],)) for row in _rows(connection, table, columns))
                    lines.append(f"    {column:28} {_set_digest(values)[:16]}")
    finally:
        connection.close()
    evidence = folder_digest(path.parent / "evidence")
    whole.update(evidence.encode())
    lines.append(f"{'evidence folder':32} {evidence[:16]}")
    lines.append(f"{'ALL':32} {whole.hexdigest()}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.db_digest", description=__doc__.splitlines()[0])
    parser.add_argument("database", type=Path)
    parser.add_argument("--columns", action="store_true", help="a digest per column too")
    args = parser.parse_args(argv)
    print("\n".join(digest_lines(args.database, per_column=args.columns)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
