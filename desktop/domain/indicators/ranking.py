"""Ranking units (branches, districts) by an indicator value, best first.

One rule for the indicators page, its command, the center's dashboard and every report (docs/indicators.md,
"Ranking, best and worst"): a unit is ranked on a value resting on at least :data:`MINIMUM_CASES` cases (the
indicator's ``basis``); an infinite value (disposition time with nothing disposed of) is a value, the worst."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

from desktop.domain.indicators.definitions import Direction, IndicatorDefinition, Unit

#: A unit is ranked (and may be marked best or worst) only on a value resting on at least this many cases - the
#: indicator's basis (``IndicatorDefinition.cases``): a branch with one case disposed of in a day is not the
#: province's best on disposition time. Below it the unit keeps its value, labelled "too few cases to rank (n)".
#: A constant, as the early warning's thresholds are: the same for every province and the center.
MINIMUM_CASES = 10


@dataclass(frozen=True)
class RankedUnit:
    """``rank`` is 1 for the best; units with equal values share a rank (1, 1, 3); ``None`` when no value, or
    when the value rests on too few cases (``too_few``; ``cases`` how many, None when not counted)."""

    key: Hashable
    name: str
    value: float | None
    rank: int | None
    cases: int | None = None
    too_few: bool = False


def too_few_cases(value: float | None, cases: int | None, minimum: int = MINIMUM_CASES) -> bool:
    """A value resting on fewer than ``minimum`` cases: shown, never ranked. Not when there is no value (that is
    missing, not small) nor when the cases were not counted (an approval snapshot older than the rule)."""
    return value is not None and cases is not None and cases < minimum


def rank(values: Iterable[tuple[Hashable, str, float | None] | tuple[Hashable, str, float | None, int | None]],
         direction: Direction, minimum: int = MINIMUM_CASES) -> list[RankedUnit]:
    """Order ``(key, name, value[, cases])`` best first: highest first unless lower is better (neutral: highest
    first). An infinite value is a value like another (the worst of disposition time); infinite ones tie.

    Ties share the rank of the first of them and are ordered by name, so the order is stable. After the ranked
    units come those whose value rests on fewer than ``minimum`` cases (``too_few``), then those without a value,
    each by name, unranked."""
    items = [(item[0], item[1], item[2], item[3] if len(item) > 3 else None) for item in values]  # type: ignore[misc]
    valued = [item for item in items if item[2] is not None and not too_few_cases(item[2], item[3], minimum)]
    few = sorted((item for item in items if too_few_cases(item[2], item[3], minimum)), key=lambda item: item[1])
    missing = sorted((item for item in items if item[2] is None), key=lambda item: item[1])
    sign = 1.0 if Direction(direction) is Direction.LOWER else -1.0
    valued.sort(key=lambda item: (sign * float(item[2] or 0.0), item[1]))
    ranked: list[RankedUnit] = []
    previous: float | None = None
    current_rank = 0
    for position, (key, name, value, cases) in enumerate(valued, start=1):
        if previous is None or value != previous:
            current_rank = position
            previous = value
        ranked.append(RankedUnit(key, name, value, current_rank, cases))
    ranked.extend(RankedUnit(key, name, value, None, cases, True) for key, name, value, cases in few)
    ranked.extend(RankedUnit(key, name, None, None, cases) for key, name, _, cases in missing)
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
