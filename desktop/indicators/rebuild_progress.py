"""How far a rebuild or a roll-up has got, for the import's progress bar: each step of the SQL counts by what it
costs. The weights are the steps' shares of the time, as measured on the million-case listing of
``benchmarks/import_cases.py`` (docs/indicators.md, "Bulk speed"); a step that does not run (no case listing in
the span, no histogram changed) counts as done at once, so the bar never stops short of its end."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

#: ``(done, total)``, ``done`` rising to ``total``: how the caller hears of the steps.
OnStep = Callable[[int, int], None]

#: rebuild_months: the sources, the rows deleted, then the case-listing partials (registration month, disposal
#: month and histogram, withdrawals and moves, the base backlog, ages, the running backlog, typed rows, the
#: histogram), the untyped rows and the indexes built again.
REBUILD_WEIGHTS = {"sources": 2, "delete": 6, "types": 1, "registration": 18, "disposal": 20, "withdrawals": 2,
                   "base": 2, "ages": 11, "backlog": 10, "typed rows": 13, "histogram": 7, "untyped rows": 4,
                   "indexes": 8}
#: refresh_rollups: the districts' and the province's months, then the branch spans (their 90th percentiles
#: from the histograms, then their rows).
ROLLUP_WEIGHTS = {"districts": 21, "provinces": 2, "percentiles": 20, "spans": 57}


@dataclass
class Steps:
    """The steps of one rebuild or roll-up, told to ``on_step`` as each ends."""

    on_step: OnStep | None
    weights: dict[str, int]
    done: int = 0

    @property
    def total(self) -> int:
        return sum(self.weights.values())

    def ended(self, *names: str) -> None:
        """``names`` have run (or will not run): their weight is done."""
        self.done = min(self.total, self.done + sum(self.weights[name] for name in names))
        if self.on_step is not None:
            self.on_step(self.done, self.total)

    def started(self) -> None:
        if self.on_step is not None:
            self.on_step(self.done, self.total)

    def finished(self) -> None:
        if self.done < self.total:
            self.done = self.total  # every step left counts as done
            if self.on_step is not None:
                self.on_step(self.done, self.total)
