"""Damaging a database file on disk the way a failing disk or a stray write would: leaf pages of one table
overwritten in place, the file's size, header and schema left intact (so only a full integrity check sees it)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def leaf_pages(path: Path, table: str) -> list[int]:
    """The page numbers of ``table``'s b-tree leaves, in file order."""
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno", (table,))]
    finally:
        connection.close()


def overwrite_leaf_pages(path: Path, table: str, *, every_leaf_but_the_first: bool = False) -> None:
    """Overwrite the middle leaf page of ``table`` (or every leaf but the first) with garbage, in place."""
    connection = sqlite3.connect(path)
    try:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    finally:
        connection.close()
    leaves = leaf_pages(path, table)
    assert len(leaves) > 1, f"{table} has too few pages to damage one in the middle"
    with path.open("r+b") as file:
        for leaf in leaves[1:] if every_leaf_but_the_first else [leaves[len(leaves) // 2]]:
            file.seek((leaf - 1) * page_size)
            file.write(bytes(range(256)) * (page_size // 256))
