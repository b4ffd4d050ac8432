"""tools/db_digest.py: the digest sees every value but not the order of rows nor the wall-clock times."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tools.db_digest import digest_lines


def _database(path: Path, rows: list[tuple[int, str]], changed_at: str, added_at: str) -> Path:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE plan (id INTEGER PRIMARY KEY, title TEXT)")
    connection.execute("CREATE TABLE change_log (id INTEGER PRIMARY KEY, changed_at TEXT, new_values TEXT)")
    connection.executemany("INSERT INTO plan VALUES (?, ?)", rows)
    connection.execute("INSERT INTO change_log VALUES (1, ?, ?)",
                       (changed_at, json.dumps({"id": 1, "added_at": added_at, "title": "a"})))
    connection.commit()
    connection.close()
    return path


def _whole(path: Path) -> str:
    return digest_lines(path)[-1]


def test_the_order_of_rows_and_the_wall_clock_times_do_not_count(tmp_path: Path) -> None:
    first = _database(tmp_path / "a.sqlite3", [(1, "a"), (2, "b")], "2026-12-03 01:00", "2026-12-03 01:00")
    second = _database(tmp_path / "b.sqlite3", [(2, "b"), (1, "a")], "2026-12-04 09:30", "2026-12-04 09:31")
    assert _whole(first) == _whole(second)


def test_a_changed_value_or_id_counts(tmp_path: Path) -> None:
    reference = _whole(_database(tmp_path / "a.sqlite3", [(1, "a"), (2, "b")], "t", "t"))
    assert _whole(_database(tmp_path / "b.sqlite3", [(1, "a"), (2, "c")], "t", "t")) != reference
    assert _whole(_database(tmp_path / "c.sqlite3", [(1, "a"), (3, "b")], "t", "t")) != reference
    assert _whole(_database(tmp_path / "d.sqlite3", [(1, "a"), (2, 2)], "t", "t")) != reference
