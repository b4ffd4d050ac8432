"""Signed bundles: cutting, signing and verifying the large province's history, and the center ingesting a month
of bundles from 31 provinces — each beside the raw primitives on the same bytes, in the same run.

    python -m benchmarks.bundles [--db LARGE.sqlite3] [--runs 3] [--provinces 31] [--center-url URL]

Without --db the large demo (Tehran-sized: 3,000 branches, two years of indicators, every plan, progress and
meeting change) is generated into a temporary folder first. Part 1 copies it and cuts EVERY bundle of its whole
change log (two years, so more than the year the issue asks for) with its indicator months and evidence files -
since 2026-12-04 a large import's months take several bundles of at most 16 MiB of rows each - then verifies
them; beside it: zlib (level 6, as the frame uses) of the same raw parts, Ed25519 sign and verify of each
file's bytes, and SHA-256 of them. Part 2 builds, for each of N provinces, a one-month bundle the
size of the large province's month (its share of progress changes and one month of indicator rows for every
branch), registers the provinces at a fresh center (SQLite by default, or --center-url, e.g. PostgreSQL) and
times the ingest of all of them (verification, chain, apply, receipt).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import zlib
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

AS_OF = "2026-11-23"
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


def _best(runs: int, action: Callable[[], object]) -> tuple[float, object]:
    """Median seconds of ``runs`` calls, and the last result."""
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:9.1f} ms"


def cut_and_verify(db: Path, runs: int) -> dict[str, float]:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from desktop.store.database import open_database
    from desktop.store.models import OutboxBundle
    from desktop.sync import frame
    from desktop.sync.keys import fingerprint
    from desktop.sync.outbox import Outbox

    key = Ed25519PrivateKey.generate()
    keys = {fingerprint(key.public_key()): key.public_key()}
    cut_times: list[float] = []
    files: list[bytes] = []
    changes = 0
    with tempfile.TemporaryDirectory(prefix="rasad-bundles-") as folder:
        for _ in range(runs):
            copy = Path(folder) / "copy.sqlite3"
            shutil.copyfile(db, copy)
            evidence = db.parent / "evidence"
            if evidence.exists():
                shutil.rmtree(Path(folder) / "evidence", ignore_errors=True)
                shutil.copytree(evidence, Path(folder) / "evidence")
            database = open_database(copy)
            outbox = Outbox(database, lambda: NOW)
            start = time.perf_counter()
            # every bundle the change log takes: a large import's indicator months go in several (payload.py)
            entries = outbox.cut_all(key, "THR", "bench")
            cut_times.append(time.perf_counter() - start)
            assert entries
            files = [outbox.data(entry.id) for entry in entries]
            changes = entries[-1].last_change_id - entries[0].first_change_id + 1
            with database.session() as session:
                assert all(session.get(OutboxBundle, entry.id) is not None for entry in entries)
            database.close()
            copy.unlink()

    def verify() -> list[frame.VerifiedBundle]:
        return [frame.verify(data, public_keys=keys, expected_province="THR", expected_payload_type="progress",
                             max_bytes=len(data) + 1, max_uncompressed=2**31) for data in files]

    verify_time, verified = _best(runs, verify)
    raw_parts = [part for bundle in verified for part in bundle.parts.values()]  # type: ignore[union-attr]
    raw_total = sum(len(p) for p in raw_parts)
    file_bytes = sum(len(data) for data in files)
    compress_time, compressed = _best(runs, lambda: [zlib.compress(p, 6) for p in raw_parts])
    decompress_time, _ = _best(runs, lambda: [zlib.decompress(c) for c in compressed])  # type: ignore[union-attr]
    sign_time, signatures = _best(runs, lambda: [key.sign(data) for data in files])
    ed_verify_time, _ = _best(runs, lambda: [key.public_key().verify(signature, data)  # type: ignore[arg-type]
                                             for signature, data in zip(signatures, files, strict=True)])
    sha_time, _ = _best(runs, lambda: [hashlib.sha256(data).digest() for data in files])
    tracemalloc.start()
    verify()
    _, verify_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    cut = statistics.median(cut_times)
    raw_cut = compress_time + sign_time + sha_time
    raw_verify = ed_verify_time + decompress_time + sha_time
    print(f"\nPart 1 — every bundle of the large demo's whole change log ({changes:,} changes; {len(files)} "
          f"bundles, {len(raw_parts)} parts): {raw_total / 1e6:.1f} MB raw → {file_bytes / 1e6:.1f} MB of files")
    print(f"  Rasad cut (read change log + indicator months + evidence, JSON, zlib, SHA-256, sign, store)"
          f" {_ms(cut)}")
    print(f"  Rasad verify (strict frame, signature, header, SHA-256 and bounded inflate of every part)"
          f" {_ms(verify_time)}  peak {verify_peak / 1e6:.0f} MB traced")
    print(f"  raw zlib level 6 of the same parts {_ms(compress_time)};  inflate {_ms(decompress_time)}")
    print(f"  raw Ed25519 sign of the whole files {_ms(sign_time)};  verify {_ms(ed_verify_time)};"
          f"  SHA-256 {_ms(sha_time)}")
    print(f"  cut ÷ (zlib + sign + SHA-256) = {cut / raw_cut:.2f};  "
          f"verify ÷ (Ed25519 verify + inflate + SHA-256) = {verify_time / raw_verify:.2f}")
    return {"changes": changes, "bundles": len(files), "raw_bytes": raw_total, "file_bytes": file_bytes, "cut_s": cut,
            "verify_s": verify_time, "zlib_s": compress_time, "inflate_s": decompress_time, "sign_s": sign_time,
            "ed25519_verify_s": ed_verify_time, "sha256_s": sha_time, "verify_peak_bytes": verify_peak}


def _month_payload(db: Path) -> tuple[list[dict], list[dict], int]:
    """One month of the large province: its share of the change log and one month of indicator rows."""
    import sqlite3

    connection = sqlite3.connect(db)
    connection.row_factory = sqlite3.Row
    months = [r[0] for r in connection.execute("SELECT DISTINCT month_index FROM indicator_month ORDER BY 1")]
    month = months[-1]
    total = connection.execute("SELECT count(*) FROM change_log").fetchone()[0]
    share = max(1, total // max(1, len(months)))
    changes = []
    for row in connection.execute("SELECT * FROM change_log WHERE table_name IN ('progress_update', 'activity',"
                                  " 'resolution_followup') ORDER BY id DESC LIMIT ?", (share,)):
        changes.append({"changed_at": row["changed_at"], "user_name": row["user_name"], "table": row["table_name"],
                        "row_id": row["row_id"], "operation": row["operation"],
                        "old": json.loads(row["old_values"]) if row["old_values"] else None,
                        "new": json.loads(row["new_values"]) if row["new_values"] else None})
    indicator_rows = [dict(r) for r in connection.execute("SELECT * FROM indicator_month WHERE month_index = ?",
                                                          (month,))]
    connection.close()
    return changes, indicator_rows, month


def center_ingest(db: Path, provinces: int, url: str | None) -> dict[str, float]:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from desktop.center.service import CenterService
    from desktop.sync import canonical, frame
    from desktop.sync.keys import export_public
    from desktop.sync.receipts import Verdict, read_receipt

    changes, indicator_rows, month = _month_payload(db)
    bundles: list[tuple[str, bytes]] = []
    keys = {}
    for number in range(1, provinces + 1):
        code = f"P{number:02d}"
        key = keys[code] = Ed25519PrivateKey.generate()
        numbered = [{**change, "id": index} for index, change in enumerate(changes, start=1)]
        parts = [("changes.json", canonical.dumps({"changes": numbered}), True),
                 ("indicators.json", canonical.dumps({"months": [month], "rows": indicator_rows}), True)]
        bundles.append((code, frame.encode({
            "payload_type": "progress", "bundle_id": frame.new_bundle_id(), "province": code, "sequence": 1,
            "previous_hash": frame.GENESIS_HASH, "created_at": frame.utc_timestamp(NOW), "app_version": "bench",
            "schema_version": "bench"}, parts, key)))
    with tempfile.TemporaryDirectory(prefix="rasad-center-") as folder:
        engine_url = url or f"sqlite:///{Path(folder) / 'center.db'}"
        if url:
            from sqlalchemy import create_engine

            from desktop.center.models import metadata

            engine = create_engine(url)
            metadata.drop_all(engine)
            with engine.begin() as connection:
                connection.exec_driver_sql("DROP TABLE IF EXISTS center_alembic_version")
            engine.dispose()
        service = CenterService(engine_url, Ed25519PrivateKey.generate(), clock=lambda: NOW,
                                max_uncompressed=2**31)
        for code, key in keys.items():
            service.register_province(code, code, export_public(key.public_key()))
        times = []
        start_all = time.perf_counter()
        for code, data in bundles:
            start = time.perf_counter()
            receipt = service.ingest(data)
            times.append(time.perf_counter() - start)
            assert read_receipt(receipt, service.public_key, code).verdict is Verdict.ACCEPTED
        total = time.perf_counter() - start_all
        service.close()
    size = statistics.mean(len(data) for _, data in bundles)
    print(f"\nPart 2 — the center ({'PostgreSQL' if url and url.startswith('postgresql') else 'SQLite'}) ingesting "
          f"one month's bundle from each of {provinces} provinces ({len(changes):,} changes and "
          f"{len(indicator_rows):,} indicator rows each, {size / 1e6:.2f} MB per file)")
    print(f"  total {total:.2f} s;  per bundle median {_ms(statistics.median(times))}, slowest {_ms(max(times))}")
    return {"provinces": provinces, "total_s": total, "median_s": statistics.median(times), "max_s": max(times),
            "bundle_bytes": size}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bundles", description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing large demo database (else one is generated)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--provinces", type=int, default=31)
    parser.add_argument("--center-url", help="SQLAlchemy URL of a center database it may wipe (default SQLite)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="rasad-bundles-demo-") as folder:
        db = args.db
        if db is None:
            db = Path(folder) / "large.sqlite3"
            print("generating the large demo …", flush=True)
            subprocess.run([sys.executable, "-m", "desktop", "demo", "--scale", "large", "--db", str(db),
                            "--as-of", AS_OF], check=True, stdout=subprocess.DEVNULL)
        results = {"cut_and_verify": cut_and_verify(db, args.runs),
                   "center_ingest": center_ingest(db, args.provinces, args.center_url)}
    print("\n" + json.dumps(results))
    from benchmarks.common import Figure, report

    cut, ingest = results["cut_and_verify"], results["center_ingest"]
    return report([  # no targets yet: shown beside their raw primitives for information
        Figure("bundles", f"cut every bundle of the whole change log ({cut['bundles']})", cut["cut_s"], "s",
               cut["zlib_s"] + cut["sign_s"] + cut["sha256_s"], "zlib + Ed25519 sign + SHA-256"),
        Figure("bundles", "verify those bundles", cut["verify_s"], "s",
               cut["ed25519_verify_s"] + cut["inflate_s"] + cut["sha256_s"], "Ed25519 verify + inflate + SHA-256"),
        Figure("bundles", f"center ingests {ingest['provinces']} provinces' month", ingest["total_s"], "s"),
    ])


if __name__ == "__main__":
    raise SystemExit(main())
