"""The reviewer's province of docs/indicators.md "Ranking, best and worst": in Farvardin 1403 (month 16836, 31
days) district 01 has F1 (50 in, 60 out, 100 pending), E1 (100 in, 90 out, 500 pending), G1 (5 in, nothing
disposed of, 75 pending: disposition time unbounded) and B1 (one case in and out, nothing pending: resting on
one case); district 02 has D2 with enough of everything."""

from __future__ import annotations

from pathlib import Path

from desktop.indicators.rollup import rebuild_rollups
from desktop.store.database import Database, open_database

FARVARDIN = "1403-01"
# (id, district, code, name, incoming, disposed, pending_end, disposition_days_sum)
BRANCHES = [
    (1, 1, "F1", "شعبه و", 50, 60, 100, 3000.0),
    (2, 1, "E1", "شعبه ه", 100, 90, 500, 7200.0),
    (3, 1, "G1", "شعبه ز بی‌مختومه", 5, 0, 75, 0.0),
    (4, 1, "B1", "شعبه ب تک‌پرونده", 1, 1, 0, 5.0),
    (5, 2, "D2", "شعبه د", 40, 40, 40, 1600.0),
]


def volume_province(path: Path) -> Database:
    """The province above in a new database at ``path`` (open: the caller closes it)."""
    database = open_database(path)
    with database.engine.begin() as connection:
        run = connection.exec_driver_sql
        run("INSERT INTO province (id, code, name) VALUES (1, 'P', 'استان')")
        run("INSERT INTO district (id, province_id, code, name) VALUES (1, 1, '01', 'حوزه ۱'), (2, 1, '02', 'حوزه ۲')")
        run("INSERT INTO branch (id, district_id, code, name, unit_type) VALUES (?, ?, ?, ?, '')",
            [row[:4] for row in BRANCHES])
        # the untyped rows (every case type) as a rebuild writes them, with their (complete) source
        run("INSERT INTO indicator_month (branch_id, month_index, case_type, incoming, disposed, pending_end,"
            " disposition_days_sum, disposition_count, source) VALUES (?, 16836, '', ?, ?, ?, ?, ?, 'cases')",
            [(row[0], row[4], row[5], row[6], row[7], row[5]) for row in BRANCHES])
        rebuild_rollups(connection)
    return database
