"""A frozen value built from its fields (desktop/domain/frozen_values.py) is the value ``__init__`` builds: the
indicator tables build their totals and rows this way."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, fields

import pytest

from desktop.domain.frozen_values import from_fields
from desktop.domain.indicators.definitions import MeasureTotals
from desktop.indicators.views import IndicatorRow


def test_an_indicator_row_built_from_its_fields_equals_and_hashes_as_the_one_built_by_init() -> None:
    values = {"unit_id": 7, "code": "101001", "name": "شعبه ۱", "parent_name": "حوزه ۱", "value": 12.5, "rank": 2,
              "is_best": False, "is_worst": True, "totals": MeasureTotals(incoming=3), "complete": False,
              "missing_months": ("1405-02",), "branches": 1, "complete_branches": 0,
              "incomplete_branches": ("101001",), "has_statistics": False,
              "unanswered_survey_months": ("1405-02",), "cases": 14, "too_few": False}
    assert set(values) == {field.name for field in fields(IndicatorRow)}
    built = from_fields(IndicatorRow, dict(values))
    assert built == IndicatorRow(**values) and hash(built) == hash(IndicatorRow(**values))
    assert repr(built) == repr(IndicatorRow(**values))
    with pytest.raises(FrozenInstanceError):
        built.rank = 1  # type: ignore[misc]
    del values["rank"]
    with pytest.raises(ValueError, match="rank"):
        from_fields(IndicatorRow, values)
