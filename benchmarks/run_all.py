"""Every benchmark, one table: `make benchmark` (``python -m benchmarks.run_all``).

    python -m benchmarks.run_all [--only startup,report] [--work DIR]

Runs each ``benchmarks/<name>.py`` (found by listing the folder, so a new benchmark is included without
being registered) as its own process, ``benchmarks.demo`` first: it times generating the demos and leaves
them in the work folder, and every benchmark that takes ``--db`` (the large demo) or ``--normal-db`` gets
them, so the large demo is generated once per run. Each benchmark's output is shown as it runs; its
``BENCHMARK-FIGURE`` lines (``benchmarks.common``) are collected into ONE table at the end: each figure,
its baseline measured in the same run, the ratio and the target. Exits 1 when a target is missed or a
benchmark did not report (a crash is never a pass).
"""

from __future__ import annotations

import argparse
import compileall
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import (
    FIGURE_PREFIX,
    ROOT,
    Figure,
    exit_code,
    failed_figure,
    parse_figures,
    python,
    table,
)

HERE = Path(__file__).resolve().parent
# derived_store_floor and columnar_reads are design studies: they time layouts Rasad does not have, on a kept
# million-row import
NOT_BENCHMARKS = {"__init__", "common", "run_all", "derived_store_floor", "columnar_reads", "import_process_threshold"}
FIRST = "demo"


def benchmark_names() -> list[str]:
    names = sorted(path.stem for path in HERE.glob("*.py") if path.stem not in NOT_BENCHMARKS)
    return sorted(names, key=lambda name: name != FIRST)  # the demos first: the others use them


def arguments(name: str, work: Path) -> list[str]:
    """What a benchmark is given: the demos the first one left behind, when its --help says it takes them."""
    if name == FIRST:
        return ["--keep", str(work)]
    help_text = subprocess.run(python("-m", f"benchmarks.{name}", "--help"), cwd=ROOT, capture_output=True,
                               text=True, timeout=120).stdout
    given = []
    large, normal = work / "large" / "large.sqlite3", work / "normal" / "normal.sqlite3"
    if "--normal-db" in help_text and normal.is_file():
        given += ["--normal-db", str(normal)]
    if "--large-db" in help_text and large.is_file():
        given += ["--large-db", str(large)]
    elif "--db" in help_text and large.is_file():
        given += ["--db", str(large)]
    return given


def compile_bytecode() -> None:
    """Compile ``desktop/`` to bytecode first, as a user's copy has it: the installer ships it
    (build_installer.spec), and Python caches it beside the sources at a checkout's first start. Without it,
    on a machine that sets PYTHONDONTWRITEBYTECODE (this project's build containers do), every timed process
    would compile the project's 360 modules from source again (0.4 s of a `report status` here), which no
    user waits for. A source newer than its bytecode is compiled anew, so nothing stale is timed."""
    compileall.compile_dir(ROOT / "desktop", quiet=2)


def run(name: str, work: Path) -> list[Figure]:
    """Run one benchmark, echoing its output (not its figure lines) as it comes; return its figures."""
    command = python("-m", f"benchmarks.{name}", *arguments(name, work))
    print(f"\n=== benchmarks.{name} {' '.join(command[3:])}", flush=True)
    lines: list[str] = []
    with subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          bufsize=1) as process:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line)
            if not line.startswith(FIGURE_PREFIX):
                print("  " + line, end="", flush=True)
        code = process.wait()
    figures = parse_figures("".join(lines))
    if not figures:
        return [failed_figure(name, f"exited {code} without reporting a figure")]
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run_all", description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated benchmark names (default: every benchmarks/*.py)")
    parser.add_argument("--work", type=Path, help="keep the generated demos here (default: a temporary folder)")
    args = parser.parse_args(argv)
    names = benchmark_names()
    if args.only:
        wanted = [name.strip() for name in args.only.split(",") if name.strip()]
        unknown = set(wanted) - set(names)
        if unknown:
            parser.error(f"no such benchmark: {', '.join(sorted(unknown))} (have {', '.join(names)})")
        names = [name for name in names if name in wanted]
    compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="rasad-benchmarks-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        figures = [figure for name in names for figure in run(name, work)]
    print("\nAll benchmarks (timings on a shared machine are disturbed by other work: read the ratios)\n")
    print(table(figures))
    missed = [f for f in figures if f.has_target and not f.met]
    print(f"\n{len(figures)} figures, {sum(f.has_target for f in figures)} with a target, {len(missed)} missed.")
    return exit_code(figures)


if __name__ == "__main__":
    sys.exit(main())
