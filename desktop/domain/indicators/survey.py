"""The completeness rule of a survey figure (satisfaction, docs/indicators.md "Completeness"), on plain values so
that the province (desktop/indicators/survey_coverage.py) and the center (desktop/center/report/indicators.py)
apply the same one: the survey's months are those in which some branch answered it (a month without any survey
expects no answer); a branch that did not answer in one of them makes its units' figure incomplete - counted, for
a branch opened after the records began, from the month it opened (desktop/domain/indicators/opening.py)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from desktop.domain.indicators.opening import expected_in


def survey_gaps_of(answered: Mapping[int, Iterable[int]], branches: Iterable[int],
                   opened: Mapping[int, int | None] | None = None) -> dict[int, frozenset[int]]:
    """branch -> the survey months it did not answer, for each of ``branches`` that missed one; ``answered``:
    branch -> the months (of the span looked at) in which it has survey answers; ``opened``: branch -> the month it
    opened, for those that opened after the records began (a month before it is not one it could answer in)."""
    survey_months = frozenset(month for months in answered.values() for month in months)
    if not survey_months:
        return {}
    gaps: dict[int, frozenset[int]] = {}
    for branch in branches:
        missed = survey_months.difference(answered.get(branch, ()))
        start = opened.get(branch) if opened else None
        if start is not None:  # asked from the month it opened only
            missed = frozenset(month for month in missed if expected_in(start, month))
        if missed:
            gaps[branch] = missed
    return gaps
