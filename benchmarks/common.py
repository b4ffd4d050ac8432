"""The shape every benchmark shares: figures measured beside a baseline from the same run, a target, one table.

A benchmark module ``benchmarks/<name>.py`` measures and ends with ``return report(figures)``: that prints
its table, one machine-readable ``BENCHMARK-FIGURE {json}`` line per figure (which ``benchmarks.run_all``
collects from every benchmark into one table), and gives the exit code — 1 when a target is missed.

A figure's target is a ceiling on the ratio to its baseline (``target_ratio``), on the value itself
(``target_value``), or both. A figure without a target is shown for information and never fails.
Timings taken on a shared, busy machine are disturbed: compare ratios, which both sides of share.
"""

from __future__ import annotations

import json
import math
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIGURE_PREFIX = "BENCHMARK-FIGURE "


def peak_memory_kb() -> int:
    """This process's peak resident memory (KiB). On Linux the high-water mark of its own address space
    (``VmHWM``): ``ru_maxrss`` survives ``execve``, so a child started by a parent holding a million parsed rows
    would report the parent's size, not its own. Elsewhere ``ru_maxrss`` (KiB on Linux, bytes on macOS)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


@dataclass(frozen=True)
class Figure:
    benchmark: str  # the module: "startup", "report", …
    name: str  # what was measured, e.g. "home page ready (figures painted), large demo"
    value: float
    unit: str  # "s", "ms", "MB"
    baseline: float | None = None  # measured in the same run, same unit
    baseline_name: str = ""
    target_ratio: float | None = None  # value / baseline must not exceed it
    target_value: float | None = None  # value must not exceed it
    note: str = ""  # runs, minimum, anything a reader needs to judge the figure

    @property
    def ratio(self) -> float | None:
        if self.baseline is None:
            return None
        return self.value / self.baseline if self.baseline else math.inf

    @property
    def has_target(self) -> bool:
        return self.target_ratio is not None or self.target_value is not None

    @property
    def met(self) -> bool:
        if math.isnan(self.value):  # nothing measured (failed_figure): NaN compares false with every bound
            return False
        ratio = self.ratio
        if self.target_ratio is not None and (ratio is None or ratio > self.target_ratio):
            return False
        return not (self.target_value is not None and self.value > self.target_value)

    def target_text(self) -> str:
        parts = []
        if self.target_ratio is not None:
            parts.append(f"≤ {self.target_ratio:g}×")
        if self.target_value is not None:
            parts.append(f"≤ {_number(self.target_value)} {self.unit}")
        return " and ".join(parts) or "—"

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Figure:
        return cls(**json.loads(text))


def failed_figure(benchmark: str, reason: str) -> Figure:
    """A benchmark that could not measure: shown as a missed target so that nothing passes silently."""
    return Figure(benchmark, f"did not finish: {reason}", math.nan, "", target_value=0.0)


def _number(value: float) -> str:
    if math.isnan(value):
        return "—"
    return f"{value:.3g}" if abs(value) < 10 else f"{value:,.1f}"


def table(figures: Sequence[Figure]) -> str:
    """One line per figure: benchmark, what, value, baseline, ratio, target, verdict."""
    header = ("benchmark", "figure", "value", "baseline", "ratio", "target", "")
    rows = [header]
    for figure in figures:
        ratio = figure.ratio
        verdict = ("ok" if figure.met else "MISSED") if figure.has_target else "info"
        baseline = (f"{_number(figure.baseline)} {figure.unit} ({figure.baseline_name})"
                    if figure.baseline is not None else "—")
        rows.append((figure.benchmark, figure.name, f"{_number(figure.value)} {figure.unit}".strip(), baseline,
                     f"{ratio:.2f}×" if ratio is not None and math.isfinite(ratio) else "—",
                     figure.target_text(), verdict))
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
             for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def exit_code(figures: Iterable[Figure]) -> int:
    return 0 if all(figure.met for figure in figures) else 1


def report(figures: Sequence[Figure]) -> int:
    """Print the table and the machine-readable lines; 0 when every target is met, else 1."""
    print()
    print(table(figures))
    for figure in figures:
        print(FIGURE_PREFIX + figure.to_json())
    sys.stdout.flush()
    return exit_code(figures)


def parse_figures(output: str) -> list[Figure]:
    return [Figure.from_json(line[len(FIGURE_PREFIX):]) for line in output.splitlines()
            if line.startswith(FIGURE_PREFIX)]


def median_and_min(values: Sequence[float]) -> tuple[float, float]:
    return statistics.median(values), min(values)


def python(*args: str | Path) -> list[str]:
    return [sys.executable, *map(str, args)]


def process_seconds(command: list[str], env: dict[str, str] | None = None, *, done: Callable[[], bool] | None = None,
                    timeout: float = 600) -> float:
    """Wall time of a whole process, spawn to exit; ``done()`` is checked after (e.g. "the file exists")."""
    return process_times(command, env, done=done, timeout=timeout)[0]


def process_times(command: list[str], env: dict[str, str] | None = None, *, done: Callable[[], bool] | None = None,
                  timeout: float = 600) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of a whole process, spawn to exit. CPU time is far less disturbed
    than wall time when other work shares the machine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0 or (done is not None and not done()):
        raise RuntimeError(f"`{' '.join(command[1:4])} …` exited {result.returncode}:\n"
                           + (result.stderr or result.stdout).strip()[-2000:])
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
