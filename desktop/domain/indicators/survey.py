"""The completeness rule of a survey figure (satisfaction, docs/indicators.md "Completeness"), on plain values so
that the province (desktop/indicators/survey_coverage.py) and the center (desktop/center/report/indicators.py)
apply the same one: the survey's months are those in which some branch answered it (a month without any survey
expects no answer); a branch that did not answer in one of them makes its units' figure incomplete."""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def survey_gaps_of(answered: Mapping[int, Iterable[int]], branches: Iterable[int]) -> dict[int, frozenset[int]]:
    """branch -> the survey months it did not answer, for each of ``branches`` that missed one; ``answered``:
    branch -> the months (of the span looked at) in which it has survey answers."""
    survey_months = frozenset(month for months in answered.values() for month in months)
    if not survey_months:
        return {}
    gaps: dict[int, frozenset[int]] = {}
    for branch in branches:
        missed = survey_months.difference(answered.get(branch, ()))
        if missed:
            gaps[branch] = missed
    return gaps
