"""Ranking units (branches, districts) by an indicator value, best first."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

from desktop.domain.indicators.definitions import Direction, IndicatorDefinition, Unit


@dataclass(frozen=True)
class RankedUnit:
    """``rank`` is 1 for the best; units with equal values share a rank (1, 1, 3); ``None`` when no value."""

    key: Hashable
    name: str
    value: float | None
    rank: int | None


def rank(values: Iterable[tuple[Hashable, str, float | None]], direction: Direction) -> list[RankedUnit]:
    """Order ``(key, name, value)`` best first: highest first unless lower is better (neutral: highest first).

    Units without a value come last, unranked; ties share the rank of the first of them and are ordered by
    name, so the order is stable."""
    items = list(values)
    valued = [item for item in items if item[2] is not None]
    missing = sorted((item for item in items if item[2] is None), key=lambda item: item[1])
    sign = 1.0 if Direction(direction) is Direction.LOWER else -1.0
    valued.sort(key=lambda item: (sign * float(item[2] or 0.0), item[1]))
    ranked: list[RankedUnit] = []
    previous: float | None = None
    current_rank = 0
    for position, (key, name, value) in enumerate(valued, start=1):
        if previous is None or value != previous:
            current_rank = position
            previous = value
        ranked.append(RankedUnit(key, name, value, current_rank))
    ranked.extend(RankedUnit(key, name, None, None) for key, name, _ in missing)
    return ranked


def best_and_worst(
    ranked: Sequence[RankedUnit], n: int
) -> tuple[tuple[RankedUnit, ...], tuple[RankedUnit, ...]]:
    """The ``n`` best (best first) and the ``n`` worst (worst first) of a :func:`rank` result.

    Only units with a value take part. Units that tie share a rank, so they share a colour too: a tie at the
    edge of the best ``n`` brings all its units in (four units tied at rank 2 are all best, or none is), and
    likewise at the edge of the worst. No unit is in both lists: the best are chosen first, and a tie group
    already among the best is not also among the worst; when every unit ties, none is highlighted."""
    valued = [unit for unit in ranked if unit.rank is not None]
    if n <= 0 or not valued:
        return (), ()
    best_edge = valued[min(n, len(valued)) - 1].rank
    best = tuple(unit for unit in valued if unit.rank is not None and best_edge is not None and unit.rank <= best_edge)
    chosen = {id(unit) for unit in best}
    rest = [unit for unit in valued if id(unit) not in chosen]
    if not rest:  # every unit ties with the best: nobody stands out either way
        return (), ()
    worst_edge = rest[max(0, len(rest) - n)].rank
    worst = tuple(reversed([unit for unit in rest if unit.rank is not None and worst_edge is not None
                            and unit.rank >= worst_edge]))
    return best, worst


#: How many best and worst units a table, a chart or a report marks at most.
HIGHLIGHTED = 3


def highlighted(ranked: Sequence[RankedUnit]) -> tuple[tuple[RankedUnit, ...], tuple[RankedUnit, ...]]:
    """The best and the worst units to mark: at most :data:`HIGHLIGHTED` each, and never more than half of the
    units with a value (of two, one best and one worst; of one, none)."""
    valued = sum(1 for unit in ranked if unit.rank is not None)
    return best_and_worst(ranked, min(HIGHLIGHTED, valued // 2))


def marks_best_and_worst(definition: IndicatorDefinition) -> bool:
    """Whether units are marked best and worst by this indicator: not by a neutral one (neither way is better),
    nor by a count such as the backlog - units of different sizes are not compared on absolute numbers (the
    smallest would always win). The same rule for the indicators page, the center's dashboard and every report."""
    return definition.direction is not Direction.NEUTRAL and definition.unit is not Unit.COUNT
