"""Generating the demo provinces, as whole processes: `python -m desktop demo --scale large|normal`.

    python -m benchmarks.demo [--runs 3] [--keep DIR]

Times each generation from spawn to exit (the database written and closed); the figure is the median of
``--runs`` whole processes (one run of the same code moves by ±2 s with the shared host's load). Target
(issue 13): the large demo (3,000 branches, two years of cases) in ≤ 20 s. The normal demo is shown beside it for information.
With --keep, the last generated ``large.sqlite3`` and ``normal.sqlite3`` are left in DIR for the other
benchmarks (``benchmarks.run_all`` does this so that the large demo is generated once per run).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from benchmarks.common import Figure, failed_figure, process_times, python, report

TARGET_LARGE_S = 20.0
AS_OF = "2026-11-23"


def generate(scale: str, path: Path) -> tuple[float, float]:
    for suffix in ("", "-wal", "-shm", "-checked"):  # -checked: desktop/store/check_record.py
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.rmtree(path.parent / "evidence", ignore_errors=True)
    return process_times(python("-m", "desktop", "demo", "--scale", scale, "--db", path, "--as-of", AS_OF),
                           done=path.is_file)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.demo", description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="leave large.sqlite3 and normal.sqlite3 in this folder")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="rasad-demo-bench-") as tmp:
        seconds: dict[str, list[tuple[float, float]]] = {"normal": [], "large": []}
        try:
            for scale in seconds:
                folder = (args.keep or Path(tmp)) / scale  # each demo with its own evidence folder
                folder.mkdir(parents=True, exist_ok=True)
                for _ in range(args.runs):
                    seconds[scale].append(generate(scale, folder / f"{scale}.sqlite3"))
                    wall, cpu = seconds[scale][-1]
                    print(f"  {scale} demo generated in {wall:.1f} s ({cpu:.1f} s CPU)", flush=True)
        except RuntimeError as error:
            return report([failed_figure("demo", str(error).splitlines()[0])])
    note = f"median of {args.runs} whole processes"
    def median(scale: str, index: int) -> float:
        return statistics.median(times[index] for times in seconds[scale])

    return report([
        Figure("demo", "normal demo generated", median("normal", 0), "s", note=note),
        Figure("demo", "large demo generated", median("large", 0), "s", target_value=TARGET_LARGE_S, note=note),
        Figure("demo", "large demo generated (CPU)", median("large", 1), "s", median("normal", 1),
               "normal demo (CPU)", note="CPU seconds; information"),
    ])


if __name__ == "__main__":
    sys.exit(main())
